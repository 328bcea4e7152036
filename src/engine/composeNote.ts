import type { Flow, Step } from "../flows/schema";
import { renderTemplate, type TemplateValues, valueOf } from "./renderTemplate";
import type { Message } from "./snapshot";

/** The first line of every note Ruta writes, so agents and the restore logic recognise them. */
export const NOTE_HEADER = "[Ruta]";

export type ComposedNote = { text: string; missing: string[] };

/** What may follow a note's header on its first line: nothing, or the adapter's write marker (src/zendesk/noteMarker.ts). */
const MARKED_TAIL = /^(?: \[ref:[0-9a-z]{7}\])?$/;

const headerOf = (flow: Flow, step: Step) => `${NOTE_HEADER} ${flow.title} · ${step.title}${step.ref ? ` (${step.ref})` : ""}`;

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
  const lines = [headerOf(flow, step), template.text, items.join("\n")];
  return { text: lines.filter(Boolean).join("\n\n"), missing: template.missing };
}

/**
 * The items the latest Ruta note of `step` on the ticket records as done (its ✔ lines, read back as
 * composeNote() writes them), or undefined when the ticket has no such note. The adapter's marker may
 * follow the header on the first line.
 */
export function recordedItems(flow: Flow, step: Step, messages: readonly Message[]): Set<string> | undefined {
  const header = headerOf(flow, step);
  const isOwn = (m: Message) => {
    const first = m.body.split("\n", 1)[0]!.trimEnd();
    return !m.public && first.startsWith(header) && MARKED_TAIL.test(first.slice(header.length));
  };
  const note = messages.filter(isOwn).sort((a, b) => a.at - b.at).at(-1);
  if (!note) return undefined;
  const lines = new Set(note.body.split("\n").map((l) => l.trim()));
  const isDone = (label: string) => lines.has(`✔ ${label}`) || [...lines].some((l) => l.startsWith(`✔ ${label}: `));
  return new Set((step.checklist ?? []).filter((i) => isDone(i.label)).map((i) => i.id));
}
