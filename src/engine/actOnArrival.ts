import type { Flow, Step } from "../flows/schema";
import { findEvidence } from "./findEvidence";
import { foldSteps } from "./foldSteps";
import { gatherEarlier } from "./gatherEarlier";
import { type Choice, nextStep } from "./nextStep";
import { pendingChanges } from "./pendingChanges";
import { prefillOf } from "./prefill";
import type { TicketSnapshot } from "./snapshot";
import { doneItems, hasWrites } from "./suggestWrites";

/**
 * What a choice also does on the step it leads to, when that step asks nothing more of the agent: its
 * Apply ("apply", naming the macro it puts in the editor) or the save of its checklist note ("save").
 */
export type Arrival = { kind: "apply"; step: Step; macro?: string } | { kind: "save"; step: Step };

/**
 * The required checklist items of `step` the ticket does not already answer as the agent arrives: by
 * Ruta's tags, files found as evidence, notes of earlier steps, or a value it can prefill (`earlier`:
 * values typed at other steps, by item id).
 */
export function unmetOnArrival(flow: Flow, step: Step, ticket: TicketSnapshot, earlier: Readonly<Record<string, string>> = {}): string[] {
  const recorded = new Set([...gatherEarlier(flow, step, ticket.messages)].filter(([, ok]) => ok).map(([id]) => id));
  const met = new Set([...doneItems(step, ticket.tags), ...findEvidence(step, ticket, recorded).keys(), ...recorded, ...prefillOf(step, ticket, earlier).keys()]);
  return (step.checklist ?? []).filter((i) => i.required && !met.has(i.id)).map((i) => i.id);
}

/**
 * The step's primary action to do with `choice` (one click for the answer and the step it leads to), or
 * undefined when that step needs the agent first: something to tick, type or attach, a speech to pick,
 * an escalation to copy, or nothing to write. The macro is named so the button says what it will do.
 */
export function actOnArrival(flow: Flow, from: Step, choice: Choice, ticket: TicketSnapshot, earlier: Readonly<Record<string, string>> = {}): Arrival | undefined {
  const id = nextStep(from, choice);
  if (!id) return undefined;
  const { step } = foldSteps(flow, id);
  if (step.kind === "end" || step.escalation || step.speech?.length || unmetOnArrival(flow, step, ticket, earlier).length > 0) return undefined;
  if (hasWrites(step)) {
    const changes = pendingChanges(flow, step, ticket, []);
    if (changes.length === 0) return undefined;
    const macro = changes.find((c) => c.kind === "macro");
    return { kind: "apply", step, ...(macro?.kind === "macro" ? { macro: macro.to } : {}) };
  }
  return (step.checklist?.length ?? 0) > 0 ? { kind: "save", step } : undefined;
}
