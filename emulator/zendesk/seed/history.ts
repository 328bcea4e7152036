import { applyCustomerReply } from "../customerReply";
import { readMacroEffects } from "../macroEffects";
import { nextEventId } from "../ids";
import type { Via, ZendeskData } from "../model";
import { applyTicketUpdate, type TicketUpdate } from "../ticketUpdate";
import { formatZendeskTime, MINUTE_MS } from "../time";

/** Replays an agent applying a macro (by exact title) and submitting, `minutesAgo` before `now`. */
export function agentAppliedMacro(data: ZendeskData, ticketId: number, title: string, agentId: number, now: number, minutesAgo: number): void {
  const macro = data.macros.find((m) => m.title === title);
  if (!macro) throw new Error(`Seed history names macro "${title}", which the seeded account does not have.`);
  const effects = readMacroEffects(macro);
  const update: TicketUpdate = {
    ...(effects.status ? { status: effects.status } : {}),
    custom_fields: effects.customFields,
    additional_tags: effects.addTags,
    remove_tags: effects.removeTags,
    ...(effects.comment ? { comment: { body: effects.comment.text, public: effects.commentPublic ?? true } } : {}),
    macro_ids: [macro.id],
  };
  // The agent UI applies the macro's tag actions; the replay does the same through the bulk-update tag edits.
  const outcome = applyTicketUpdate(data, ticketId, update, { at: now - minutesAgo * MINUTE_MS, authorId: agentId, tagEdits: true, macroReferences: true });
  if (outcome.kind !== "updated") throw new Error(`Seed history could not apply "${title}" to ticket ${ticketId}: ${outcome.kind}.`);
}

/** Replays an agent's own update (a note, a status), `minutesAgo` before `now`. */
export function agentUpdated(data: ZendeskData, ticketId: number, update: TicketUpdate, agentId: number, now: number, minutesAgo: number): void {
  const outcome = applyTicketUpdate(data, ticketId, update, { at: now - minutesAgo * MINUTE_MS, authorId: agentId });
  if (outcome.kind !== "updated") throw new Error(`Seed history could not update ticket ${ticketId}: ${outcome.kind}.`);
}

/** Replays the requester replying, `minutesAgo` before `now`. */
export function customerReplied(data: ZendeskData, ticketId: number, body: string, now: number, minutesAgo: number): void {
  applyCustomerReply(data, ticketId, body, now - minutesAgo * MINUTE_MS);
}

/** Replays the account's "close solved tickets" automation closing a solved ticket, `minutesAgo` before `now`. */
export function automationClosed(data: ZendeskData, ticketId: number, now: number, minutesAgo: number): void {
  const ticket = data.tickets.find((t) => t.id === ticketId);
  if (ticket?.status !== "solved") throw new Error(`Seed history can only close solved tickets; ticket ${ticketId} is not solved.`);
  const at = formatZendeskTime(now - minutesAgo * MINUTE_MS);
  const via: Via = { channel: "rule", source: { from: { id: 360000500001, title: "Cerrar tickets resueltos hace 4 días", deleted: false }, to: {}, rel: "automation" } };
  data.audits.push({
    id: nextEventId(data),
    ticket_id: ticketId,
    created_at: at,
    author_id: -1,
    metadata: { system: {}, custom: {} },
    via,
    events: [{ id: nextEventId(data), type: "Change", field_name: "status", value: "closed", previous_value: "solved" }],
  });
  ticket.status = "closed";
  ticket.updated_at = at;
}
