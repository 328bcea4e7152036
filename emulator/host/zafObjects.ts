import type { Brand, Comment, Group, User } from "../zendesk/model";
import { editorAssignee, editorProperty, editorStatus, editorTags, type Editor } from "./editor";
import type { AccountSnapshot, TicketSnapshot } from "./hostData";

/** UTC offsets of the time zones the seeded users live in (no DST in these, except Santiago/Asunción in summer: ignored). */
const OFFSETS: Record<string, number> = {
  "America/La_Paz": -240,
  "America/Asuncion": -180,
  "America/Guayaquil": -300,
  "America/Santiago": -180,
  "America/Lima": -300,
};

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** A user as ZAF's `User` object presents it. */
export function zafUser(user: User, groups?: Group[]) {
  const offset = OFFSETS[user.iana_time_zone] ?? 0;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale,
    timeZone: { name: user.time_zone, ianaName: user.iana_time_zone, offset, formattedOffset: formatOffset(offset) },
    avatarUrl: null,
    externalId: null,
    details: "",
    notes: "",
    tags: user.tags,
    organizations: [],
    identities: user.phone ? [{ type: "phone_number", value: user.phone }] : [],
    ...(groups ? { groups: groups.map(zafGroup) } : {}),
  };
}

export function zafGroup(group: Group) {
  return { id: group.id, name: group.name };
}

export function zafBrand(brand: Brand) {
  return {
    id: brand.id,
    name: brand.name,
    url: brand.brand_url,
    subdomain: brand.subdomain,
    logo: brand.logo,
    isDefault: brand.default,
    isActive: brand.active,
    hasHelpCenter: brand.has_help_center,
    helpCenterState: brand.help_center_state,
  };
}

/** The editor's ticket as ZAF's `Ticket` object: the saved ticket with the unsaved draft applied. */
export function zafTicket(editor: Editor, snapshot: TicketSnapshot, account: AccountSnapshot) {
  const t = editor.saved;
  const brand = account.brands.find((b) => b.id === t.brand_id);
  const assignee = editorAssignee(editor, snapshot, account);
  return {
    id: t.id,
    externalId: t.external_id,
    subject: editorProperty(editor, "subject"),
    description: t.description,
    status: editorStatus(editor),
    statusCategory: statusCategory(editorStatus(editor)),
    customStatus: customStatus(t.custom_status_id, editorStatus(editor)),
    priority: editorProperty(editor, "priority"),
    type: editorProperty(editor, "type"),
    tags: [...editorTags(editor)],
    isNew: false,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    recipient: t.recipient,
    via: { channel: t.via.channel, source: t.via.source },
    brand: brand ? zafBrand(brand) : null,
    requester: snapshot.requester ? zafUser(snapshot.requester) : null,
    assignee: { user: assignee.user ? zafUser(assignee.user) : undefined, group: assignee.group ? zafGroup(assignee.group) : undefined },
    collaborators: [],
    organization: null,
    form: { id: t.ticket_form_id },
    sharedWith: [],
  };
}

/** Custom ticket statuses group into these categories (developer.zendesk.com, "Custom ticket statuses"); closed tickets are solved ones. */
function statusCategory(status: string): string {
  return status === "closed" ? "solved" : status;
}

/**
 * `ticket.customStatus` as far as the emulated account models custom statuses: the ticket's
 * `custom_status_id` and the category it belongs to (derived from the status).
 */
function customStatus(id: number, status: string) {
  return { id, statusCategory: statusCategory(status) };
}

interface RestAttachment {
  content_type?: string;
  content_url?: string;
  file_name?: string;
  thumbnails?: { content_url?: string }[];
}

function zafAttachment(a: RestAttachment) {
  return { contentType: a.content_type ?? "application/octet-stream", contentUrl: a.content_url ?? "", filename: a.file_name ?? "", ...(a.thumbnails?.[0]?.content_url ? { thumbnailUrl: a.thumbnails[0].content_url } : {}) };
}

/**
 * A REST comment as ZAF's Comment object (developer.zendesk.com, "Ticket sidebar", Comment object):
 * `id`, `author` (a User object), `value` (the HTML body), `imageAttachments`, `nonImageAttachments`.
 * The documented object has no created time and no public flag, so neither is added.
 */
export function zafComment(comment: Comment, authors: User[]) {
  const author = authors.find((u) => u.id === comment.author_id);
  const attachments = (comment.attachments as RestAttachment[]).map(zafAttachment);
  return {
    id: comment.id,
    author: author ? zafUser(author) : { id: comment.author_id },
    value: comment.html_body,
    imageAttachments: attachments.filter((a) => a.contentType.startsWith("image/")),
    nonImageAttachments: attachments.filter((a) => !a.contentType.startsWith("image/")),
  };
}
