import * as z from "zod/mini";
import { HttpUrl, LocalId, MacroPath, OrderState, StepId, StepStatus, Tag, ValueFormat, ValueSource } from "./primitives";

/** Evidence to collect or data to obtain; `value` makes the agent type it, checked against `format`. */
export const ChecklistItem = z.object({
  id: LocalId,
  label: z.string(),
  required: z.boolean(),
  /**
   * A capture or document the ticket must show: `true`, attached by the agent as an internal note;
   * `"customer"`, a file the customer sends in the conversation (seed 001's ID photos), or else a note's.
   */
  evidence: z.optional(z.union([z.boolean(), z.literal("customer")])),
  value: z.optional(z.object({ format: ValueFormat, hint: z.optional(z.string()), from: z.optional(ValueSource) })),
  /**
   * Evidence saved at earlier steps that this item gathers (seed 001's 8.2 takes its respaldos from the
   * internal notes): done when the Ruta note of each of those steps on the ticket records its item done.
   */
  earlier: z.optional(z.array(z.object({ step: StepId, item: LocalId })).check(z.minLength(1))),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Speech = z.object({ id: LocalId, label: z.string(), text: z.string() });
export type Speech = z.infer<typeof Speech>;

export const Link = z.object({ label: z.string(), url: HttpUrl });
export type Link = z.infer<typeof Link>;

export const ESCALATION_SYSTEMS = ["SysHelp", "NINTEX", "SIAC Único", "Remedy", "Formulario web", "Correo", "Finanzas"] as const;

/** An escalation route as the other system names its fields: Tipo / SubTipo / Control, a queue or a path. */
export const Route = z.array(z.object({ name: z.string(), value: z.string() }));
export type Route = z.infer<typeof Route>;

/** Where to escalate: the system, its route and the text to paste. */
export const Escalation = z.object({
  system: z.enum(ESCALATION_SYSTEMS),
  route: Route,
  url: z.optional(HttpUrl),
  /** Checklist item ids whose values are mandatory in the escalation. */
  requires: z.array(LocalId),
  /** The text composed for the escalation's description, with placeholders. */
  template: z.string(),
});
export type Escalation = z.infer<typeof Escalation>;

/** A countdown from the moment the step was applied; when it runs out the flow offers `next`. */
export const Timer = z.object({
  minutes: z.number().check(z.positive()),
  label: z.string(),
  next: z.optional(StepId),
});
export type Timer = z.infer<typeof Timer>;

/** A customer reply after the step was saved that proposes a branch for the agent to confirm (e.g. "ACEPTO", a token code). */
export const Reply = z.object({
  id: LocalId,
  label: z.string(),
  /**
   * Regular expression source, matched case-insensitively against each word of the customer's message
   * (readReply() in the engine); negations, conditions and questions around the word are the engine's.
   */
  pattern: z.string(),
  next: StepId,
});
export type Reply = z.infer<typeof Reply>;

/** A continuation the agent may pick instead of `next`, e.g. "El cliente no responde". */
export const Alternative = z.object({ id: LocalId, label: z.string(), next: StepId });
export type Alternative = z.infer<typeof Alternative>;

/** How a typification leaf closes elsewhere: seed 002's "Cierre en OPEN", seed 003's ticket / Sucursal Virtual / form. */
export const DISPOSITIONS = ["closeInOpen", "createTicket", "sucursalVirtual", "webForm", "emergencyNotice", "deliveryDelay", "otherChannel", "doNotUse"] as const;
export const Disposition = z.object({
  kind: z.enum(DISPOSITIONS),
  /** Closing code as the other system names it ("ATENDIDO", "ANULADO"). */
  code: z.optional(z.string()),
  days: z.optional(z.number()),
  /** Documents the customer must bring or upload. */
  documents: z.optional(z.array(z.string())),
  url: z.optional(HttpUrl),
});
export type Disposition = z.infer<typeof Disposition>;

const stepShape = {
  id: StepId,
  title: z.string(),
  /** Where the seed says it, e.g. "2.5 b1". */
  ref: z.optional(z.string()),
  /** The seed's framing of the step (when the procedure applies, what the customer reports): shown folded. */
  context: z.optional(z.array(z.string())),
  instructions: z.optional(z.array(z.string())),
  macro: z.optional(MacroPath),
  status: z.optional(StepStatus),
  orderState: z.optional(OrderState),
  tags: z.optional(z.object({ add: z.optional(z.array(Tag)), remove: z.optional(z.array(Tag)) })),
  /** Internal-note template with `{{placeholder}}`s. */
  note: z.optional(z.string()),
  checklist: z.optional(z.array(ChecklistItem)),
  speech: z.optional(z.array(Speech)),
  escalation: z.optional(Escalation),
  disposition: z.optional(Disposition),
  links: z.optional(z.array(Link)),
  timer: z.optional(Timer),
};

export const ActionStep = z.object({
  ...stepShape,
  kind: z.literal("action"),
  next: StepId,
  alternatives: z.optional(z.array(Alternative)),
  replies: z.optional(z.array(Reply)),
});
export type ActionStep = z.infer<typeof ActionStep>;

export const Option = z.object({ id: LocalId, label: z.string(), hint: z.optional(z.string()), next: StepId });
export type Option = z.infer<typeof Option>;

export const QuestionStep = z.object({
  ...stepShape,
  kind: z.literal("question"),
  question: z.string(),
  options: z.array(Option).check(z.minLength(2)),
});
export type QuestionStep = z.infer<typeof QuestionStep>;

export const EndStep = z.object({ ...stepShape, kind: z.literal("end") });
export type EndStep = z.infer<typeof EndStep>;

export const Step = z.discriminatedUnion("kind", [ActionStep, QuestionStep, EndStep]);
export type Step = z.infer<typeof Step>;
