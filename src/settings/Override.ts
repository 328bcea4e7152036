import * as z from "zod/mini";
import { ChecklistItem, LocalId, MacroPath, OrderState, StepId, StepStatus } from "../flows/schema";

/** Turns a step off (its predecessors go straight to its `next`), or one option of a question. */
export const OffOverride = z.strictObject({ op: z.literal("off"), step: StepId, option: z.optional(LocalId) });

/** Changes what a step says or writes; only the keys given change. */
export const SetOverride = z.strictObject({
  op: z.literal("set"),
  step: StepId,
  title: z.optional(z.string().check(z.minLength(1))),
  context: z.optional(z.array(z.string())),
  instructions: z.optional(z.array(z.string())),
  macro: z.optional(MacroPath),
  status: z.optional(StepStatus),
  orderState: z.optional(OrderState),
  note: z.optional(z.string()),
  timer: z.optional(z.strictObject({ minutes: z.number().check(z.positive()), label: z.optional(z.string()) })),
});

/** Adds an item at the end of a step's checklist. */
export const AddItemOverride = z.strictObject({ op: z.literal("addItem"), step: StepId, item: ChecklistItem });

/** One change a team lead layers over a catalog procedure for a brand, applied in order. */
export const Override = z.discriminatedUnion("op", [OffOverride, SetOverride, AddItemOverride]);
export type Override = z.infer<typeof Override>;
