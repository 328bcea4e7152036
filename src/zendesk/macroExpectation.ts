import type { MacroExpectation } from "../engine/macroLanded";
import type { ApiMacro } from "./schemas";

/** A macro action as the Macros API lists it (developer.zendesk.com "Macros": `actions[] {field, value}`). */
type MacroAction = { field: string; value: unknown };

const tagsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : String(value ?? "").split(/\s+/)).filter(Boolean);

/**
 * What a macro's actions say it does in the editor, in the engine's terms; undefined when the record
 * carries no actions (then any change in the editor counts as the macro landing).
 */
export function macroExpectation(macro: ApiMacro): MacroExpectation | undefined {
  const actions = (macro as ApiMacro & { actions?: MacroAction[] }).actions;
  if (!Array.isArray(actions)) return undefined;
  const fields: Record<string, unknown> = {};
  const expectation: { comment: boolean; fields: Record<string, unknown>; addTags: string[]; removeTags: string[] } = { comment: false, fields, addTags: [], removeTags: [] };
  let status: string | undefined;
  for (const { field, value } of actions) {
    const custom = /^custom_fields_(\d+)$/.exec(field);
    if (custom) fields[custom[1]!] = value;
    else if (field === "status") status = String(value);
    else if (field === "comment_value" || field === "comment_value_html") expectation.comment = true;
    else if (field === "current_tags" || field === "set_tags") expectation.addTags.push(...tagsOf(value));
    else if (field === "remove_tags") expectation.removeTags.push(...tagsOf(value));
  }
  return status ? { ...expectation, status } : expectation;
}
