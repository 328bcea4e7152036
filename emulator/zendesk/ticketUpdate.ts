import { z } from "zod";
import { htmlFromPlain, plainFromHtml } from "./commentBody";
import { nextEventId } from "./ids";
import type { Audit, AuditEvent, Ticket, TicketStatus, Via, ZendeskData } from "./model";
import { TICKET_STATUSES } from "./model";
import { formatZendeskTime } from "./time";

const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const TagList = z.union([z.array(z.string()), z.string()]);
/** Zendesk's own examples send `"safe_update": "true"` as well as `true`. */
const Flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

/**
 * The `ticket` object of `PUT /api/v2/tickets/:id.json`, the parts the emulator understands.
 * `additional_tags`/`remove_tags` are accepted but only `update_many.json?ids=` honours them
 * (docs "Adding tags to tickets without overwriting existing tags"); a single-ticket update changes
 * tags only through `tags`, which replaces the list.
 */
export const TicketUpdate = z.object({
  status: z.string().optional(),
  tags: TagList.optional(),
  additional_tags: TagList.optional(),
  remove_tags: TagList.optional(),
  custom_fields: z.array(z.object({ id: z.coerce.number(), value: FieldValue })).optional(),
  comment: z
    .object({ body: z.string().optional(), html_body: z.string().optional(), public: z.boolean().optional(), author_id: z.number().optional() })
    .optional(),
  macro_ids: z.array(z.coerce.number()).optional(),
  assignee_id: z.number().nullable().optional(),
  group_id: z.number().nullable().optional(),
  subject: z.string().optional(),
  safe_update: Flag.optional(),
  updated_stamp: z.string().optional(),
});
export type TicketUpdate = z.infer<typeof TicketUpdate>;

export type UpdateOutcome =
  | { kind: "updated"; ticket: Ticket; audit: Audit | null }
  | { kind: "not-found" }
  | { kind: "conflict" }
  | { kind: "invalid"; details: Record<string, { description: string; error: string }[]> };

export interface UpdateContext {
  at: number;
  authorId: number;
  via?: Via;
  /** Honour `additional_tags`/`remove_tags`: true only for `update_many.json?ids=` and the seed's replayed macros. */
  tagEdits?: boolean;
}

export const WEB_VIA: Via = { channel: "web", source: { from: {}, to: {}, rel: null } };

/** Normalizes Zendesk tag input (array or space-separated string) to distinct tags. */
export function toTags(input: string[] | string | undefined): string[] {
  if (input === undefined) return [];
  const raw = Array.isArray(input) ? input : input.split(/\s+/);
  return [...new Set(raw.map((t) => t.trim()).filter(Boolean))];
}

function invalid(field: string, description: string): UpdateOutcome {
  return { kind: "invalid", details: { [field]: [{ description, error: "InvalidValue" }] } };
}

/**
 * Applies one ticket update to the account as Zendesk does: checks safe_update, validates status and
 * dropdown values, writes one audit (Comment, Change and AgentMacroReference events) and moves
 * `updated_at` on. It does not run triggers or send notifications.
 */
