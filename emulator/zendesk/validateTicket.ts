import type { Ticket, TicketStatus, ZendeskData } from "./model";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "./model";
import type { TicketCreate, TicketUpdate } from "./ticketInput";

/** Zendesk's RecordInvalid `details`: field → [{description, error}]. */
export type InvalidDetails = Record<string, { description: string; error: string }[]>;

export const invalidDetails = (field: string, description: string, error = "InvalidValue"): InvalidDetails => ({ [field]: [{ description, error }] });

/** What the ticket's status and custom status become, or why they cannot. */
export type StatusChange = { status: TicketStatus; customStatusId: number } | { invalid: InvalidDetails };

/**
 * Works out status ↔ custom_status_id as Zendesk keeps them in step (docs "Custom Ticket Statuses"): a
 * custom status sets the status to its category, a status alone takes its category's default custom
 * status. Both given and disagreeing is refused (the docs are silent; stricter reading).
 */
export function resolveStatus(data: ZendeskData, current: Ticket | null, input: { status?: string | undefined; custom_status_id?: number | undefined }): StatusChange {
  const { status, custom_status_id: customId } = input;
  if (status !== undefined && !TICKET_STATUSES.includes(status as TicketStatus)) return { invalid: invalidDetails("status", `Status: ${status} is not a valid status`) };
  if (status === "closed") return { invalid: invalidDetails("status", "Status: closed can only be set by an automation") };
  let next = (status ?? current?.status ?? "new") as TicketStatus;
  let nextCustom: number;
  if (customId !== undefined) {
    const custom = data.customStatuses.find((s) => s.id === customId);
    if (!custom || !custom.active) return { invalid: invalidDetails("custom_status_id", `Custom status: ${customId} is not an active custom ticket status`) };
    if (status !== undefined && status !== custom.status_category) {
      return { invalid: invalidDetails("custom_status_id", `Custom status: ${custom.agent_label} belongs to ${custom.status_category}, not ${status}`) };
    }
    next = custom.status_category;
    nextCustom = custom.id;
  } else if (current && next === current.status) {
    nextCustom = current.custom_status_id;
  } else {
    const fallback = data.customStatuses.find((s) => s.status_category === next && s.default);
    if (!fallback) return { invalid: invalidDetails("status", `Status: ${next} has no default custom status`) };
    nextCustom = fallback.id;
  }
  if (current && next === "new" && current.status !== "new") return { invalid: invalidDetails("status", "Status: cannot be set back to New") };
  return { status: next, customStatusId: nextCustom };
}

type Check = (data: ZendeskData, input: TicketUpdate | TicketCreate) => InvalidDetails | null;

const isAgent = (data: ZendeskData, id: number) => data.users.some((u) => u.id === id && u.role !== "end-user");

/** One check per modelled property, each answering Zendesk's RecordInvalid details for a bad value. */
const CHECKS: Check[] = [
  (_d, i) => (i.priority != null && !(TICKET_PRIORITIES as readonly string[]).includes(i.priority) ? invalidDetails("priority", `Priority: ${i.priority} is not a valid priority`) : null),
  (_d, i) => (i.type != null && !(TICKET_TYPES as readonly string[]).includes(i.type) ? invalidDetails("type", `Type: ${i.type} is not a valid type`) : null),
  (d, i) => (i.requester_id !== undefined && !d.users.some((u) => u.id === i.requester_id) ? invalidDetails("requester_id", "Requester: is invalid") : null),
  (d, i) => ("submitter_id" in i && i.submitter_id !== undefined && !d.users.some((u) => u.id === i.submitter_id) ? invalidDetails("submitter_id", "Submitter: is invalid") : null),
  (d, i) => (i.assignee_id != null && !isAgent(d, i.assignee_id) ? invalidDetails("assignee_id", "Assignee: is not an agent of the account") : null),
  (d, i) => (i.group_id != null && !d.groups.some((g) => g.id === i.group_id && !g.deleted) ? invalidDetails("group_id", "Group: is invalid") : null),
  (d, i) => (i.comment?.author_id !== undefined && !d.users.some((u) => u.id === i.comment?.author_id) ? invalidDetails("comment", "Author: is invalid") : null),
  (d, i) => {
    const unknown = (i.comment?.uploads ?? []).find((token) => !d.uploads.some((u) => u.token === token && !u.used));
    // Docs silent on an unknown or spent token; stricter reading: refused instead of posting the comment without its file.
    return unknown !== undefined ? invalidDetails("uploads", `Uploads: ${unknown} is not a valid upload token`) : null;
  },
  (d, i) => {
    for (const cf of i.custom_fields ?? []) {
      const field = d.ticketFields.find((f) => f.id === cf.id);
      const options = field?.custom_field_options;
      if (field && options && cf.value !== null && cf.value !== "" && !options.some((o) => o.value === cf.value)) {
        return invalidDetails(String(cf.id), `${field.title}: ${String(cf.value)} is not a valid option`);
      }
    }
    return null;
  },
];

/** The first RecordInvalid details for a ticket create or update, or null when every modelled property is valid. */
export function validateTicketInput(data: ZendeskData, input: TicketUpdate | TicketCreate): InvalidDetails | null {
  for (const check of CHECKS) {
    const details = check(data, input);
    if (details) return details;
  }
  return null;
}
