import type { Flow, Step } from "../flows/schema";
import { distancesFrom, findStep } from "./findStep";
import { indexFlow } from "./flowIndex";
import { normalizeName } from "./normalizeName";
import { stepTag, workTag } from "./progressTags";
import { hasWrites } from "./suggestWrites";
import { readReply, type ReplyReading } from "./readReply";
import type { Message, TicketEvent, TicketSnapshot } from "./snapshot";

/** Why the engine placed the ticket where it did; the UI turns it into the one-line "why". */
export type Reason =
  | { kind: "start" }
  | { kind: "applied"; stepId: string; via: "tag" | "macro"; macro?: string }
  /** `late`: the customer did reply, but after the timer had run out (a token code sent after it expired). */
  | { kind: "timer"; stepId: string; minutes: number; late?: string }
  | { kind: "inProgress"; stepId: string };

/** What the customer's latest telling message says to the waiting step, with when it came; `next` for a proposal. */
export type Sighting = ReplyReading & { at: number; next?: string; label?: string };

/**
 * Where a ticket stands in its flow. `waiting`: a step was saved and the flow waits for the customer
 * or a timer; `reply` is what the customer wrote meanwhile (a proposal the agent confirms, or why it
 * is none). `unsaved`: the step's writes are in the editor, the ticket is not submitted yet.
 */
export type Position =
  | { status: "active"; stepId: string; trail: string[]; reason: Reason }
  | { status: "waiting"; stepId: string; trail: string[]; reason: Reason; since: number; reply?: Sighting }
  | { status: "unsaved"; stepId: string; trail: string[]; reason: Reason }
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

/** The customer's public messages after `since`, newest first. */
function repliesAfter(ticket: TicketSnapshot, since: number): Message[] {
  return ticket.messages.filter((m) => m.author === "requester" && m.public && m.at > since).sort((a, b) => b.at - a.at);
}

/** The newest message before `until` that says something to the step's replies. */
function sightReply(step: Step & { kind: "action" }, messages: Message[], until: number): Sighting | undefined {
  for (const message of messages) {
    if (message.at >= until) continue;
    const reading = readReply(step.replies ?? [], message.body);
    if (!reading) continue;
    const reply = reading.kind === "proposed" ? step.replies?.find((r) => r.id === reading.replyId) : undefined;
    return { ...reading, at: message.at, ...(reply ? { next: reply.next, label: reply.label } : {}) };
  }
  return undefined;
}

/**
 * Restores where a ticket stands from what is on it: the last applied step (Ruta's tag, or a flow macro
 * the audits record) or a step with work saved but not done (Ruta's work tag). A step applied in the
 * editor stays the current step until the ticket is submitted. On a saved waiting step the timer is
 * decided first (a reply after it ran out does not count: the code expired), then the customer's
 * newest telling message proposes a reply for the agent to confirm; nothing moves on by itself.
 * Pure: `now` is epoch milliseconds.
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
  if (step.kind === "question") return { status: "active", stepId: step.id, trail: trail.slice(0, -1), reason };
  const since = last.at;
  // Only an Apply puts a step tag in the editor unsaved; a step that writes nothing got its tag from
  // Ruta's own API save, whose audit this read may not have yet: it is done.
  if (since === undefined && hasWrites(step)) return { status: "unsaved", stepId: step.id, trail: trail.slice(0, -1), reason };
  if (since === undefined) return step.kind === "end" ? { status: "done", stepId: step.id, trail, reason } : { status: "active", stepId: step.next, trail, reason };
  if (step.kind === "end") return { status: "done", stepId: step.id, trail, reason };

  const messages = repliesAfter(ticket, since);
  const expiresAt = step.timer?.next ? since + step.timer.minutes * 60_000 : Infinity;
  const reply = sightReply(step, messages, expiresAt);
  if (reply?.kind === "proposed") return { status: "waiting", stepId: step.id, trail, reason, since, reply };
  if (step.timer?.next && now >= expiresAt) {
    const late = messages.find((m) => m.at >= expiresAt);
    return { status: "active", stepId: step.timer.next, trail, reason: { kind: "timer", stepId: step.id, minutes: step.timer.minutes, ...(late ? { late: late.body.slice(0, 80) } : {}) } };
  }
  if (step.replies?.length || step.timer) return { status: "waiting", stepId: step.id, trail, reason, since, ...(reply ? { reply } : {}) };
  return { status: "active", stepId: step.next, trail, reason };
}
