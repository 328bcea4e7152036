import { buildCommentEvent } from "./commentEvent";
import { nextEventId } from "./ids";
import type { Audit, AuditEvent, Ticket, Via, ZendeskData } from "./model";
import { toTags, type TicketUpdate } from "./ticketInput";
import { formatZendeskTime } from "./time";
import { invalidDetails, resolveStatus, validateTicketInput, type InvalidDetails } from "./validateTicket";

export { TicketUpdate, toTags } from "./ticketInput";

export type UpdateOutcome =
  | { kind: "updated"; ticket: Ticket; audit: Audit | null }
  | { kind: "not-found" }
  | { kind: "conflict" }
  | { kind: "invalid"; details: InvalidDetails };

export interface UpdateContext {
  at: number;
  authorId: number;
  via?: Via;
  /** Honour `additional_tags`/`remove_tags`: true only for `update_many.json?ids=` and the seed's replayed macros. */
  tagEdits?: boolean;
  /** Record `macro_ids` as AgentMacroReference events: the agent UI's submit does, a REST PUT does not ("POST requests only"). */
  macroReferences?: boolean;
}

export const WEB_VIA: Via = { channel: "web", source: { from: {}, to: {}, rel: null } };

/** The plain properties an update may change, with the audit's field name for each. */
const SCALARS = ["subject", "priority", "type", "requester_id", "assignee_id", "group_id"] as const;

/** The AgentMacroReference events of the macros an agent applied before submitting. */
export function macroReferenceEvents(data: ZendeskData, macroIds: number[]): AuditEvent[] {
  return macroIds.flatMap((macroId) => {
    const macro = data.macros.find((m) => m.id === macroId);
    if (!macro) return [];
    const via: Via = { channel: "rule", source: { from: { id: macro.id, title: macro.title }, to: {}, rel: "macro_reference" } };
    return [{ id: nextEventId(data), type: "AgentMacroReference" as const, macro_id: macro.id, macro_title: macro.title, macro_deleted: false, via }];
  });
}

/**
 * Applies one ticket update to the account as Zendesk does: checks safe_update, refuses closed
 * tickets, validates every modelled property, keeps status and custom status in step, writes one
 * audit (Comment and Change events) and moves `updated_at` on. It does not run triggers or send
 * notifications.
 */
export function applyTicketUpdate(data: ZendeskData, ticketId: number, update: TicketUpdate, ctx: UpdateContext): UpdateOutcome {
  const ticket = data.tickets.find((t) => t.id === ticketId);
  if (!ticket) return { kind: "not-found" };
  if (update.safe_update && update.updated_stamp !== undefined && Date.parse(update.updated_stamp) !== Date.parse(ticket.updated_at)) {
    return { kind: "conflict" };
  }
  if (ticket.status === "closed") return { kind: "invalid", details: invalidDetails("status", "Status: closed prevents ticket update") };
  const invalid = validateTicketInput(data, update);
  if (invalid) return { kind: "invalid", details: invalid };
  const statusChange = resolveStatus(data, ticket, update);
  if ("invalid" in statusChange) return { kind: "invalid", details: statusChange.invalid };

  const events: AuditEvent[] = [];
  const change = (field_name: string, value: unknown, previous_value: unknown) => events.push({ id: nextEventId(data), type: "Change", field_name, value, previous_value });
  const auditId = nextEventId(data);
  const comment = buildCommentEvent(data, update.comment, ctx.authorId, auditId);
  if (comment) events.push(comment);

  const previousTags = [...ticket.tags];
  let tags = update.tags !== undefined ? toTags(update.tags) : [...ticket.tags];
  if (ctx.tagEdits) {
    const removed = new Set(toTags(update.remove_tags));
    tags = [...new Set([...tags, ...toTags(update.additional_tags)])].filter((t) => !removed.has(t));
  }

  for (const cf of update.custom_fields ?? []) {
    const field = data.ticketFields.find((f) => f.id === cf.id);
    if (!field) continue; // Zendesk ignores unknown field ids
    const previous = ticket.custom_fields.find((f) => f.id === cf.id)?.value ?? null;
    const value = cf.value === "" ? null : cf.value;
    if (previous === value) continue;
    if (field.custom_field_options) {
      // A dropdown's option tag lives in the ticket's tags too.
      tags = tags.filter((t) => t !== previous);
      if (typeof value === "string") tags.push(value);
    }
    setField(ticket, cf.id, value);
    change(String(cf.id), value, previous);
  }

  if (statusChange.status !== ticket.status) {
    change("status", statusChange.status, ticket.status);
    if (statusChange.status === "solved" && ticket.assignee_id === null && update.assignee_id === undefined) update = { ...update, assignee_id: ctx.authorId };
    ticket.status = statusChange.status;
  }
  if (statusChange.customStatusId !== ticket.custom_status_id) {
    change("custom_status_id", statusChange.customStatusId, ticket.custom_status_id);
    ticket.custom_status_id = statusChange.customStatusId;
  }
  for (const key of SCALARS) {
    const value = update[key];
    if (value === undefined || value === ticket[key]) continue;
    change(key, value, ticket[key]);
    Object.assign(ticket, { [key]: value }, key === "subject" ? { raw_subject: value } : {});
  }
  if (tags.join(" ") !== previousTags.join(" ")) {
    change("tags", tags, previousTags);
    ticket.tags = tags;
  }
  if (ctx.macroReferences) events.push(...macroReferenceEvents(data, update.macro_ids ?? []));

  if (events.length === 0) return { kind: "updated", ticket, audit: null };
  const previousUpdate = Date.parse(ticket.updated_at);
  // updated_at must move on even for two updates within one second, or safe_update could not tell them apart.
  ticket.updated_at = formatZendeskTime(Math.max(ctx.at, previousUpdate + 1000));
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
