import type * as z from "zod/mini";
import type { ChecklistItem, Escalation, Speech, Step } from "../../schema";

/** Catalog data is written as schema input; Flow.parse in the catalog index validates it. */
export type StepInput = z.input<typeof Step>;
export type ItemInput = z.input<typeof ChecklistItem>;
export type SpeechInput = z.input<typeof Speech>;
export type RouteInput = z.input<typeof Escalation>["route"];
