import type { Flow, Step } from "../flows/schema";
import { distancesFrom, findStep } from "./findStep";
import { normalizeName } from "./normalizeName";
import { stepTag } from "./progressTags";
import type { TicketSnapshot } from "./snapshot";

/** Why the engine placed the ticket where it did; the UI turns it into the one-line "why". */
export type Reason =
  | { kind: "start" }
  | { kind: "applied"; stepId: string; via: "tag" | "macro"; macro?: string }
  | { kind: "reply"; stepId: string; replyId: string; label: string }
  | { kind: "timer"; stepId: string; minutes: number };

/** Where a ticket stands in its flow. `waiting`: a step was applied and the flow waits for the customer or a timer. */
export type Position =
  | { status: "active"; stepId: string; trail: string[]; reason: Reason }
  | { status: "waiting"; stepId: string; trail: string[]; reason: Reason; since: number }
  | { status: "done"; stepId: string; trail: string[]; reason: Reason };

type Applied = { stepId: string; at: number; via: "tag" | "macro"; macro?: string };

/** Steps whose macro matches `title`, nearest first from the previous applied step. */
function stepsForMacro(flow: Flow, title: string, previous: string | undefined): Step[] {
  const key = normalizeName(title);
  const matches = flow.steps.filter((s) => s.macro && normalizeName(s.macro) === key);
  if (matches.length < 2) return matches;
  const dist = distancesFrom(flow, previous ?? flow.start);
  const hops = (s: Step) => (previous === s.id ? Infinity : (dist.get(s.id) ?? Infinity));
  return [...matches].sort((a, b) => hops(a) - hops(b));
}

/** The applied steps, oldest first, read from Ruta's step tags and from the macros the audits record. */
function appliedSteps(flow: Flow, ticket: TicketSnapshot): Applied[] {
  const byTag = new Map(flow.steps.map((s) => [stepTag(s.id), s.id]));
  const applied: Applied[] = [];
  for (const event of [...ticket.events].sort((a, b) => a.at - b.at)) {
    if (event.kind === "tags") {
      for (const tag of event.added) {
        const stepId = byTag.get(tag);
        if (stepId) {
          const last = applied.at(-1);
          // The tag and the macro of one Apply land in the same audit: count the step once.
          if (last?.stepId === stepId && last.via === "macro" && last.at === event.at) last.via = "tag";
          else applied.push({ stepId, at: event.at, via: "tag" });
        }
      }
    } else {
      const [step] = stepsForMacro(flow, event.title, applied.at(-1)?.stepId);
      if (step) applied.push({ stepId: step.id, at: event.at, via: "macro", macro: event.title });
    }
  }
  return applied;
}

/**
 * Restores where a ticket stands from what is on it: the last applied step (Ruta's tag, or a flow macro
 * the audits record), then the customer's latest message after it (a reply pattern such as "ACEPTO" or a
 * token code) or an elapsed timer. Pure: `now` is epoch milliseconds.
 */
export function restorePosition(flow: Flow, ticket: TicketSnapshot, now: number): Position {
  const applied = appliedSteps(flow, ticket);
  const current = ticket.tags.map((t) => flow.steps.find((s) => stepTag(s.id) === t)).find(Boolean);
  if (current && applied.at(-1)?.stepId !== current.id) applied.push({ stepId: current.id, at: now, via: "tag" });
  const last = applied.at(-1);
  if (!last) return { status: "active", stepId: flow.start, trail: [], reason: { kind: "start" } };

  const trail = applied.map((a) => a.stepId);
  const step = findStep(flow, last.stepId);
  const reason: Reason = { kind: "applied", stepId: step.id, via: last.via, ...(last.macro ? { macro: last.macro } : {}) };
  if (step.kind === "end") return { status: "done", stepId: step.id, trail, reason };
  if (step.kind === "question") return { status: "active", stepId: step.id, trail: trail.slice(0, -1), reason };

  const reply = ticket.messages
    .filter((m) => m.author === "requester" && m.public && m.at > last.at)
    .sort((a, b) => b.at - a.at)[0];
  const matched = reply && step.replies?.find((r) => new RegExp(r.pattern, "iu").test(reply.body));
  if (matched) {
    return { status: "active", stepId: matched.next, trail, reason: { kind: "reply", stepId: step.id, replyId: matched.id, label: matched.label } };
  }
  if (step.timer?.next && now - last.at >= step.timer.minutes * 60_000) {
    return { status: "active", stepId: step.timer.next, trail, reason: { kind: "timer", stepId: step.id, minutes: step.timer.minutes } };
  }
  if (step.replies?.length || step.timer) return { status: "waiting", stepId: step.id, trail, reason, since: last.at };
  return { status: "active", stepId: step.next, trail, reason };
}
