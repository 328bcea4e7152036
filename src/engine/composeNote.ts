import type { Flow, Step } from "../flows/schema";
import { renderTemplate, type TemplateValues, valueOf } from "./renderTemplate";

/** The first line of every note Ruta writes, so agents and the restore logic recognise them. */
export const NOTE_HEADER = "[Ruta]";

export type ComposedNote = { text: string; missing: string[] };

/**
 * The internal note for a step: its header, the step's own template (if any) filled from the ticket,
 * then the checklist with what is done, the typed values and what is still pending.
 */
export function composeNote(flow: Flow, step: Step, values: TemplateValues, done: ReadonlySet<string>, labels: { pending: string }): ComposedNote {
  const template = step.note ? renderTemplate(step.note, values) : { text: "", missing: [] };
  const items = (step.checklist ?? []).map((item) => {
    const value = item.value ? valueOf(values, item.id) : undefined;
    const mark = done.has(item.id) ? "✔" : "☐";
    return `${mark} ${item.label}${value ? `: ${value}` : ""}${done.has(item.id) || !item.required ? "" : ` (${labels.pending})`}`;
  });
  const lines = [`${NOTE_HEADER} ${flow.title} · ${step.title}${step.ref ? ` (${step.ref})` : ""}`, template.text, items.join("\n")];
  return { text: lines.filter(Boolean).join("\n\n"), missing: template.missing };
}
