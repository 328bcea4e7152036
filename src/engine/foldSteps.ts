import type { ActionStep, Flow, Step } from "../flows/schema";
import { findStep } from "./findStep";
import { hasWrites } from "./suggestWrites";

/**
 * A step that only tells the agent what to check before going on: an action that writes, types, attaches,
 * says, escalates and waits for nothing, with one way on and at most optional attestations. Clicking
 * "Continuar" on it would be a click for reading.
 */
export function isReadingStep(step: Step): step is ActionStep {
  return (
    step.kind === "action" &&
    !hasWrites(step) &&
    !step.note && !step.speech?.length && !step.escalation && !step.disposition && !step.timer && !step.alternatives?.length && !step.replies?.length &&
    (step.checklist ?? []).every((item) => !item.required && !item.value && !item.evidence)
  );
}

/** The step the agent works on, and the reading steps shown on it (in flow order). */
export type FoldedStep = { step: Step; folded: ActionStep[] };

/**
 * From `stepId`, the first step that asks something of the agent, with the reading steps on the way
 * folded into it: their instructions are shown on it and their optional checks join its checklist
 * (so its note records them). The lint rules out a loop with no end; the check on `folded` keeps an
 * unchecked flow from hanging the sidebar all the same.
 */
export function foldSteps(flow: Flow, stepId: string): FoldedStep {
  const folded: ActionStep[] = [];
  let step = findStep(flow, stepId);
  while (isReadingStep(step) && !folded.includes(step)) {
    folded.push(step);
    step = findStep(flow, step.next);
  }
  const own = new Set((step.checklist ?? []).map((i) => i.id));
  const checks = folded.flatMap((f) => f.checklist ?? []).filter((i) => !own.has(i.id));
  return { step: checks.length ? { ...step, checklist: [...checks, ...(step.checklist ?? [])] } : step, folded };
}
