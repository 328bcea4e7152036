import type { Flow, Step } from "../flows/schema";
import { indexFlow } from "./flowIndex";

/** The step with this id; the schema guarantees every reference resolves, so a miss is a programmer error. */
export function findStep(flow: Flow, stepId: string): Step {
  const step = indexFlow(flow).byId.get(stepId);
  if (!step) throw new Error(`Flow "${flow.id}" has no step "${stepId}".`);
  return step;
}

/** Steps one hop after `step`, in the order the flow lists its exits. */
export function successorsOf(step: Step): string[] {
  switch (step.kind) {
    case "question":
      return step.options.map((o) => o.next);
    case "action":
      return [step.next, ...(step.alternatives ?? []).map((a) => a.next), ...(step.replies ?? []).map((r) => r.next), ...(step.timer?.next ? [step.timer.next] : [])];
    case "end":
      return step.timer?.next ? [step.timer.next] : [];
  }
}

/** Hops from `from` to every step reachable from it (breadth first). */
export function distancesFrom(flow: Flow, from: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of successorsOf(findStep(flow, id))) {
      if (!dist.has(next)) (dist.set(next, (dist.get(id) ?? 0) + 1), queue.push(next));
    }
  }
  return dist;
}
