import type { Flow, Step } from "../flows/schema";
import { distancesFrom, findStep } from "./findStep";
import { indexFlow } from "./flowIndex";
import { normalizeName } from "./normalizeName";
import { stepTag, workTag } from "./progressTags";
import type { TicketEvent, TicketSnapshot } from "./snapshot";

/** Why the engine placed the ticket where it did; the UI turns it into the one-line "why". */
export type Reason =
  | { kind: "start" }
  | { kind: "applied"; stepId: string; via: "tag" | "macro"; macro?: string }
  | { kind: "reply"; stepId: string; replyId: string; label: string }
  | { kind: "timer"; stepId: string; minutes: number }
  | { kind: "inProgress"; stepId: string };

/** Where a ticket stands in its flow. `waiting`: a step was applied and the flow waits for the customer or a timer. */
export type Position =
  | { status: "active"; stepId: string; trail: string[]; reason: Reason }
  | { status: "waiting"; stepId: string; trail: string[]; reason: Reason; since: number | null }
  | { status: "done"; stepId: string; trail: string[]; reason: Reason };

/** `at` is absent for a step applied in the editor and not yet saved: no audit records it, no clock runs. */
type Applied = { stepId: string; at?: number; via: "tag" | "macro" | "work"; macro?: string };

/** Steps whose macro matches `title`, nearest first from the previous applied step. */
function stepsForMacro(flow: Flow, title: string, previous: string | undefined): Step[] {
  const matches = indexFlow(flow).byMacro.get(normalizeName(title)) ?? [];
  if (matches.length < 2) return matches;
  const dist = distancesFrom(flow, previous ?? flow.start);
  const hops = (s: Step) => (previous === s.id ? Infinity : (dist.get(s.id) ?? Infinity));
  return [...matches].sort((a, b) => hops(a) - hops(b));
}

/**
 * The applied steps, oldest first, read from the audits. Events of one audit (same time) belong to one
 * Apply: Ruta's step tag there names the step; a macro alone (applied by hand) is mapped to its step.
 */
function appliedSteps(flow: Flow, ticket: TicketSnapshot): Applied[] {
  const byTag = new Map(flow.steps.map((s) => [stepTag(s.id), s.id]));
  const byWorkTag = new Map(flow.steps.map((s) => [workTag(s.id), s.id]));
  const audits = new Map<number, TicketEvent[]>();
  for (const event of ticket.events) audits.set(event.at, [...(audits.get(event.at) ?? []), event]);
  const applied: Applied[] = [];
  const added = (events: TicketEvent[], tags: Map<string, string>) => events.flatMap((e) => (e.kind === "tags" ? e.added.flatMap((t) => tags.get(t) ?? []) : []));
  for (const [at, events] of [...audits].sort(([a], [b]) => a - b)) {
    const tagged = added(events, byTag);
    const worked = added(events, byWorkTag);
    if (tagged.length === 0 && worked.length > 0) {
      applied.push(...worked.map((stepId): Applied => ({ stepId, at, via: "work" })));
      continue;
    }
    if (tagged.length > 0) {
      for (const stepId of tagged) {
        const macro = events.find((e) => e.kind === "macro" && stepsForMacro(flow, e.title, undefined).some((s) => s.id === stepId));
        applied.push({ stepId, at, via: "tag", ...(macro?.kind === "macro" ? { macro: macro.title } : {}) });
      }
      continue;
    }
    for (const e of events) {
      const [step] = e.kind === "macro" ? stepsForMacro(flow, e.title, applied.at(-1)?.stepId) : [];
      if (step && e.kind === "macro") applied.push({ stepId: step.id, at, via: "macro", macro: e.title });
    }
  }
  return applied;
}

/**
 * Restores where a ticket stands from what is on it: the last applied step (Ruta's tag, or a flow macro
 * the audits record) or a step with work saved but not done (Ruta's work tag), then the customer's latest message after it (a reply pattern such as "ACEPTO" or a
 * token code) or an elapsed timer. Pure: `now` is epoch milliseconds.
 */
export function restorePosition(flow: Flow, ticket: TicketSnapshot, now: number): Position {
  const applied = appliedSteps(flow, ticket);
  const current = ticket.tags.map((t) => flow.steps.find((s) => stepTag(s.id) === t)).find(Boolean);
  // A step tag other than the last one the audits record was just applied in the editor: it is the newest step.
  const lastTagged = applied.findLast((a) => a.via === "tag")?.stepId;
  if (current && current.id !== lastTagged) applied.push({ stepId: current.id, via: "tag" });
  const last = applied.at(-1);
  if (!last) return { status: "active", stepId: flow.start, trail: [], reason: { kind: "start" } };

  const trail = applied.filter((a) => a.via !== "work").map((a) => a.stepId);
  // Work saved on a step not done yet: the ticket stands at that step.
  if (last.via === "work") return { status: "active", stepId: last.stepId, trail, reason: { kind: "inProgress", stepId: last.stepId } };
  const step = findStep(flow, last.stepId);
  const reason: Reason = { kind: "applied", stepId: step.id, via: last.via === "macro" ? "macro" : "tag", ...(last.macro ? { macro: last.macro } : {}) };
  if (step.kind === "end") return { status: "done", stepId: step.id, trail, reason };
  if (step.kind === "question") return { status: "active", stepId: step.id, trail: trail.slice(0, -1), reason };

  const since = last.at;
  if (since === undefined) {
    return step.replies?.length || step.timer ? { status: "waiting", stepId: step.id, trail, reason, since: null } : { status: "active", stepId: step.next, trail, reason };
  }
  const reply = ticket.messages
    .filter((m) => m.author === "requester" && m.public && m.at > since)
    .sort((a, b) => b.at - a.at)[0];
  const matched = reply && step.replies?.find((r) => new RegExp(r.pattern, "iu").test(reply.body));
  if (matched) {
    return { status: "active", stepId: matched.next, trail, reason: { kind: "reply", stepId: step.id, replyId: matched.id, label: matched.label } };
  }
  if (step.timer?.next && now - since >= step.timer.minutes * 60_000) {
    return { status: "active", stepId: step.timer.next, trail, reason: { kind: "timer", stepId: step.id, minutes: step.timer.minutes } };
  }
  if (step.replies?.length || step.timer) return { status: "waiting", stepId: step.id, trail, reason, since };
  return { status: "active", stepId: step.next, trail, reason };
}
