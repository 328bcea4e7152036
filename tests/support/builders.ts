/**
 * Typed fixture builders for engine and schema tests: tickets, messages, audits, steps and small flows.
 * Every builder returns a valid value with sensible defaults; a test states only what it is about.
 */
import type * as z from "zod/mini";
import { Flow, type Step } from "../../src/flows/schema";
import type { Message, TicketEvent, TicketSnapshot } from "../../src/engine";

export type StepInput = z.input<typeof Step>;
export type FlowInput = z.input<typeof Flow>;
type ActionInput = Extract<StepInput, { kind: "action" }>;
type QuestionInput = Extract<StepInput, { kind: "question" }>;
type EndInput = Extract<StepInput, { kind: "end" }>;

/** A fixed "now" (a Tuesday, 15:00 UTC) so times in tests read as minutes before it. */
export const NOW = Date.UTC(2026, 5, 9, 15, 0, 0);

const MINUTE = 60_000;

/** Epoch ms `minutesAgo` minutes before `now`. */
export function at(minutesAgo: number, now: number = NOW): number {
  return now - minutesAgo * MINUTE;
}

/** Epoch ms `minutes` minutes after `from`. */
export function after(minutes: number, from: number): number {
  return from + minutes * MINUTE;
}

export function aTicket(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    id: 4242,
    subject: "Consulta",
    status: "open",
    tags: [],
    channel: "whatsapp",
    brand: { id: 1, name: "Tigo Bolivia", subdomain: "tigobo" },
    requester: { name: "Ana Pérez", email: "ana@example.com", phone: "59177390000" },
    messages: [],
    events: [],
    ...overrides,
  };
}

/** A public message from the customer. */
export function fromCustomer(body: string, when: number): Message {
  return { author: "requester", body, public: true, at: when };
}

/** A message from the agent; public unless said otherwise. */
export function fromAgent(body: string, when: number, isPublic = true): Message {
  return { author: "agent", body, public: isPublic, at: when };
}

/** An audit recording a macro applied. */
export function macroApplied(title: string, when: number): TicketEvent {
  return { kind: "macro", title, at: when };
}

/** An audit recording tags added (and removed). */
export function tagsChanged(added: string[], when: number, removed: string[] = []): TicketEvent {
  return { kind: "tags", added, removed, at: when };
}

export function anAction(id: string, next: string, extra: Partial<Omit<ActionInput, "kind" | "id" | "next">> = {}): ActionInput {
  return { id, kind: "action", title: `Acción ${id}`, next, ...extra };
}

export function aQuestion(id: string, options: Record<string, string>, extra: Partial<Omit<QuestionInput, "kind" | "id" | "options">> = {}): QuestionInput {
  return {
    id,
    kind: "question",
    title: `Pregunta ${id}`,
    question: "¿Qué pasa?",
    options: Object.entries(options).map(([optionId, next]) => ({ id: optionId, label: `Opción ${optionId}`, next })),
    ...extra,
  };
}

export function anEnd(id: string, extra: Partial<Omit<EndInput, "kind" | "id">> = {}): EndInput {
  return { id, kind: "end", title: `Fin ${id}`, ...extra };
}

/** One step of any kind, written as schema input: `aStep({ id: "x", kind: "end" })`. */
export function aStep<S extends StepInput>(step: Omit<S, "title"> & { title?: string }): S {
  return { title: `Paso ${step.id}`, ...step } as S;
}

/** The default small valid flow: a question that leads to an action or straight to an end. */
export function aFlowInput(overrides: Partial<FlowInput> = {}): FlowInput {
  const steps = overrides.steps ?? [
    aQuestion("demo.inicio", { sigue: "demo.accion", termina: "demo.fin" }),
    anAction("demo.accion", "demo.fin"),
    anEnd("demo.fin"),
  ];
  return {
    id: "demo",
    seed: "999",
    title: "Flujo de prueba",
    summary: "",
    match: {},
    start: steps[0]?.id ?? "demo.inicio",
    ...overrides,
    steps,
  };
}

/** A parsed (and so linted) flow; throws with the zod issues when the fixture itself is broken. */
export function aFlow(overrides: Partial<FlowInput> = {}): Flow {
  return Flow.parse(aFlowInput(overrides));
}
