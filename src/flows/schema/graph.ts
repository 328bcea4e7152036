import type { Step } from "./step";

/** A place where a step points to another step, with its path inside the step. */
export type Edge = { next: string; path: (string | number)[] };

/** Every exit of a step, in the order the step lists them: options; next, alternatives, replies, timer. */
export function edgesOf(step: Step): Edge[] {
  const timer: Edge[] = step.timer?.next ? [{ next: step.timer.next, path: ["timer", "next"] }] : [];
  switch (step.kind) {
    case "question":
      return step.options.map((o, i) => ({ next: o.next, path: ["options", i, "next"] }));
    case "action":
      return [
        { next: step.next, path: ["next"] },
        ...(step.alternatives ?? []).map((a, i) => ({ next: a.next, path: ["alternatives", i, "next"] })),
        ...(step.replies ?? []).map((r, i) => ({ next: r.next, path: ["replies", i, "next"] })),
        ...timer,
      ];
    case "end":
      return timer;
  }
}

/** Steps one hop after `step`, in the order the step lists its exits. */
export function successorsOf(step: Step): string[] {
  return edgesOf(step).map((edge) => edge.next);
}

/** Hops from the nearest of `from` to every node reachable through `next`, breadth first. */
export function breadthFirst(from: string[], next: (id: string) => string[]): Map<string, number> {
  const hops = new Map(from.map((id) => [id, 0]));
  const queue = [...from];
  // An index, not shift(): shifting is linear in the queue's length.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const n of next(id)) {
      if (hops.has(n)) continue;
      hops.set(n, (hops.get(id) ?? 0) + 1);
      queue.push(n);
    }
  }
  return hops;
}
