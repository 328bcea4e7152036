import type { StepStatus, TicketStatus } from "../flows/schema";
import { normalizeName } from "./normalizeName";
import type { WriteSet } from "./suggestWrites";

export type Change =
  | { kind: "macro"; to: string }
  | { kind: "status"; from: TicketStatus; to: StepStatus }
  | { kind: "orderState"; from?: string; to: string }
  | { kind: "tagAdd"; tag: string }
  | { kind: "tagRemove"; tag: string };

export type EditorState = { status: TicketStatus; orderState?: string; tags: string[]; appliedMacros: string[] };

/**
 * What applying `writes` would change in the editor, for the preview and for the apply itself:
 * values already in place and macros already applied are left out, so nothing is applied twice.
 */
export function diffWrites(writes: WriteSet, editor: EditorState): Change[] {
  const changes: Change[] = [];
  const applied = new Set(editor.appliedMacros.map(normalizeName));
  if (writes.macro && !applied.has(normalizeName(writes.macro))) changes.push({ kind: "macro", to: writes.macro });
  if (writes.status && writes.status !== editor.status) changes.push({ kind: "status", from: editor.status, to: writes.status });
  if (writes.orderState && normalizeName(writes.orderState) !== normalizeName(editor.orderState ?? "")) {
    changes.push({ kind: "orderState", ...(editor.orderState ? { from: editor.orderState } : {}), to: writes.orderState });
  }
  for (const tag of writes.tags.add) if (!editor.tags.includes(tag)) changes.push({ kind: "tagAdd", tag });
  for (const tag of writes.tags.remove) if (editor.tags.includes(tag)) changes.push({ kind: "tagRemove", tag });
  return changes;
}
