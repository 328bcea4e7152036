import { normalizeName } from "../engine/normalizeName";
import type { Flow } from "../flows/schema";

/**
 * The flow with its macro paths renamed to the account's titles where a team lead matched them
 * (canonical path → title, or → macro id resolved against the account's macros). A match covers
 * every spelling of its path that macro matching tolerates. An id the account does not have leaves
 * the path as it is, for the doctor and the sidebar to report.
 */
export function applyMacroMatches(flow: Flow, matches: ReadonlyMap<string, number | string>, macros: readonly { id: number; title: string }[]): Flow {
  if (matches.size === 0) return flow;
  const byName = new Map([...matches].map(([path, target]) => [normalizeName(path), target]));
  const titleFor = (path: string): string | undefined => {
    const target = byName.get(normalizeName(path));
    return typeof target === "string" ? target : target !== undefined ? macros.find((m) => m.id === target)?.title : undefined;
  };
  return { ...flow, steps: flow.steps.map((step) => (step.macro && titleFor(step.macro) ? { ...step, macro: titleFor(step.macro)! } : step)) };
}
