import { placeholdersOf, TICKET_PLACEHOLDERS } from "./primitives";
import type { Step } from "./step";

export type LintIssue = { path: (string | number)[]; message: string };

type FlowLike = { start: string; steps: Step[] };

/** Every place a step points to another step, with its path inside the flow. */
function edgesOf(step: Step, index: number): { next: string; path: (string | number)[] }[] {
  const at = (...rest: (string | number)[]) => ["steps", index, ...rest];
  switch (step.kind) {
    case "question":
      return step.options.map((o, i) => ({ next: o.next, path: at("options", i, "next") }));
    case "action":
      return [
        { next: step.next, path: at("next") },
        ...(step.alternatives ?? []).map((a, i) => ({ next: a.next, path: at("alternatives", i, "next") })),
        ...(step.replies ?? []).map((r, i) => ({ next: r.next, path: at("replies", i, "next") })),
        ...(step.timer?.next ? [{ next: step.timer.next, path: at("timer", "next") }] : []),
      ];
    case "end":
      return step.timer?.next ? [{ next: step.timer.next, path: at("timer", "next") }] : [];
  }
}

function templatesOf(step: Step, index: number): { text: string; path: (string | number)[] }[] {
  const out: { text: string; path: (string | number)[] }[] = [];
  if (step.note) out.push({ text: step.note, path: ["steps", index, "note"] });
  if (step.escalation) out.push({ text: step.escalation.template, path: ["steps", index, "escalation", "template"] });
  return out;
}

/**
 * The catalog lint: unique ids, no dangling references, known placeholders, valid reply patterns,
 * every step reachable from the start and every reachable step able to reach an end.
 */
export function lintFlow(flow: FlowLike): LintIssue[] {
  const issues: LintIssue[] = [];
  const ids = new Map<string, number>();
  flow.steps.forEach((step, i) => {
    if (ids.has(step.id)) issues.push({ path: ["steps", i, "id"], message: `Duplicate step "${step.id}"` });
    else ids.set(step.id, i);
  });
  if (!ids.has(flow.start)) issues.push({ path: ["start"], message: `Unknown step "${flow.start}"` });

  flow.steps.forEach((step, i) => {
    for (const edge of edgesOf(step, i)) {
      if (!ids.has(edge.next)) issues.push({ path: edge.path, message: `Unknown step "${edge.next}"` });
    }
    const items = step.checklist ?? [];
    const itemIds = new Set<string>();
    items.forEach((item, j) => {
      if (itemIds.has(item.id)) issues.push({ path: ["steps", i, "checklist", j, "id"], message: `Duplicate checklist item "${item.id}"` });
      itemIds.add(item.id);
    });
    const known = new Set<string>([...TICKET_PLACEHOLDERS, ...items.filter((it) => it.value).map((it) => it.id)]);
    for (const template of templatesOf(step, i)) {
      for (const name of placeholdersOf(template.text)) {
        if (!known.has(name)) issues.push({ path: template.path, message: `Unknown placeholder "{{${name}}}"` });
      }
    }
    step.escalation?.requires.forEach((id, j) => {
      if (!itemIds.has(id)) issues.push({ path: ["steps", i, "escalation", "requires", j], message: `Unknown checklist item "${id}"` });
    });
    if (step.kind === "action") {
      step.replies?.forEach((reply, j) => {
        try {
          new RegExp(reply.pattern, "iu");
        } catch {
          issues.push({ path: ["steps", i, "replies", j, "pattern"], message: `Invalid pattern "${reply.pattern}"` });
        }
      });
    }
  });
  if (issues.length > 0) return issues;

  const successors = new Map(flow.steps.map((s, i) => [s.id, edgesOf(s, i).map((e) => e.next)]));
  const reachable = walk([flow.start], (id) => successors.get(id) ?? []);
  flow.steps.forEach((step, i) => {
    if (!reachable.has(step.id)) issues.push({ path: ["steps", i, "id"], message: `Step "${step.id}" is not reachable from "${flow.start}"` });
  });
  const predecessors = new Map<string, string[]>();
  for (const [from, tos] of successors) for (const to of tos) predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
  const ends = flow.steps.filter((s) => s.kind === "end").map((s) => s.id);
  const canEnd = walk(ends, (id) => predecessors.get(id) ?? []);
  flow.steps.forEach((step, i) => {
    if (reachable.has(step.id) && !canEnd.has(step.id)) issues.push({ path: ["steps", i, "id"], message: `No path from "${step.id}" reaches an end` });
  });
  return issues;
}

function walk(from: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const n of next(id)) if (!seen.has(n)) (seen.add(n), queue.push(n));
  }
  return seen;
}
