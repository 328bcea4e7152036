import type { Step } from "../flows/schema";
import { renderTemplate, type TemplateValues, valueOf } from "./renderTemplate";

/** `doubtful`: mandatory items whose value does not fit its format, for the agent to check before pasting. */
export type ComposedEscalation = { system: string; text: string; missing: string[]; doubtful: string[] };

/**
 * The text an agent pastes into SysHelp / NINTEX / SIAC Único: the route, then the description from
 * the step's template. `missing` lists mandatory items still without a value (or, for evidence, not
 * ticked in `done`) and placeholders still empty.
 */
export function composeEscalation(step: Step, values: TemplateValues, done: ReadonlySet<string> = new Set(), doubtful: ReadonlySet<string> = new Set()): ComposedEscalation | undefined {
  const escalation = step.escalation;
  if (!escalation) return undefined;
  const body = renderTemplate(escalation.template, values);
  const route = escalation.route.map((r) => `${r.name}: ${r.value}`);
  const typed = new Set((step.checklist ?? []).filter((i) => i.value).map((i) => i.id));
  const unchecked = escalation.requires.filter((id) => (typed.has(id) ? !valueOf(values, id) : !done.has(id)));
  return {
    system: escalation.system,
    text: [...route, "", body.text].join("\n").trim(),
    missing: [...new Set([...unchecked, ...body.missing])],
    doubtful: escalation.requires.filter((id) => doubtful.has(id)),
  };
}
