import { editorField, type Editor } from "./editor";
import type { AccountSnapshot, TicketSnapshot } from "./hostData";
import { zafTicket, zafUser } from "./zafObjects";

/** What a get/set/invoke runs against: one ticket tab's editor and the account. */
export interface PathContext {
  editor: Editor;
  snapshot: TicketSnapshot;
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

function roots(ctx: PathContext): Record<string, unknown> {
  const { account, editor } = ctx;
  return {
    ticket: zafTicket(editor, ctx.snapshot, account),
    currentUser: zafUser(account.me, account.myGroups),
    currentAccount: { subdomain: account.subdomain, planName: "enterprise", timeZone: { name: "La Paz", ianaName: "America/La_Paz" } },
    comment: { text: editor.commentText, type: editor.commentType, attachments: [], useRichText: true },
    ticketFields: account.fields.map((f) => ({ name: f.type === "tagger" || f.id > 360000000999 ? `custom_field_${f.id}` : f.type, label: f.title, type: f.type })),
  };
}

function ticketField(ctx: PathContext, id: number, attribute: string | undefined): PathResult | null {
  const field = ctx.account.fields.find((f) => f.id === id);
  if (!field) return null;
  const options = (field.custom_field_options ?? []).map((o) => ({ label: o.name, value: o.value }));
  const object = { name: `custom_field_${id}`, label: field.title, type: field.type, isRequired: field.required, isVisible: true, isEnabled: true, options };
  return { ok: true, value: attribute ? object[attribute as keyof typeof object] : object };
}

/**
 * Resolves a ZAF get path against the editor (saved ticket + draft) as Zendesk's ticket sidebar does:
 * `ticket.status`, `ticket.requester.name`, `ticket.customField:custom_field_<id>`,
 * `ticketFields:custom_field_<id>.options`, `currentUser`, `comment.text`, … Unknown paths are errors.
 */
export function getPath(ctx: PathContext, path: string): PathResult {
  const custom = CUSTOM_FIELD.exec(path);
  if (custom) {
    const id = Number(custom[1]);
    if (!ctx.account.fields.some((f) => f.id === id)) return unknownPath(path);
    return { ok: true, value: editorField(ctx.editor, id) ?? null };
  }
  const fieldPath = TICKET_FIELD.exec(path);
  if (fieldPath) return ticketField(ctx, Number(fieldPath[1]), fieldPath[2]) ?? unknownPath(path);

  const [root, ...rest] = path.split(".");
  let value: unknown = roots(ctx)[root ?? ""];
  if (value === undefined) return unknownPath(path);
  for (const key of rest) {
    if (value === null || typeof value !== "object" || !(key in value)) return unknownPath(path);
    value = (value as Record<string, unknown>)[key];
  }
  return { ok: true, value };
}
