import type { Flow, Step } from "../flows/schema";
import { NOTE_HEADER } from "./composeNote";
import { findStep } from "./findStep";
import { workTags } from "./suggestWrites";

export type SkipWrite = { body: string; tags: { add: string[]; remove: string[] } };

/**
 * What passing `step` on without its writes puts on the ticket: an internal note saying why (`reason`,
 * in the agent's words or language) and the next step marked as in progress, so every agent opens the
 * ticket there and the trail shows the step was passed, not applied. Undefined for a step with no
 * single way on (a question is answered, an end has nothing after it).
 */
export function skipStep(flow: Flow, step: Step, reason: string, tags: readonly string[]): SkipWrite | undefined {
  if (step.kind !== "action") return undefined;
  const next = findStep(flow, step.next);
  return {
    body: `${NOTE_HEADER} ${flow.title} · ${step.title}${step.ref ? ` (${step.ref})` : ""}\n\n${reason.trim()}`,
    tags: workTags(flow, next, tags),
  };
}
