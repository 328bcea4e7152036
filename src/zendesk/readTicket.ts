import * as z from "zod/mini";
import { TicketStatus } from "../flows/schema";
import type { TicketEvent, TicketSnapshot } from "../engine/snapshot";
import type { Account } from "./loadAccount";
import { orderStateForTag } from "./orderStateField";
import { API, ZAF } from "./paths";
import type { Rest } from "./rest";
import { type ApiAudit, AuditsPage, CommentsPage, UserEnvelope, ZafBrand, ZafRequester, ZafVia } from "./schemas";
import type { ZafClient } from "./zafClient";

export type TicketRead = TicketSnapshot & { updatedAt: string; requesterId: number };

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
  orderStateTag: z.nullish(z.unknown()),
});

function eventsOf(audits: ApiAudit[], account: Account): TicketEvent[] {
  return audits.flatMap((audit) => {
    const at = Date.parse(audit.created_at);
    return audit.events.flatMap((e): TicketEvent[] => {
      if (e.type === "AgentMacroReference") {
        const id = (e as { macro_id?: number }).macro_id;
        const title = e.macro_title ?? account.macros.find((m) => m.id === id)?.title;
        return title ? [{ kind: "macro", title, at }] : [];
      }
      if ((e.type === "Change" || e.type === "Create") && e.field_name === "tags") {
        const now = Array.isArray(e.value) ? e.value.map(String) : [];
        const before = Array.isArray(e.previous_value) ? e.previous_value.map(String) : [];
        return [{ kind: "tags", added: now.filter((t) => !before.includes(t)), removed: before.filter((t) => !now.includes(t)), at }];
      }
      return [];
    });
  });
}

type EditorPart = Omit<TicketRead, "requester" | "messages" | "events">;
type HistoryPart = Pick<TicketRead, "requester" | "messages" | "events">;

/** The editor's values through ZAF, unsaved changes included. */
async function readEditor(client: ZafClient, account: Account): Promise<EditorPart> {
  const fieldId = account.orderStateField?.id;
  const paths = [ZAF.ticket.id, ZAF.ticket.subject, ZAF.ticket.status, ZAF.ticket.tags, ZAF.ticket.brand, ZAF.ticket.via, ZAF.ticket.requester, ZAF.ticket.formId, ZAF.ticket.updatedAt];
  const got = await client.get(fieldId ? [...paths, ZAF.ticket.customField(fieldId)] : paths);
  const editor = EditorValues.parse({
    id: got[ZAF.ticket.id],
    subject: got[ZAF.ticket.subject],
    status: got[ZAF.ticket.status],
    tags: got[ZAF.ticket.tags],
    brand: got[ZAF.ticket.brand],
    via: got[ZAF.ticket.via],
    requester: got[ZAF.ticket.requester],
    formId: got[ZAF.ticket.formId],
    updatedAt: got[ZAF.ticket.updatedAt],
    orderStateTag: fieldId ? got[ZAF.ticket.customField(fieldId)] : undefined,
  });
  const orderState = orderStateForTag(account.orderStateField, editor.orderStateTag);
  return {
    id: editor.id,
    subject: editor.subject ?? "",
    status: editor.status,
    tags: editor.tags,
    channel: editor.via?.source?.rel === "whatsapp" ? "whatsapp" : (editor.via?.channel ?? ""),
    brand: { id: editor.brand.id, name: editor.brand.name, subdomain: editor.brand.subdomain ?? "" },
    ...(editor.formId ? { formId: editor.formId } : {}),
    ...(orderState ? { orderState } : {}),
    updatedAt: editor.updatedAt ?? "",
    requesterId: editor.requester.id,
  };
}

/** The conversation, the audits and the requester through the REST API, read in parallel. */
async function readHistory(rest: Rest, account: Account, ticketId: number, requesterId: number): Promise<HistoryPart> {
  const [comments, audits, requester] = await Promise.all([
    rest.all(API.comments(ticketId), CommentsPage, (p) => p.comments),
    rest.all(API.audits(ticketId), AuditsPage, (p) => p.audits),
    rest.send({ url: API.user(requesterId), type: "GET" }, UserEnvelope),
  ]);
  return {
    requester: {
      name: requester.user.name,
      ...(requester.user.email ? { email: requester.user.email } : {}),
      ...(requester.user.phone ? { phone: requester.user.phone } : {}),
    },
    messages: comments.map((c) => ({ author: c.author_id === requesterId ? "requester" : "agent", body: c.body, public: c.public, at: Date.parse(c.created_at) })),
    events: eventsOf(audits, account),
  };
}

/**
 * The current ticket as the engine sees it: the editor's values through ZAF and its history through
 * the REST API. Given `previous` (the same ticket and requester, nothing saved since), only the editor
 * is read again: a status picked in the editor must not cost three API calls against the rate limit.
 */
export async function readTicket(client: ZafClient, rest: Rest, account: Account, previous?: TicketRead): Promise<TicketRead> {
  const editor = await readEditor(client, account);
  const reuse = previous && previous.id === editor.id && previous.requesterId === editor.requesterId && previous.updatedAt === editor.updatedAt;
  const history = reuse ? { requester: previous.requester, messages: previous.messages, events: previous.events } : await readHistory(rest, account, editor.id, editor.requesterId);
  return { ...editor, ...history };
}
