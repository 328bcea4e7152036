import { breadthFirst, edgesOf, successorsOf } from "./graph";
import { lintStep, type LintIssue } from "./lintStep";
import type { Step } from "./step";

export type { LintIssue } from "./lintStep";

type FlowLike = { id: string; start: string; steps: Step[]; notes?: { stepId?: string }[] };

/**
 * The catalog lint, the one checker of a flow's data: each step's own rules (lintStep), unique step ids,
 * no dangling reference (exits, start, team-lead notes, the earlier items a checklist item gathers), every step reachable from the start and every
 * reachable step able to reach an end. Paths are the flow's: ["steps", 12, "options", 1, "next"].
 */
export function lintFlow(flow: FlowLike): LintIssue[] {
  const issues: LintIssue[] = [];
  const ids = new Map<string, number>();
  flow.steps.forEach((step, i) => {
    if (ids.has(step.id)) issues.push({ path: ["steps", i, "id"], message: `Duplicate step "${step.id}"` });
    else ids.set(step.id, i);
  });
  if (!ids.has(flow.start)) issues.push({ path: ["start"], message: `Unknown step "${flow.start}"` });
  flow.notes?.forEach((note, i) => {
    if (note.stepId !== undefined && !ids.has(note.stepId)) issues.push({ path: ["notes", i, "stepId"], message: `Unknown step "${note.stepId}"` });
  });
  const byId = new Map(flow.steps.map((s) => [s.id, s]));
  flow.steps.forEach((step, i) => {
    step.checklist?.forEach((item, j) => {
      item.earlier?.forEach((ref, k) => {
        const path = ["steps", i, "checklist", j, "earlier", k];
        const source = byId.get(ref.step)?.checklist?.find((c) => c.id === ref.item);
        if (!byId.has(ref.step)) issues.push({ path: [...path, "step"], message: `Unknown step "${ref.step}"` });
        else if (!source) issues.push({ path: [...path, "item"], message: `Step "${ref.step}" has no checklist item "${ref.item}"` });
        else if (ref.step === step.id) issues.push({ path: [...path, "step"], message: `Checklist item "${item.id}" cannot gather evidence from its own step` });
      });
    });
    for (const edge of edgesOf(step)) if (!ids.has(edge.next)) issues.push({ path: ["steps", i, ...edge.path], message: `Unknown step "${edge.next}"` });
    for (const issue of lintStep(step, flow.id)) issues.push({ ...issue, path: ["steps", i, ...issue.path] });
  });
  if (issues.length > 0) return issues;

  const successors = new Map(flow.steps.map((s) => [s.id, successorsOf(s)]));
  const reachable = breadthFirst([flow.start], (id) => successors.get(id) ?? []);
  flow.steps.forEach((step, i) => {
    if (!reachable.has(step.id)) issues.push({ path: ["steps", i, "id"], message: `Step "${step.id}" is not reachable from "${flow.start}"` });
  });
  const predecessors = new Map<string, string[]>();
  for (const [from, tos] of successors) {
    for (const to of tos) {
      const known = predecessors.get(to);
      if (known) known.push(from);
      else predecessors.set(to, [from]);
    }
  }
  const ends = flow.steps.filter((s) => s.kind === "end").map((s) => s.id);
  const canEnd = breadthFirst(ends, (id) => predecessors.get(id) ?? []);
  flow.steps.forEach((step, i) => {
    if (reachable.has(step.id) && !canEnd.has(step.id)) issues.push({ path: ["steps", i, "id"], message: `No path from "${step.id}" reaches an end` });
  });
  return issues;
}
