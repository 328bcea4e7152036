import { applyCustomerReply } from "../customerReply";
import { readMacroEffects } from "../macroEffects";
import type { ZendeskData } from "../model";
import { applyTicketUpdate, type TicketUpdate } from "../ticketUpdate";
import { MINUTE_MS } from "../time";

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
  const outcome = applyTicketUpdate(data, ticketId, update, { at: now - minutesAgo * MINUTE_MS, authorId: agentId, tagEdits: true });
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
