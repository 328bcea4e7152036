import { buildCommentEvent } from "./commentEvent";
import { applyUserCreate } from "./createUser";
import { nextEventId } from "./ids";
import type { Audit, AuditEvent, Ticket, User, Via, ZendeskData } from "./model";
import { apiUrl } from "./seed/accountUrl";
import { TICKET_FORM_ID } from "./seed/openTicket";
import { CREATE_CHANNELS, toTags, type TicketCreate } from "./ticketInput";
import { macroReferenceEvents } from "./ticketUpdate";
import { formatZendeskTime } from "./time";
import { invalidDetails, resolveStatus, validateTicketInput, type InvalidDetails } from "./validateTicket";

export type CreateOutcome = { kind: "created"; ticket: Ticket; audit: Audit } | { kind: "invalid"; details: InvalidDetails };

const nextTicketId = (data: ZendeskData) => Math.max(0, ...data.tickets.map((t) => t.id)) + 1;

/** The requester: `requester_id`, else `requester: {email, name}` (an existing email is that user, a new one is created), else the caller. */
function resolveRequester(data: ZendeskData, input: TicketCreate, authorId: number, at: number): { user: User } | { invalid: InvalidDetails } {
  const known = (id: number) => {
    const user = data.users.find((u) => u.id === id);
    return user ? { user } : { invalid: invalidDetails("requester_id", "Requester: is invalid") };
  };
  if (input.requester_id !== undefined) return known(input.requester_id);
  if (!input.requester) return known(authorId);
  const email = input.requester.email?.trim().toLowerCase();
  const existing = email ? data.users.find((u) => u.email?.toLowerCase() === email) : undefined;
  if (existing) return { user: existing };
  const created = applyUserCreate(data, { name: input.requester.name ?? "", ...(email ? { email } : {}) }, at);
  return created.kind === "created" ? { user: created.user } : { invalid: { requester: Object.values(created.details).flat() } };
}

/**
 * Creates a ticket as `POST /api/v2/tickets.json` does (docs "Tickets › Create Ticket", "Creating and
 * updating tickets"): the comment is required and becomes the description; its author is the caller
 * unless `comment.author_id` says otherwise; status is new, or open when assigned; `via.channel` may be
 * set at creation only; `macro_ids` are recorded in the audit. Triggers and notifications do not run.
 */
export function applyTicketCreate(data: ZendeskData, input: TicketCreate, ctx: { at: number; authorId: number }): CreateOutcome {
  const invalid = validateTicketInput(data, input);
  if (invalid) return { kind: "invalid", details: invalid };
  const body = input.comment?.body ?? input.comment?.html_body ?? "";
  if (!body.trim()) return { kind: "invalid", details: invalidDetails("description", "Description: cannot be blank", "BlankValue") };
  if (input.brand_id !== undefined && !data.brands.some((b) => b.id === input.brand_id && b.active)) return { kind: "invalid", details: invalidDetails("brand_id", "Brand: is invalid") };
  const channel = input.via?.channel ?? "api";
  if (!(CREATE_CHANNELS as readonly string[]).includes(channel)) return { kind: "invalid", details: invalidDetails("via", `Via: ${channel} cannot be set through the API`) };
  const defaultStatus = input.assignee_id != null ? "open" : "new";
  const statusChange = resolveStatus(data, null, { ...input, status: input.status ?? (input.custom_status_id === undefined ? defaultStatus : undefined) });
  if ("invalid" in statusChange) return { kind: "invalid", details: statusChange.invalid };
  const resolved = resolveRequester(data, input, ctx.authorId, ctx.at);
  if ("invalid" in resolved) return { kind: "invalid", details: resolved.invalid };
  const requester = resolved.user;

  const id = nextTicketId(data);
  const createdAt = formatZendeskTime(ctx.at);
  const via: Via = { channel, source: { from: {}, to: {}, rel: null, ...input.via?.source } };
  const customFields = (input.custom_fields ?? []).filter((cf) => data.ticketFields.some((f) => f.id === cf.id)).map((cf) => ({ id: cf.id, value: cf.value === "" ? null : cf.value }));
  const optionTags = customFields.flatMap((cf) => (data.ticketFields.find((f) => f.id === cf.id)?.custom_field_options && typeof cf.value === "string" ? [cf.value] : []));
  const tags = [...new Set([...toTags(input.tags), ...optionTags])];
  const defaultBrand = data.brands.find((b) => b.default) ?? data.brands[0];
  const auditId = nextEventId(data);
  const comment = buildCommentEvent(data, input.comment, ctx.authorId, auditId);
  const ticket: Ticket = {
    id,
    url: apiUrl("tickets", id),
    external_id: input.external_id ?? null,
    via,
    created_at: createdAt,
    updated_at: createdAt,
    type: input.type ?? null,
    subject: input.subject ?? "",
    raw_subject: input.subject ?? "",
    description: comment?.plain_body ?? body,
    priority: input.priority ?? null,
    status: statusChange.status,
    custom_status_id: statusChange.customStatusId,
    recipient: input.recipient ?? null,
    requester_id: requester.id,
    submitter_id: input.submitter_id ?? ctx.authorId,
    assignee_id: input.assignee_id ?? null,
    organization_id: null,
    group_id: input.group_id ?? null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    has_incidents: false,
    is_public: comment?.public ?? true,
    due_at: null,
    tags,
    custom_fields: customFields.map((f) => ({ ...f })),
    satisfaction_rating: null,
    sharing_agreement_ids: [],
    fields: customFields.map((f) => ({ ...f })),
    ticket_form_id: TICKET_FORM_ID,
    brand_id: input.brand_id ?? defaultBrand?.id ?? 0,
    allow_channelback: channel === "native_messaging",
    allow_attachments: true,
    from_messaging_channel: channel === "native_messaging",
  };
  data.tickets.push(ticket);
  const created = (field_name: string, value: unknown): AuditEvent => ({ id: nextEventId(data), type: "Create", field_name, value });
  const events: AuditEvent[] = [
    ...(comment ? [comment] : []),
    created("subject", ticket.subject),
    created("status", ticket.status),
    created("custom_status_id", ticket.custom_status_id),
    created("requester_id", ticket.requester_id),
    created("brand_id", ticket.brand_id),
    ...(["priority", "type", "group_id", "assignee_id"] as const).flatMap((key) => (ticket[key] !== null ? [created(key, ticket[key])] : [])),
    ...(tags.length ? [created("tags", [...tags])] : []),
    ...customFields.map((f) => created(String(f.id), f.value)),
    ...macroReferenceEvents(data, input.macro_ids ?? []),
  ];
  const audit: Audit = { id: auditId, ticket_id: id, created_at: createdAt, author_id: ctx.authorId, metadata: { system: {}, custom: {} }, via, events };
  data.audits.push(audit);
  return { kind: "created", ticket, audit };
}
