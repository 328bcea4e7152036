import type { Flow } from "../flows/schema";

/**
 * The flow with its macro paths renamed to the account's titles where a team lead matched them
 * (canonical path → title, or → macro id resolved against the account's macros). An id the account
 * does not have leaves the path as it is, for the doctor and the sidebar to report.
 */
export function applyMacroMatches(flow: Flow, matches: ReadonlyMap<string, number | string>, macros: readonly { id: number; title: string }[]): Flow {
  if (matches.size === 0) return flow;
  const titleFor = (path: string): string => {
    const target = matches.get(path);
    if (typeof target === "string") return target;
    return (target !== undefined ? macros.find((m) => m.id === target)?.title : undefined) ?? path;
  };
  return { ...flow, steps: flow.steps.map((step) => (step.macro && matches.has(step.macro) ? { ...step, macro: titleFor(step.macro) } : step)) };
}
