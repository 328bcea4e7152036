import { z } from "zod";
import type { Macro } from "../zendesk/model";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "../zendesk/model";
import { appendComment, applyMacroToEditor, editorAssignment, editorField, editorProperty, editorStatus, editorTags, setEditorField, setEditorTags, type DraftProperty } from "./editor";
import { plainFromHtml } from "../zendesk/commentBody";
import { unknownPath, type PathContext, type PathResult } from "./zafGet";

/** An event the host must fire after a change: `[name, payload]`. */
export type HostEvent = [string, unknown];
export type ActionResult = PathResult & { events?: HostEvent[] };

const CUSTOM_FIELD = /^ticket\.customField:custom_field_(\d+)$/;
const FIELD_VISIBILITY = /^ticketFields:custom_field_(\d+)\.(hide|show|enable|disable)$/;
/** Statuses an agent may pick in the editor (new and closed are not choices). */
const EDITOR_STATUSES = TICKET_STATUSES.filter((s) => s !== "closed");

function invalid(path: string, message: string): ActionResult {
  return { ok: false, error: { name: "InvalidValue", message: `"${path}" ${message}` } };
}

function tagsEvent(ctx: PathContext): HostEvent {
  return ["ticket.tags.changed", [...editorTags(ctx.editor)]];
}

function fieldEvents(ctx: PathContext, id: number, tagsBefore: string): HostEvent[] {
  const events: HostEvent[] = [[`ticket.custom_field_${id}.changed`, editorField(ctx.editor, id)]];
  if (editorTags(ctx.editor).join(" ") !== tagsBefore) events.push(tagsEvent(ctx));
  return events;
}

type Setter = (ctx: PathContext, path: string, value: unknown) => ActionResult;

function setStatus(ctx: PathContext, path: string, value: unknown): ActionResult {
  if (typeof value !== "string" || !EDITOR_STATUSES.includes(value as never)) return invalid(path, `cannot be set to ${JSON.stringify(value)}`);
  const changed = value !== editorStatus(ctx.editor);
  ctx.editor.status = value;
  return { ok: true, value, events: changed ? [["ticket.status.changed", value]] : [] };
}

/** A text property of the ticket: any string, or one of `values` (the docs list no clearing value, so none is taken). */
function propertySetter(key: DraftProperty, values?: readonly string[]): Setter {
  return (ctx, path, value) => {
    if (typeof value !== "string" || (values && !values.includes(value))) return invalid(path, `cannot be set to ${JSON.stringify(value)}`);
    const changed = value !== editorProperty(ctx.editor, key);
    ctx.editor.properties[key] = value;
    return { ok: true, value, events: changed ? [[`${path}.changed`, value]] : [] };
  };
}

/** `ticket.assignee`'s value ("Ticket sidebar", Ticket object): a group, and optionally an agent; a group alone leaves no agent. */
const AssigneeValue = z.strictObject({ groupId: z.number().int(), userId: z.number().int().optional() });

function setAssignee(ctx: PathContext, path: string, value: unknown): ActionResult {
  const parsed = AssigneeValue.safeParse(value);
  if (!parsed.success) return invalid(path, "must be { groupId, userId } (userId optional)");
  const { groupId, userId = null } = parsed.data;
  if (!ctx.account.groups.some((g) => g.id === groupId && !g.deleted)) return invalid(path, `has no group ${groupId}`);
  if (userId !== null && !ctx.account.agents.some((u) => u.id === userId)) return invalid(path, `cannot be assigned to ${userId}: not an agent of the account`);
  const before = editorAssignment(ctx.editor);
  ctx.editor.assignment = { groupId, userId };
  const events: HostEvent[] = [];
  if (groupId !== before.groupId) events.push(["ticket.assignee.group.id.changed", groupId]);
  if (userId !== before.userId) events.push(["ticket.assignee.user.id.changed", userId]);
  return { ok: true, value, events };
}

function setTags(ctx: PathContext, path: string, value: unknown): ActionResult {
  if (!Array.isArray(value) || value.some((t) => typeof t !== "string")) return invalid(path, "must be an array of tags");
  setEditorTags(ctx.editor, value as string[]);
  return { ok: true, value, events: [tagsEvent(ctx)] };
}

