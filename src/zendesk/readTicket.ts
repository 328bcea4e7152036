import * as z from "zod/mini";
import { TAG_PREFIX } from "../engine/progressTags";
import type { Attachment, Message, TicketSnapshot } from "../engine/snapshot";
import { TicketStatus } from "../flows/schema/primitives";
import type { FieldKey } from "./fieldTitles";
import { type FieldMap, type KeyedField, shownValue } from "./mapTicketFields";
import { orderStateForTag } from "./orderStateField";
import { ZAF } from "./paths";
import { readNewestComments } from "./readNewestComments";
import { readHistory, type TicketHistory } from "./readHistory";
import { BASE_PATHS, failed, type Got, type ReadDeps, readZafTicket } from "./readZafTicket";
import { type ApiComment, type ApiTicketField, ZafBrand, ZafComment, ZafRequester, ZafVia } from "./schemas";
import { textOfHtml } from "./textOfHtml";

export type { ReadDeps } from "./readZafTicket";

/** The ticket as the engine sees it, plus what the port needs to write it back (`orderStateField` comes with the read). */
/** The ticket as the sidebar reads it; `fields` are the account's fields for the values the flows name by key. */
export type TicketRead = TicketSnapshot & { updatedAt: string; requesterId: number; orderStateField?: ApiTicketField; fields?: FieldMap["byKey"] };

const EditorValues = z.object({
  id: z.number(),
  subject: z.nullish(z.string()),
  status: TicketStatus,
  tags: z.array(z.string()),
  brand: ZafBrand,
  via: z.nullish(ZafVia),
  requester: ZafRequester,
  formId: z.nullish(z.number()),
  updatedAt: z.nullish(z.string()),
});

function attachmentsOf(c: ZafComment): Attachment[] {
  return [...(c.imageAttachments ?? []), ...(c.nonImageAttachments ?? [])].map((a) => ({ name: a.filename, contentType: a.contentType ?? "" }));
}

/** Comments in time order (ids grow with time). Visibility and time are filled from the audits where ZAF leaves them out. */
function messagesOf(got: Got, requesterId: number): Message[] | undefined {
  if (failed(got, ZAF.ticket.comments)) return undefined;
  const parsed = z.array(ZafComment).safeParse(got[ZAF.ticket.comments]);
  if (!parsed.success) return undefined;
  return [...parsed.data]
    .sort((a, b) => a.id - b.id)
    .map((c) => {
      const at = c.createdAt ? Date.parse(c.createdAt) : Number.NaN;
      const attachments = attachmentsOf(c);
      // An end user's comment is public; an agent's visibility is read from its audit.
      return { id: c.id, author: c.author.id === requesterId ? "requester" : "agent", body: textOfHtml(c.value ?? ""), public: c.author.id === requesterId, at: Number.isNaN(at) ? 0 : at, ...(attachments.length ? { attachments } : {}) };
    });
}

function messageOfApi(c: ApiComment, requesterId: number): Message {
  const attachments = (c.attachments ?? []).map((a) => ({ name: a.file_name, contentType: a.content_type ?? "" }));
  return { id: c.id, author: c.author_id === requesterId ? "requester" : "agent", body: c.body, public: c.public, at: Date.parse(c.created_at), ...(attachments.length ? { attachments } : {}) };
}

/** Audits are read only when something on the ticket may have placed it: a Ruta tag or an agent's comment. */
const needsHistory = (tags: readonly string[], messages: readonly Message[]) => tags.some((t) => t.startsWith(TAG_PREFIX)) || messages.some((m) => m.author === "agent");

function withHistory(messages: Message[], history: TicketHistory | undefined): Message[] {
  if (!history) return messages;
  const byComment = new Map(history.audits.flatMap((a) => a.comments.map(([id, isPublic]) => [id, { at: a.at, isPublic }] as const)));
  return messages.map((m) => {
    const known = m.id === undefined ? undefined : byComment.get(m.id);
    return known ? { ...m, public: known.isPublic, at: m.at || known.at } : m;
  });
}

