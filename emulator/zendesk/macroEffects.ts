import type { Macro, MacroAction } from "./model";
import { toTags } from "./ticketInput";

/** What applying a macro does to a ticket being edited, as data: the host's editor and the apply preview both use it. */
export interface MacroEffects {
  status?: string;
  priority?: string;
  type?: string;
  groupId?: number;
  assignee?: "current_user" | number;
  subject?: string;
  setTags?: string[];
  addTags: string[];
  removeTags: string[];
  customFields: { id: number; value: string | number | boolean | null }[];
  comment?: { text: string; html: boolean };
  commentPublic?: boolean;
}

function commentText(value: MacroAction["value"]): string {
  // comment_value is either the text or ["channel:all", text].
  if (Array.isArray(value)) return String(value[value.length - 1] ?? "");
  return String(value ?? "");
}

/** Reads a macro's `actions` into effects; unknown action fields are ignored as Zendesk ignores them in the editor. */
export function readMacroEffects(macro: Macro): MacroEffects {
  const effects: MacroEffects = { addTags: [], removeTags: [], customFields: [] };
  for (const action of macro.actions) {
    const { field, value } = action;
    const custom = /^custom_fields_(\d+)$/.exec(field);
    if (custom) effects.customFields.push({ id: Number(custom[1]), value: Array.isArray(value) ? value.join(" ") : value });
    else if (field === "status") effects.status = String(value);
    else if (field === "priority") effects.priority = String(value);
    else if (field === "type") effects.type = String(value);
    else if (field === "group_id") effects.groupId = Number(value);
    else if (field === "assignee_id") effects.assignee = value === "current_user" ? "current_user" : Number(value);
    else if (field === "subject") effects.subject = String(value);
    else if (field === "set_tags") effects.setTags = toTags(value as string | string[]);
    else if (field === "current_tags") effects.addTags.push(...toTags(value as string | string[]));
    else if (field === "remove_tags") effects.removeTags.push(...toTags(value as string | string[]));
    else if (field === "comment_value") effects.comment = { text: commentText(value), html: false };
    else if (field === "comment_value_html") effects.comment = { text: commentText(value), html: true };
    else if (field === "comment_mode_is_public") effects.commentPublic = value === true || value === "true";
  }
  return effects;
}