function setCommentText(ctx: PathContext, _path: string, value: unknown): ActionResult {
  ctx.editor.commentText = String(value ?? "");
  return { ok: true, value, events: [["comment.text.changed", ctx.editor.commentText]] };
}

function setCommentType(ctx: PathContext, path: string, value: unknown): ActionResult {
  if (value !== "publicReply" && value !== "internalNote") return invalid(path, "must be publicReply or internalNote");
  ctx.editor.commentType = value;
  return { ok: true, value, events: [["comment.type.changed", value]] };
}

function setCustomField(ctx: PathContext, path: string, id: number, value: unknown): ActionResult {
  const field = ctx.account.fields.find((f) => f.id === id);
  if (!field) return unknownPath(path);
  const options = field.custom_field_options;
  if (options && value !== null && value !== "" && !options.some((o) => o.value === value)) {
    return invalid(path, `has no option ${JSON.stringify(value)}`);
  }
  const tagsBefore = editorTags(ctx.editor).join(" ");
  setEditorField(ctx.editor, field, id, value as string | number | boolean | null);
  return { ok: true, value, events: fieldEvents(ctx, id, tagsBefore) };
}

/** The paths `set` writes ("Ticket sidebar": Ticket object, Comment object), each validating its value. */
const SETTERS = new Map<string, Setter>([
  ["ticket.status", setStatus],
  ["ticket.subject", propertySetter("subject")],
  ["ticket.priority", propertySetter("priority", TICKET_PRIORITIES)],
  ["ticket.type", propertySetter("type", TICKET_TYPES)],
  ["ticket.assignee", setAssignee],
  ["ticket.tags", setTags],
  ["comment.text", setCommentText],
  ["comment.type", setCommentType],
]);

/** Applies one ZAF `set` to the editor's draft, validating values as Zendesk's editor does. */
export function setPath(ctx: PathContext, path: string, value: unknown): ActionResult {
  const setter = SETTERS.get(path);
  if (setter) return setter(ctx, path, value);
  const custom = CUSTOM_FIELD.exec(path);
  if (custom) return setCustomField(ctx, path, Number(custom[1]), value);
  return unknownPath(path);
}

function stringArgs(args: unknown[]): string[] {
  return args.flatMap((a) => (Array.isArray(a) ? a : [a])).map(String);
}

/** Runs one ZAF `invoke` on the editor; `macro` needs the macro record, fetched by the caller. */
export function invokePath(ctx: PathContext, path: string, args: unknown[], macro?: Macro | null): ActionResult {
  const { editor } = ctx;
  switch (path) {
    case "ticket.tags.add":
      setEditorTags(editor, [...editorTags(editor), ...stringArgs(args)]);
      return { ok: true, value: null, events: [tagsEvent(ctx)] };
    case "ticket.tags.remove": {
      const removed = new Set(stringArgs(args));
      setEditorTags(editor, editorTags(editor).filter((t) => !removed.has(t)));
      return { ok: true, value: null, events: [tagsEvent(ctx)] };
    }
    case "comment.appendText":
      appendComment(editor, String(args[0] ?? ""));
      return { ok: true, value: null, events: [["comment.text.changed", editor.commentText]] };
    case "comment.appendHtml":
      appendComment(editor, plainFromHtml(String(args[0] ?? "")));
      return { ok: true, value: null, events: [["comment.text.changed", editor.commentText]] };
    case "macro": {
      if (!macro) return invalid(path, `cannot apply macro ${JSON.stringify(args[0])}: not found`);
      const tagsBefore = editorTags(editor).join(" ");
      const applied = applyMacroToEditor(editor, macro, ctx.account.fields, ctx.account.me.id);
      const events: HostEvent[] = [];
      if (applied.statusChanged) events.push(["ticket.status.changed", editorStatus(editor)]);
      for (const id of applied.fieldIds) events.push([`ticket.custom_field_${id}.changed`, editorField(editor, id)]);
      if (editorTags(editor).join(" ") !== tagsBefore) events.push(tagsEvent(ctx));
      events.push(["comment.text.changed", editor.commentText]);
      return { ok: true, value: null, events };
    }
    case "notify":
    case "popover":
      return { ok: true, value: null };
  }
  if (FIELD_VISIBILITY.test(path)) return { ok: true, value: null };
  return unknownPath(path);
}
