import type { Group, Macro, Ticket, TicketField, User } from "../zendesk/model";
import { readMacroEffects } from "../zendesk/macroEffects";
import type { AccountSnapshot, TicketSnapshot } from "./hostData";

export type CommentType = "publicReply" | "internalNote";
type FieldValue = string | number | boolean | null;

/** The ticket's text properties the draft holds, named as in REST and in ZAF (`ticket.<name>`). */
export const DRAFT_PROPERTIES = ["subject", "priority", "type"] as const;
export type DraftProperty = (typeof DRAFT_PROPERTIES)[number];

/** Whom the ticket is assigned to: a group, and one of the account's agents or nobody. */
export interface Assignment {
  groupId: number | null;
  userId: number | null;
}

/**
 * One ticket tab's editor: the saved ticket plus what the agent (or an app) changed and has not
 * submitted yet. `get`/`set`/`invoke` read and write this, the submit PUTs the draft.
 */
export interface Editor {
  saved: Ticket;
  status: string | null;
  /** Subject, priority and type as changed in the draft; a property is absent while the saved one stands. */
  properties: Partial<Record<DraftProperty, string>>;
  tags: string[] | null;
  fields: Record<number, FieldValue>;
  commentText: string;
  commentType: CommentType;
  macroIds: number[];
  /** Null while the saved assignment stands. */
  assignment: Assignment | null;
  /** Files the agent attached to the comment; the submit uploads them and sends their tokens. */
  files: File[];
}

export function createEditor(saved: Ticket): Editor {
  return { saved, status: null, properties: {}, tags: null, fields: {}, commentText: "", commentType: "publicReply", macroIds: [], assignment: null, files: [] };
}

/** Clears the draft after a successful submit. */
export function resetDraft(editor: Editor, saved: Ticket): void {
  Object.assign(editor, createEditor(saved));
}

export const editorStatus = (e: Editor): string => e.status ?? e.saved.status;
export const editorTags = (e: Editor): string[] => e.tags ?? e.saved.tags;
export const editorProperty = (e: Editor, key: DraftProperty): string | null => e.properties[key] ?? e.saved[key];
export const editorAssignment = (e: Editor): Assignment => e.assignment ?? { groupId: e.saved.group_id, userId: e.saved.assignee_id };

/** The draft's assignment as records: the group, and the agent (the saved assignee's own record while unchanged). */
export function editorAssignee(e: Editor, snapshot: TicketSnapshot, account: AccountSnapshot): { group: Group | null; user: User | null } {
  const { groupId, userId } = editorAssignment(e);
  const user = userId === e.saved.assignee_id ? snapshot.assignee : (account.agents.find((u) => u.id === userId) ?? null);
  return { group: account.groups.find((g) => g.id === groupId) ?? null, user };
}

export function editorField(e: Editor, id: number): FieldValue {
  if (id in e.fields) return e.fields[id] ?? null;
  return e.saved.custom_fields.find((f) => f.id === id)?.value ?? null;
}

export function setEditorTags(e: Editor, tags: string[]): void {
  e.tags = [...new Set(tags)];
}

/** Sets a field in the draft; a dropdown's option tag moves in the tags too, as in Zendesk's editor. */
export function setEditorField(e: Editor, field: TicketField | undefined, id: number, value: FieldValue): void {
  const previous = editorField(e, id);
  e.fields[id] = value === "" ? null : value;
  if (field?.custom_field_options) {
    const tags = editorTags(e).filter((t) => t !== previous);
    if (typeof value === "string" && value) tags.push(value);
    setEditorTags(e, tags);
  }
}

export function appendComment(e: Editor, text: string): void {
  e.commentText = e.commentText ? `${e.commentText}\n\n${text}` : text;
}

/** The fields the macro changes, so the host can fire their change events. */
export interface MacroApplied {
  statusChanged: boolean;
  tagsChanged: boolean;
  fieldIds: number[];
}

/**
 * Applies a macro to the editor as Zendesk's agent UI does: status, fields, tags, the comment text
 * appended and the public/internal mode; the macro id is kept so the submit sends `macro_ids`.
 */
export function applyMacroToEditor(e: Editor, macro: Macro, fields: TicketField[], currentUserId: number): MacroApplied {
  const effects = readMacroEffects(macro);
  const beforeStatus = editorStatus(e);
  const beforeTags = editorTags(e).join(" ");
  if (effects.status) e.status = effects.status;
  if (effects.setTags) setEditorTags(e, effects.setTags);
  if (effects.addTags.length || effects.removeTags.length) {
    setEditorTags(e, [...editorTags(e), ...effects.addTags].filter((t) => !effects.removeTags.includes(t)));
  }
  for (const cf of effects.customFields) setEditorField(e, fields.find((f) => f.id === cf.id), cf.id, cf.value);
  if (effects.comment) appendComment(e, effects.comment.text);
  if (effects.commentPublic !== undefined) e.commentType = effects.commentPublic ? "publicReply" : "internalNote";
  if (effects.assignee !== undefined) e.assignment = { ...editorAssignment(e), userId: effects.assignee === "current_user" ? currentUserId : effects.assignee };
  if (!e.macroIds.includes(macro.id)) e.macroIds.push(macro.id);
  return {
    statusChanged: editorStatus(e) !== beforeStatus,
    tagsChanged: editorTags(e).join(" ") !== beforeTags,
    fieldIds: effects.customFields.map((f) => f.id),
  };
}

/**
 * The PUT body the submit sends, only what the draft changed (subject, priority, type, assignee_id, group_id…);
 * `status` is the one chosen on the submit button, `uploads` the attached files' tokens.
 */
export function draftToUpdate(e: Editor, status?: string, uploads: string[] = []): Record<string, unknown> {
  const ticket: Record<string, unknown> = { safe_update: true, updated_stamp: e.saved.updated_at };
  const finalStatus = status ?? e.status;
  if (finalStatus && finalStatus !== e.saved.status) ticket.status = finalStatus;
  if (e.tags && e.tags.join(" ") !== e.saved.tags.join(" ")) ticket.tags = e.tags;
  const customFields = Object.entries(e.fields).map(([id, value]) => ({ id: Number(id), value }));
  if (customFields.length) ticket.custom_fields = customFields;
  for (const key of DRAFT_PROPERTIES) {
    const value = e.properties[key];
    if (value !== undefined && value !== e.saved[key]) ticket[key] = value;
  }
  const { assignment } = e;
  if (assignment && assignment.userId !== e.saved.assignee_id) ticket.assignee_id = assignment.userId;
  if (assignment && assignment.groupId !== e.saved.group_id) ticket.group_id = assignment.groupId;
  if (e.commentText.trim() || uploads.length) {
    ticket.comment = { body: e.commentText, public: e.commentType === "publicReply", ...(uploads.length ? { uploads } : {}) };
  }
  if (e.macroIds.length) ticket.macro_ids = e.macroIds;
  return ticket;
}

/** Whether anything is waiting to be submitted. */
export function isDirty(e: Editor): boolean {
  return e.files.length > 0 || Object.keys(draftToUpdate(e)).some((k) => k !== "safe_update" && k !== "updated_stamp");
}
