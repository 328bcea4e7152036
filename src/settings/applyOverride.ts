import { breadthFirst, Flow, successorsOf, type Step } from "../flows/schema";
import { formatPath } from "./formatPath";
import type { Override } from "./Override";
import type { SettingsIssue } from "./SettingsIssue";

export type Layered = { ok: true; flow: Flow } | { ok: false; issue: SettingsIssue };

/** Points every edge to `from` at `to` instead. */
function redirect(step: Step, from: string, to: string): void {
  const swap = (id: string) => (id === from ? to : id);
  if (step.timer?.next) step.timer.next = swap(step.timer.next);
  if (step.kind === "question") for (const o of step.options) o.next = swap(o.next);
  if (step.kind === "action") {
    step.next = swap(step.next);
    for (const a of step.alternatives ?? []) a.next = swap(a.next);
    for (const r of step.replies ?? []) r.next = swap(r.next);
  }
}

/**
 * Drops the steps no longer reachable from the start once a step or a branch is off, the team-lead notes
 * about them, and the evidence later steps would gather from their notes.
 */
function pruneUnreachable(flow: Flow): void {
  const byId = new Map(flow.steps.map((s) => [s.id, s]));
  const seen = breadthFirst([flow.start], (id) => {
    const step = byId.get(id);
    return step ? successorsOf(step) : [];
  });
  flow.steps = flow.steps.filter((s) => seen.has(s.id));
  for (const item of flow.steps.flatMap((s) => s.checklist ?? [])) {
    const earlier = item.earlier?.filter((ref) => seen.has(ref.step));
    if (earlier?.length) item.earlier = earlier;
    else delete item.earlier;
  }
  if (flow.notes) flow.notes = flow.notes.filter((n) => n.stepId === undefined || seen.has(n.stepId));
}

/** Changes `copy` in place; returns the issue when the override cannot apply to the step. */
function change(copy: Flow, step: Step, override: Override, at: readonly PropertyKey[]): SettingsIssue | undefined {
  switch (override.op) {
    case "off": {
      if (override.option !== undefined) {
        if (step.kind !== "question") return { key: formatPath([...at, "option"]), problem: "unknownOption", detail: override.option };
        if (!step.options.some((o) => o.id === override.option)) return { key: formatPath([...at, "option"]), problem: "unknownOption", detail: override.option };
        if (step.options.length <= 2) return { key: formatPath([...at, "option"]), problem: "cannotTurnOff", detail: "question" };
        step.options = step.options.filter((o) => o.id !== override.option);
      } else {
        if (step.kind !== "action") return { key: formatPath([...at, "step"]), problem: "cannotTurnOff", detail: step.kind };
        const to = step.next;
        for (const s of copy.steps) redirect(s, step.id, to);
        if (copy.start === step.id) copy.start = to;
        copy.steps = copy.steps.filter((s) => s !== step);
      }
      pruneUnreachable(copy);
      return undefined;
    }
    case "set": {
      const { op: _op, step: _id, timer, ...fields } = override;
      Object.assign(step, fields);
      if (timer) step.timer = { ...step.timer, ...timer } as Step["timer"];
      return undefined;
    }
    case "addItem":
      step.checklist = [...(step.checklist ?? []), override.item];
      return undefined;
  }
}

/**
 * Layers one override over a flow: the result is a new flow that passes the same Flow schema as the
 * catalog, or the issue at the override's path (`at`); the input flow is never changed.
 */
export function applyOverride(flow: Flow, override: Override, at: readonly PropertyKey[]): Layered {
  const copy = structuredClone(flow);
  const step = copy.steps.find((s) => s.id === override.step);
  if (!step) return { ok: false, issue: { key: formatPath([...at, "step"]), problem: "unknownStep", detail: override.step } };
  const issue = change(copy, step, override, at);
  if (issue) return { ok: false, issue };
  const parsed = Flow.safeParse(copy);
  if (parsed.success) return { ok: true, flow: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, issue: { key: formatPath(at), problem: "invalidFlow", detail: first ? `${formatPath(first.path)}: ${first.message}` : "" } };
}
