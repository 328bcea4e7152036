import type { Flow, Step } from "../flows/schema";
import { normalizeName } from "./normalizeName";

export type FlowIndex = { byId: Map<string, Step>; byMacro: Map<string, Step[]> };

/** Flows are immutable data: each is indexed once, on first use. */
const INDEXES = new WeakMap<Flow, FlowIndex>();

/** Steps by id and by normalized macro title, so restoring a long history stays linear. */
export function indexFlow(flow: Flow): FlowIndex {
  let index = INDEXES.get(flow);
  if (!index) {
    const byMacro = new Map<string, Step[]>();
    for (const step of flow.steps) {
      if (step.macro) {
        const key = normalizeName(step.macro);
        byMacro.set(key, [...(byMacro.get(key) ?? []), step]);
      }
    }
    index = { byId: new Map(flow.steps.map((s) => [s.id, s])), byMacro };
    INDEXES.set(flow, index);
  }
  return index;
}
