import type { Macro } from "../zendesk/model";
import { TICKET_STATUSES } from "../zendesk/model";
import { appendComment, applyMacroToEditor, editorField, editorStatus, editorTags, setEditorField, setEditorTags } from "./editor";
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

/** Applies one ZAF `set` to the editor's draft, validating values as Zendesk's editor does. */
export function setPath(ctx: PathContext, path: string, value: unknown): ActionResult {
  const { editor } = ctx;
  if (path === "ticket.status") {
    if (typeof value !== "string" || !EDITOR_STATUSES.includes(value as never)) return invalid(path, `cannot be set to ${JSON.stringify(value)}`);
    const changed = value !== editorStatus(editor);
    editor.status = value;
    return { ok: true, value, events: changed ? [["ticket.status.changed", value]] : [] };
  }
  if (path === "ticket.tags") {
    if (!Array.isArray(value) || value.some((t) => typeof t !== "string")) return invalid(path, "must be an array of tags");
    setEditorTags(editor, value as string[]);
    return { ok: true, value, events: [tagsEvent(ctx)] };
  }
  if (path === "comment.text") {
    editor.commentText = String(value ?? "");
    return { ok: true, value, events: [["comment.text.changed", editor.commentText]] };
  }
  if (path === "comment.type") {
    if (value !== "publicReply" && value !== "internalNote") return invalid(path, "must be publicReply or internalNote");
    editor.commentType = value;
    return { ok: true, value, events: [["comment.type.changed", value]] };
  }
  const custom = CUSTOM_FIELD.exec(path);
  if (custom) {
    const id = Number(custom[1]);
    const field = ctx.account.fields.find((f) => f.id === id);
    if (!field) return unknownPath(path);
    const options = field.custom_field_options;
    if (options && value !== null && value !== "" && !options.some((o) => o.value === value)) {
      return invalid(path, `has no option ${JSON.stringify(value)}`);
    }
    const tagsBefore = editorTags(editor).join(" ");
    setEditorField(editor, field, id, value as string | number | boolean | null);
    return { ok: true, value, events: fieldEvents(ctx, id, tagsBefore) };
  }
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
