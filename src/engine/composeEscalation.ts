import type { Step } from "../flows/schema";
import { renderTemplate, type TemplateValues, valueOf } from "./renderTemplate";

export type ComposedEscalation = { system: string; text: string; missing: string[] };

/**
 * The text an agent pastes into SysHelp / NINTEX / SIAC Único: the route, then the description from
 * the step's template. `missing` lists mandatory items (and placeholders) still without a value.
 */
export function composeEscalation(step: Step, values: TemplateValues): ComposedEscalation | undefined {
  const escalation = step.escalation;
  if (!escalation) return undefined;
  const body = renderTemplate(escalation.template, values);
  const route = escalation.route.map((r) => `${r.name}: ${r.value}`);
  const unchecked = escalation.requires.filter((id) => !valueOf(values, id));
  return {
    system: escalation.system,
    text: [...route, "", body.text].join("\n").trim(),
    missing: [...new Set([...unchecked, ...body.missing])],
  };
}