export function applyTicketUpdate(data: ZendeskData, ticketId: number, update: TicketUpdate, ctx: UpdateContext): UpdateOutcome {
  const ticket = data.tickets.find((t) => t.id === ticketId);
  if (!ticket) return { kind: "not-found" };
  if (update.safe_update && update.updated_stamp !== undefined && Date.parse(update.updated_stamp) !== Date.parse(ticket.updated_at)) {
    return { kind: "conflict" };
  }
  if (ticket.status === "closed") return invalid("status", "Status: closed prevents ticket update");
  const status = update.status;
  if (status !== undefined) {
    if (!TICKET_STATUSES.includes(status as TicketStatus)) return invalid("status", `Status: ${status} is not a valid status`);
    if (status === "new" && ticket.status !== "new") return invalid("status", "Status: cannot be set back to New");
    if (status === "closed") return invalid("status", "Status: closed can only be set by an automation");
  }
  for (const cf of update.custom_fields ?? []) {
    const field = data.ticketFields.find((f) => f.id === cf.id);
    if (!field) continue; // Zendesk ignores unknown field ids
    const options = field.custom_field_options;
    if (options && cf.value !== null && cf.value !== "" && !options.some((o) => o.value === cf.value)) {
      return invalid(String(cf.id), `${field.title}: ${String(cf.value)} is not a valid option`);
    }
  }

  const events: AuditEvent[] = [];
  const auditId = nextEventId(data);
  const comment = update.comment;
  const body = comment?.body ?? (comment?.html_body !== undefined ? plainFromHtml(comment.html_body) : "");
  if (comment && body.trim() !== "") {
    events.push({
      id: nextEventId(data),
      type: "Comment",
      author_id: comment.author_id ?? ctx.authorId,
      body,
      html_body: comment.html_body ?? htmlFromPlain(body),
      plain_body: body,
      public: comment.public ?? true,
      attachments: [],
      audit_id: auditId,
    });
  }

  const previousTags = [...ticket.tags];
  let tags = update.tags !== undefined ? toTags(update.tags) : [...ticket.tags];
  if (ctx.tagEdits) {
    const removed = new Set(toTags(update.remove_tags));
    tags = [...new Set([...tags, ...toTags(update.additional_tags)])].filter((t) => !removed.has(t));
  }

  for (const cf of update.custom_fields ?? []) {
    const field = data.ticketFields.find((f) => f.id === cf.id);
    if (!field) continue;
    const current = ticket.custom_fields.find((f) => f.id === cf.id);
    const previous = current?.value ?? null;
    const value = cf.value === "" ? null : cf.value;
    if (previous === value) continue;
    if (field.custom_field_options) {
      // A dropdown's option tag lives in the ticket's tags too.
      tags = tags.filter((t) => t !== previous);
      if (typeof value === "string") tags.push(value);
    }
    setField(ticket, cf.id, value);
    events.push({ id: nextEventId(data), type: "Change", field_name: String(cf.id), value, previous_value: previous });
  }

  if (status !== undefined && status !== ticket.status) {
    events.push({ id: nextEventId(data), type: "Change", field_name: "status", value: status, previous_value: ticket.status });
    ticket.status = status as TicketStatus;
    if (status === "solved" && ticket.assignee_id === null) update = { ...update, assignee_id: ctx.authorId };
  }
  if (update.assignee_id !== undefined && update.assignee_id !== ticket.assignee_id) {
    events.push({ id: nextEventId(data), type: "Change", field_name: "assignee_id", value: update.assignee_id, previous_value: ticket.assignee_id });
    ticket.assignee_id = update.assignee_id;
  }
  if (update.group_id !== undefined && update.group_id !== ticket.group_id) {
    events.push({ id: nextEventId(data), type: "Change", field_name: "group_id", value: update.group_id, previous_value: ticket.group_id });
    ticket.group_id = update.group_id;
  }
  if (update.subject !== undefined && update.subject !== ticket.subject) {
    events.push({ id: nextEventId(data), type: "Change", field_name: "subject", value: update.subject, previous_value: ticket.subject });
    ticket.subject = update.subject;
    ticket.raw_subject = update.subject;
  }
  if (tags.join(" ") !== previousTags.join(" ")) {
    events.push({ id: nextEventId(data), type: "Change", field_name: "tags", value: tags, previous_value: previousTags });
    ticket.tags = tags;
  }
  for (const macroId of update.macro_ids ?? []) {
    const macro = data.macros.find((m) => m.id === macroId);
    if (!macro) continue;
    events.push({
      id: nextEventId(data),
      type: "AgentMacroReference",
      macro_id: macro.id,
      macro_title: macro.title,
      macro_deleted: false,
      via: { channel: "rule", source: { from: { id: macro.id, title: macro.title }, to: {}, rel: "macro_reference" } },
    });
  }

  if (events.length === 0) return { kind: "updated", ticket, audit: null };
  const previousUpdate = Date.parse(ticket.updated_at);
  // updated_at must move on even for two updates within one second, or safe_update could not tell them apart.
  const updatedAt = Math.max(ctx.at, previousUpdate + 1000);
  ticket.updated_at = formatZendeskTime(updatedAt);
  const audit: Audit = {
    id: auditId,
    ticket_id: ticket.id,
    created_at: ticket.updated_at,
    author_id: ctx.authorId,
    metadata: { system: { client: "Ruta emulator", ip_address: "127.0.0.1", location: "La Paz, Bolivia" }, custom: {} },
    via: ctx.via ?? WEB_VIA,
    events,
  };
  data.audits.push(audit);
  return { kind: "updated", ticket, audit };
}

function setField(ticket: Ticket, id: number, value: string | number | boolean | null): void {
  for (const list of [ticket.custom_fields, ticket.fields]) {
    const entry = list.find((f) => f.id === id);
    if (entry) entry.value = value;
    else list.push({ id, value });
  }
}