/**
 * ZAF's `ticket.comments` may not reach a very long ticket's newest comments (the docs give no bound):
 * when the audits name a comment the list lacks, the newest page is read through REST and merged in,
 * so the sidebar is never blind to the newest comment.
 */
async function withNewest(deps: ReadDeps, ticketId: number, requesterId: number, messages: Message[], history: TicketHistory): Promise<Message[]> {
  const known = new Set(messages.map((m) => m.id));
  const audited = history.audits.flatMap((a) => a.comments.map(([id]) => id));
  if (audited.every((id) => known.has(id))) return messages;
  const newest = (await readNewestComments(deps.rest, ticketId)).map((c) => messageOfApi(c, requesterId)).filter((m) => !known.has(m.id));
  return [...messages, ...newest].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

function fieldValuesOf(got: Got, map: FieldMap): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, field] of Object.entries(map.byKey) as [FieldKey, KeyedField][]) {
    const value = shownValue(field, got[ZAF.ticket.customField(field.id)]);
    if (value) values[key] = value;
  }
  return values;
}

/**
 * The current ticket: the editor's values, its conversation, requester, brand and fields in one ZAF
 * call; audits through REST (newest first, one page, kept per `updated_at`) only when a tag or an agent's
 * comment may have placed it. Given `previous` (same ticket, nothing saved since), its history is reused.
 * `extra` paths ride along in the same call and come back in `got`.
 */
export async function readTicketWith(deps: ReadDeps, extra: readonly string[], previous?: TicketRead): Promise<{ ticket: TicketRead; got: Got }> {
  const { got, map } = await readZafTicket(deps, extra);
  const editor = EditorValues.parse(Object.fromEntries(["id", "subject", "status", "tags", "brand", "via", "requester", "formId", "updatedAt"].map((k, i) => [k, got[BASE_PATHS[i]!]])));
  const updatedAt = editor.updatedAt ?? "";
  const reuse = previous && previous.id === editor.id && previous.requesterId === editor.requester.id && previous.updatedAt === updatedAt;
  let messages = reuse ? previous.messages : messagesOf(got, editor.requester.id);
  messages ??= (await readNewestComments(deps.rest, editor.id)).map((c) => messageOfApi(c, editor.requester.id)).reverse();
  const history = !reuse && needsHistory(editor.tags, messages) ? await readHistory(deps.rest, deps.cache, deps.scope, editor.id, updatedAt) : undefined;
  if (history && !reuse) messages = await withNewest(deps, editor.id, editor.requester.id, messages, history);
  const orderState = orderStateForTag(map.orderState, map.orderState ? got[ZAF.ticket.customField(map.orderState.id)] : undefined);
  const phone = editor.requester.identities?.find((i) => i.type === "phone_number" && typeof i.value === "string")?.value as string | undefined;
  const fieldValues = fieldValuesOf(got, map);
  const ticket: TicketRead = {
    id: editor.id,
    subject: editor.subject ?? "",
    status: editor.status,
    tags: editor.tags,
    channel: editor.via?.source?.rel === "whatsapp" ? "whatsapp" : (editor.via?.channel ?? ""),
    brand: { id: editor.brand.id, name: editor.brand.name, subdomain: editor.brand.subdomain ?? "" },
    ...(editor.formId ? { formId: editor.formId } : {}),
    ...(orderState ? { orderState } : {}),
    requester: { name: editor.requester.name, ...(editor.requester.email ? { email: editor.requester.email } : {}), ...(phone ? { phone } : {}) },
    ...(Object.keys(fieldValues).length ? { fieldValues } : {}),
    messages: reuse ? messages : withHistory(messages, history),
    events: reuse ? previous.events : (history?.audits.flatMap((a) => a.events) ?? []),
    updatedAt,
    requesterId: editor.requester.id,
    ...(map.orderState ? { orderStateField: map.orderState } : {}),
    ...(Object.keys(map.byKey).length ? { fields: map.byKey } : {}),
  };
  return { ticket, got };
}

/** The current ticket (see readTicketWith). */
export async function readTicket(deps: ReadDeps, previous?: TicketRead): Promise<TicketRead> {
  return (await readTicketWith(deps, [], previous)).ticket;
}
