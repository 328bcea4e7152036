import * as z from "zod/mini";
import { TAG_PREFIX } from "../engine/progressTags";
import type { Attachment, Message, TicketSnapshot } from "../engine/snapshot";
import { TicketStatus } from "../flows/schema/primitives";
import type { AccountCache } from "./accountCache";
import type { FieldKey } from "./fieldTitles";
import { type FieldMap, mapTicketFields } from "./mapTicketFields";
import { orderStateForTag } from "./orderStateField";
import { ZAF } from "./paths";
import { readNewestComments } from "./readNewestComments";
import { readHistory, type TicketHistory } from "./readHistory";
import type { Rest } from "./rest";
import { textOfHtml } from "./textOfHtml";
import { type ApiComment, type ApiTicketField, ZafBrand, ZafComment, ZafFieldOptions, ZafRequester, ZafTicketField, ZafVia } from "./schemas";
import type { ZafClient } from "./zafClient";

/** The ticket as the engine sees it, plus what the port needs to write it back (`orderStateField` comes with the read). */
export type TicketRead = TicketSnapshot & { updatedAt: string; requesterId: number; orderStateField?: ApiTicketField };

/** Where the field ids are kept: they change when an admin edits the account, not per ticket. */
export const FIELD_MAP_MAX_AGE_MS = 12 * 60 * 60_000;

/** What a read needs besides the ZAF client: the REST API for audits, the browser's cache, this installation's scope. */
export type ReadDeps = { client: ZafClient; rest: Rest; cache: AccountCache; scope: string; orderStateFieldId?: number };

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
const BASE_PATHS = [ZAF.ticket.id, ZAF.ticket.subject, ZAF.ticket.status, ZAF.ticket.tags, ZAF.ticket.brand, ZAF.ticket.via, ZAF.ticket.requester, ZAF.ticket.formId, ZAF.ticket.updatedAt];
type Got = Record<string, unknown> & { errors?: Record<string, unknown> };

/** The ZAF paths of the fields a map names: their values, and the order state's options (an admin may add one). */
function fieldPaths(map: FieldMap | undefined, orderStateFieldId?: number): string[] {
  const orderId = map?.orderState?.id ?? orderStateFieldId;
  const ids = [...new Set([...(orderId ? [orderId] : []), ...Object.values(map?.byKey ?? {})])];
  return [...ids.map(ZAF.ticket.customField), ...(orderId ? [ZAF.fieldOptions(orderId)] : [])];
}

const failed = (got: Got, path: string) => Boolean(got.errors?.[path]);

/** The field map with the order state's options as this read gave them. */
function withOptions(map: FieldMap, got: Got, orderStateFieldId?: number): FieldMap {
  const id = map.orderState?.id ?? orderStateFieldId;
  const raw = id ? got[ZAF.fieldOptions(id)] : undefined;
  const options = ZafFieldOptions.safeParse(raw);
  if (!id || !options.success) return map;
  const custom_field_options = options.data.flatMap((o) => (typeof o.value === "string" && o.value ? [{ name: o.label, value: o.value }] : []));
  return { ...map, orderState: { id, title: map.orderState?.title ?? "", type: map.orderState?.type ?? "tagger", ...map.orderState, custom_field_options } };
}

/**
 * One ZAF `get` for everything the sidebar shows, `extra` paths included (currentUser at start). The field
 * ids come from the browser's cache; on a cold cache the same call lists `ticketFields`, and a second get
 * (ZAF only, no REST) reads the values of the fields it found.
 */
async function getAll(deps: ReadDeps, extra: readonly string[]): Promise<{ got: Got; map: FieldMap }> {
  const key = `ruta:fields:${deps.scope}:${deps.orderStateFieldId ?? "by-title"}`;
  const cached = deps.cache.read<FieldMap>(key, FIELD_MAP_MAX_AGE_MS);
  const first = [...extra, ...BASE_PATHS, ZAF.ticket.comments, ...(cached ? fieldPaths(cached) : [ZAF.ticketFields, ...fieldPaths(undefined, deps.orderStateFieldId)])];
  let got: Got = await deps.client.get(first);
  let map = cached;
  if (!map) {
    const listed = z.array(ZafTicketField).safeParse(got[ZAF.ticketFields]);
    map = mapTicketFields(listed.success ? listed.data : [], deps.orderStateFieldId);
    const missing = fieldPaths(map, deps.orderStateFieldId).filter((p) => !(p in got));
    if (missing.length) got = { ...got, ...(await deps.client.get(missing)), errors: got.errors };
    deps.cache.write(key, map);
  } else if (fieldPaths(map).some((p) => failed(got, p))) {
    deps.cache.remove(key); // a field was deleted or renamed: the next read looks them up again
  }
  return { got, map: withOptions(map, got, deps.orderStateFieldId) };
}

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
  for (const [key, id] of Object.entries(map.byKey) as [FieldKey, number][]) {
    const value = got[ZAF.ticket.customField(id)];
    if (typeof value === "string" && value.trim()) values[key] = value.trim();
    else if (typeof value === "number") values[key] = String(value);
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
  const { got, map } = await getAll(deps, extra);
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
  };
  return { ticket, got };
}

/** The current ticket (see readTicketWith). */
export async function readTicket(deps: ReadDeps, previous?: TicketRead): Promise<TicketRead> {
  return (await readTicketWith(deps, [], previous)).ticket;
}
