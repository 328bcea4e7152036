import type { Flow, Step } from "../flows/schema";
import { breadthFirst, successorsOf } from "../flows/schema/graph";
import { indexFlow } from "./flowIndex";

export { successorsOf } from "../flows/schema/graph";

/** The step with this id; the schema guarantees every reference resolves, so a miss is a programmer error. */
export function findStep(flow: Flow, stepId: string): Step {
  const step = indexFlow(flow).byId.get(stepId);
  if (!step) throw new Error(`Flow "${flow.id}" has no step "${stepId}".`);
  return step;
}

/** The step's title as the agent reads it, or its id when the flow has no such step (an id from an older flow). */
export function stepTitle(flow: Flow, stepId: string): string {
  return indexFlow(flow).byId.get(stepId)?.title ?? stepId;
}

/** Hops from `from` to every step reachable from it (breadth first). */
export function distancesFrom(flow: Flow, from: string): Map<string, number> {
  return breadthFirst([from], (id) => successorsOf(findStep(flow, id)));
}
