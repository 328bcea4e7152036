import { htmlFromPlain } from "../commentBody";
import { nextEventId } from "../ids";
import type { AuditEvent, CustomFieldValue, Ticket, TicketStatus, Via, ZendeskData } from "../model";
import { formatZendeskTime, MINUTE_MS } from "../time";
import { apiUrl } from "./accountUrl";
import { defaultCustomStatusId } from "./customStatuses";

export interface TicketSpec {
  id: number;
  subject: string;
  description: string;
  requesterId: number;
  brandId: number;
  groupId: number | null;
  assigneeId: number | null;
  via: Via;
  status: TicketStatus;
  tags: string[];
  customFields: CustomFieldValue[];
  createdMinutesAgo: number;
  recipient?: string | null;
}

export const TICKET_FORM_ID = 360000300001;

/** Via objects for the channels the seeds use. */
export const VIA = {
  whatsapp: (phone: string): Via => ({ channel: "native_messaging", source: { from: { phone }, to: { name: "Tigo Bolivia WhatsApp", phone: "+59177390000" }, rel: "whatsapp" } }),
  email: (address: string, name: string, to: string): Via => ({ channel: "email", source: { from: { address, name }, to: { address: to, name: "Soporte" }, rel: null } }),
  web: (): Via => ({ channel: "web", source: { from: {}, to: {}, rel: null } }),
  voice: (phone: string): Via => ({ channel: "voice", source: { from: { phone, formatted_phone: phone }, to: { phone: "+59323980000" }, rel: "inbound" } }),
};

/**
 * Adds a ticket as its requester opened it: the ticket record and the creation audit (Create events and
 * the description as the first public comment), `createdMinutesAgo` before `now`.
 */
export function openTicket(data: ZendeskData, spec: TicketSpec, now: number): Ticket {
  const createdAt = formatZendeskTime(now - spec.createdMinutesAgo * MINUTE_MS);
  const ticket: Ticket = {
    id: spec.id,
    url: apiUrl("tickets", spec.id),
    external_id: null,
    via: spec.via,
    created_at: createdAt,
    updated_at: createdAt,
    type: null,
    subject: spec.subject,
    raw_subject: spec.subject,
    description: spec.description,
    priority: null,
    status: spec.status,
    custom_status_id: defaultCustomStatusId(data.customStatuses, spec.status),
    recipient: spec.recipient ?? null,
    requester_id: spec.requesterId,
    submitter_id: spec.requesterId,
    assignee_id: spec.assigneeId,
    organization_id: null,
    group_id: spec.groupId,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: [...spec.tags],
    custom_fields: spec.customFields.map((f) => ({ ...f })),
    satisfaction_rating: null,
    sharing_agreement_ids: [],
    fields: spec.customFields.map((f) => ({ ...f })),
    ticket_form_id: TICKET_FORM_ID,
    brand_id: spec.brandId,
    allow_channelback: spec.via.channel === "native_messaging",
    allow_attachments: true,
    from_messaging_channel: spec.via.channel === "native_messaging",
  };
  data.tickets.push(ticket);
  const auditId = nextEventId(data);
  const created = (field_name: string, value: unknown): AuditEvent => ({ id: nextEventId(data), type: "Create", field_name, value });
  data.audits.push({
    id: auditId,
    ticket_id: ticket.id,
    created_at: createdAt,
    author_id: spec.requesterId,
    metadata: { system: {}, custom: {} },
    via: spec.via,
    events: [
      { id: nextEventId(data), type: "Comment", author_id: spec.requesterId, body: spec.description, html_body: htmlFromPlain(spec.description), plain_body: spec.description, public: true, attachments: [], audit_id: auditId },
      created("subject", spec.subject),
      created("status", spec.status),
      created("requester_id", spec.requesterId),
      created("brand_id", spec.brandId),
      ...(spec.groupId ? [created("group_id", spec.groupId)] : []),
      ...(spec.assigneeId ? [created("assignee_id", spec.assigneeId)] : []),
      ...(spec.tags.length ? [created("tags", [...spec.tags])] : []),
      ...spec.customFields.map((f) => created(String(f.id), f.value)),
    ],
  });
  return ticket;
}
