/** What the sidebar reads back from the editor around an Apply. */
export type EditorView = {
  comment: string;
  status: string;
  tags: readonly string[];
  /** Custom field values by field id, for the fields the macro sets. */
  fields: Readonly<Record<string, unknown>>;
};

/** What a macro's actions say it does in the editor; undefined when the account did not say. */
export type MacroExpectation = {
  comment: boolean;
  status?: string;
  fields: Readonly<Record<string, unknown>>;
  addTags: readonly string[];
  removeTags: readonly string[];
};

/**
 * Whether the macro is in the editor: "landed"; "unchanged" when the editor reads as before and the
 * macro's effects are not there (a time-out, a host that dropped it); "partly" when some are missing.
 */
export type MacroLanding = "landed" | "unchanged" | "partly";

const sameValue = (a: unknown, b: unknown) => String(a ?? "") === String(b ?? "");

function changed(before: EditorView, after: EditorView): boolean {
  const fields = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)]);
  return (
    before.comment.trim() !== after.comment.trim() ||
    before.status !== after.status ||
    before.tags.length !== after.tags.length ||
    before.tags.some((t) => !after.tags.includes(t)) ||
    [...fields].some((id) => !sameValue(before.fields[id], after.fields[id]))
  );
}

/**
 * Decides from the editor read before and after an Apply whether its macro reached the editor. The
 * ZAF call alone cannot say: the SDK resolves a call the host never answered after its time-out.
 * With the macro's actions known, each must show in the editor (a comment: the editor's text changed);
 * effects already in place count. Without them, any change in the editor counts.
 */
export function macroLanded(before: EditorView, after: EditorView, expected?: MacroExpectation): MacroLanding {
  if (!expected) return changed(before, after) ? "landed" : "unchanged";
  const checks = [
    ...(expected.comment ? [after.comment.trim() !== before.comment.trim() && after.comment.trim() !== ""] : []),
    ...(expected.status ? [after.status === expected.status] : []),
    ...Object.entries(expected.fields).map(([id, value]) => sameValue(after.fields[id], value)),
    ...expected.addTags.map((t) => after.tags.includes(t)),
    ...expected.removeTags.map((t) => !after.tags.includes(t)),
  ];
  if (checks.every(Boolean)) return "landed";
  return changed(before, after) ? "partly" : "unchanged";
}
