import * as z from "zod/mini";
import { LocalId } from "./primitives";
import { ChecklistItem, Escalation, Route } from "./step";

/** A checklist in a procedure file: items written in place, or the id of one of the file's `checklistItems`. */
export const ChecklistEntries = z.array(z.union([LocalId, ChecklistItem]));
export type ChecklistEntries = z.infer<typeof ChecklistEntries>;

/** An escalation in a procedure file: its route written in place, or the id of one of the file's `routes`. */
export const EscalationEntry = z.extend(Escalation, { route: z.union([LocalId, Route]) });
export type EscalationEntry = z.infer<typeof EscalationEntry>;
