import type { ChecklistItem, Flow, Step } from "../flows/schema";
import { recordedItems } from "./composeNote";
import { findStep, successorsOf } from "./findStep";
import { foldSteps } from "./foldSteps";
import type { Message } from "./snapshot";

/**
 * For each item of `step` that gathers evidence saved at earlier steps: whether the ticket's Ruta notes
 * record it. Done when at least one of those steps has a note and every such note records its item done;
 * a step with no note is a branch the ticket did not take (seed 001's 5.1 only when the line was unconfirmed).
 */
export function gatherEarlier(flow: Flow, step: Step, messages: readonly Message[]): Map<string, boolean> {
  const gathered = (step.checklist ?? []).flatMap((item) => {
    if (!item.earlier) return [];
    const found = item.earlier.flatMap((ref) => {
      const recorded = recordedItems(flow, findStep(flow, ref.step), messages);
      return recorded ? [recorded.has(ref.item)] : [];
    });
    return [[item.id, found.length > 0 && found.every(Boolean)] as const];
  });
  return new Map(gathered);
}

/**
 * Evidence the steps one move ahead will gather from earlier notes and the ticket does not record: named
 * on the step before, while the agent can still attach it (seed 001: the respaldos of 8.2 and 9.2).
 */
export function missingAhead(flow: Flow, step: Step, messages: readonly Message[]): { step: Step; items: ChecklistItem[] }[] {
  const ahead = new Map(successorsOf(step).map((id) => foldSteps(flow, id).step).map((s) => [s.id, s]));
  return [...ahead.values()].flatMap((next) => {
    const gathered = gatherEarlier(flow, next, messages);
    const items = (next.checklist ?? []).filter((i) => i.required && gathered.get(i.id) === false);
    return items.length ? [{ step: next, items }] : [];
  });
}
