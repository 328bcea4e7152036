import * as z from "zod/mini";
import { LocalId, StepId, Tag } from "./primitives";
import { Step } from "./step";
import { lintFlow } from "./lintFlow";

/** Data rules that pick a flow for a ticket; selectFlow() in the engine scores them. */
export const MatchRule = z.object({
  /** `ticket.via.channel` values: "whatsapp", "email", "voice", "web", "native_messaging", … */
  channels: z.optional(z.array(z.string())),
  tags: z.optional(z.array(Tag)),
  formIds: z.optional(z.array(z.number())),
  /** Words looked for in the subject and first message, accent- and case-insensitive. */
  subjectWords: z.optional(z.array(z.string().check(z.minLength(1)))),
});
export type MatchRule = z.infer<typeof MatchRule>;

/** Where the seed is unclear or contradicts itself: said to the team lead, never silently resolved. */
export const TeamLeadNote = z.object({
  stepId: z.optional(StepId),
  text: z.string(),
  /** The note changes what the agent does on its step (4.1 solves the ticket mid-migration): shown to every agent there as a warning. */
  warn: z.optional(z.boolean()),
});
export type TeamLeadNote = z.infer<typeof TeamLeadNote>;

const flowShape = z.object({
  id: LocalId,
  /** The seed document number, "001". */
  seed: z.string(),
  title: z.string(),
  summary: z.string(),
  match: MatchRule,
  start: StepId,
  steps: z.array(Step).check(z.minLength(1)),
  notes: z.optional(z.array(TeamLeadNote)),
});

/** A procedure as a graph of steps; graph integrity is checked here so the engine never sees a broken flow. */
export const Flow = flowShape.check(
  z.superRefine((flow, ctx) => {
    for (const issue of lintFlow(flow)) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  }),
);
export type Flow = z.infer<typeof Flow>;
