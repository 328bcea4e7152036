import { editorField, type Editor } from "./editor";
import type { AccountSnapshot, TicketSnapshot } from "./hostData";
import type { Conversation } from "./loadComments";
import { zafComment, zafTicket, zafUser } from "./zafObjects";

/** What a ticket location's get/set/invoke runs against: one ticket tab's editor, conversation and the account. */
export interface PathContext {
  editor: Editor;
  snapshot: TicketSnapshot;
  /** Null when not read: `ticket.comments` needs it read first (see `needsConversation`). */
  conversation: Conversation | null;
  account: AccountSnapshot;
}

export interface ZafError {
  name: string;
  message: string;
}

export type PathResult = { ok: true; value: unknown } | { ok: false; error: ZafError };

/** The error ZAF gives for a path no API answers. */
export function unknownPath(path: string): PathResult {
  return { ok: false, error: { name: "APIUnavailable", message: `"${path}" Could not find handler for: "${path}"` } };
}

const CUSTOM_FIELD = /^ticket\.customField:custom_field_(\d+)$/;
const TICKET_FIELD = /^ticketFields:custom_field_(\d+)(?:\.(options|label|name|type|isRequired|isVisible|isEnabled))?$/;

/** Whether resolving `path` reads the ticket's conversation (`ticket`, `ticket.comments…`). */
export function needsConversation(path: string): boolean {
  return path === "ticket" || path === "ticket.comments" || path.startsWith("ticket.comments.");
}

/** The conversation as `ticket.comments` gives it: Comment objects, newest first. */
function zafComments(conversation: Conversation) {
  return conversation.comments.map((c) => zafComment(c, conversation.authors));
}

/** Walks `a.b.c` into an object tree; an unknown segment is an unknown path. */
function walk(rootsByName: Record<string, unknown>, path: string): PathResult {
  const [root, ...rest] = path.split(".");
  let value: unknown = rootsByName[root ?? ""];
  if (value === undefined) return unknownPath(path);
  for (const key of rest) {
    if (value === null || typeof value !== "object" || !(key in value)) return unknownPath(path);
    value = (value as Record<string, unknown>)[key];
  }
  return { ok: true, value };
}

/** The Core API's properties every location has (developer.zendesk.com, "Core Apps API": currentAccount, currentUser). */
export function getCorePath(account: AccountSnapshot, path: string): PathResult {
  return walk(
    {
      currentUser: zafUser(account.me, account.myGroups),
      currentAccount: { subdomain: account.subdomain, planName: "enterprise", timeZone: { name: "La Paz", ianaName: "America/La_Paz" } },
    },
    path,
  );
}

function ticketFieldObject(ctx: PathContext, id: number) {
  const field = ctx.account.fields.find((f) => f.id === id);
  if (!field) return null;
  const options = (field.custom_field_options ?? []).map((o) => ({ label: o.name, value: o.value }));
  // System fields (not removable) are named by their type, custom ones custom_field_<id>, as Zendesk's ticketFields list does.
  return { name: field.removable ? `custom_field_${id}` : field.type, label: field.title, type: field.type, isRequired: field.required, isVisible: true, isEnabled: true, options };
}

/**
 * Resolves a ZAF get path of the ticket sidebar (developer.zendesk.com, "Ticket sidebar" / "Ticket object")
 * against the editor (saved ticket + draft): `ticket.status`, `ticket.comments`, `ticket.requester.name`,
 * `ticket.customField:custom_field_<id>`, `ticketFields`, `ticketFields:custom_field_<id>.options`,
 * `comment.text`, and the Core API's `currentUser`… Unknown paths are errors.
 */
export function getPath(ctx: PathContext, path: string): PathResult {
  const custom = CUSTOM_FIELD.exec(path);
  if (custom) {
    const id = Number(custom[1]);
    if (!ctx.account.fields.some((f) => f.id === id)) return unknownPath(path);
    return { ok: true, value: editorField(ctx.editor, id) ?? null };
  }
  const fieldPath = TICKET_FIELD.exec(path);
  if (fieldPath) {
    const field = ticketFieldObject(ctx, Number(fieldPath[1]));
    if (!field) return unknownPath(path);
    return { ok: true, value: fieldPath[2] ? field[fieldPath[2] as keyof typeof field] : field };
  }
  const { account, editor } = ctx;
  const core = getCorePath(account, path);
  if (core.ok) return core;
  return walk(
    {
      ticket: { ...zafTicket(editor, ctx.snapshot, account), ...(ctx.conversation ? { comments: zafComments(ctx.conversation) } : {}) },
      comment: { text: editor.commentText, type: editor.commentType, attachments: [], useRichText: true },
      ticketFields: account.fields.map((f) => ticketFieldObject(ctx, f.id)),
    },
    path,
  );
}
