import { buildCommentEvent } from "./commentEvent";
import { nextEventId } from "./ids";
import { defaultCustomStatusId } from "./seed/customStatuses";
import type { Audit, AuditEvent, Ticket, ZendeskData } from "./model";
import { formatZendeskTime } from "./time";

export type ReplyOutcome = { kind: "replied"; ticket: Ticket; audit: Audit } | { kind: "not-found" } | { kind: "closed" };

/** Statuses a requester's reply moves back to open, as Zendesk does for pending, on-hold and solved tickets. */
const REOPENED_BY_REPLY = new Set(["pending", "hold", "solved"]);

/**
 * Adds a public comment by the ticket's requester through the ticket's own channel (WhatsApp stays
 * WhatsApp), with the files of `uploads` (tokens from the uploads API: a photo the customer sends), and
 * reopens the ticket when it was waiting. Closed tickets take no replies (Zendesk would open a follow-up
 * ticket instead, which the emulator does not do).
 */
export function applyCustomerReply(data: ZendeskData, ticketId: number, body: string, at: number, uploads: readonly string[] = []): ReplyOutcome {
  const ticket = data.tickets.find((t) => t.id === ticketId);
  if (!ticket) return { kind: "not-found" };
  if (ticket.status === "closed") return { kind: "closed" };
  const auditId = nextEventId(data);
  const comment = buildCommentEvent(data, { body, uploads: [...uploads], public: true }, ticket.requester_id, auditId);
  const events: AuditEvent[] = comment ? [comment] : [];
  if (REOPENED_BY_REPLY.has(ticket.status)) {
    events.push({ id: nextEventId(data), type: "Change", field_name: "status", value: "open", previous_value: ticket.status });
    ticket.status = "open";
    const customStatusId = defaultCustomStatusId(data.customStatuses, "open");
    events.push({ id: nextEventId(data), type: "Change", field_name: "custom_status_id", value: customStatusId, previous_value: ticket.custom_status_id });
    ticket.custom_status_id = customStatusId;
  }
  ticket.updated_at = formatZendeskTime(Math.max(at, Date.parse(ticket.updated_at) + 1000));
  const audit: Audit = {
    id: auditId,
    ticket_id: ticket.id,
    created_at: ticket.updated_at,
    author_id: ticket.requester_id,
    metadata: { system: {}, custom: {} },
    via: ticket.via,
    events,
  };
  data.audits.push(audit);
  return { kind: "replied", ticket, audit };
}
