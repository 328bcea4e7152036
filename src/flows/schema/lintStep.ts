import { patternProblem } from "./patternProblem";
import { placeholdersOf, TICKET_PLACEHOLDERS, withoutPlaceholders } from "./primitives";
import type { Step } from "./step";

export type LintIssue = { path: (string | number)[]; message: string };

/** The step's templates Ruta fills (note, escalation), with their paths inside the step. */
function templatesOf(step: Step): { text: string; path: (string | number)[] }[] {
  return [
    ...(step.note ? [{ text: step.note, path: ["note"] }] : []),
    ...(step.escalation ? [{ text: step.escalation.template, path: ["escalation", "template"] }] : []),
  ];
}

/** Issues for every id used twice in `list`, at `field`'s index. */
function duplicates(list: { id: string }[] | undefined, field: string, what: string): LintIssue[] {
  const seen = new Set<string>();
  return (list ?? []).flatMap((entry, i) => {
    if (!seen.has(entry.id)) return (seen.add(entry.id), []);
    return [{ path: [field, i, "id"], message: `Duplicate ${what} "${entry.id}"` }];
  });
}

/**
 * What must hold inside one step, with paths inside the step: its id under the flow's, unique local ids and
 * tags, placeholders the engine can fill, escalation requirements the agent can type or attach, reply
 * patterns safe to run on a customer's message.
 */
export function lintStep(step: Step, flowId: string): LintIssue[] {
  const issues: LintIssue[] = [];
  if (!step.id.startsWith(`${flowId}.`)) issues.push({ path: ["id"], message: `Step id "${step.id}" must start with the flow's id, "${flowId}."` });

  issues.push(...duplicates(step.checklist, "checklist", "checklist item"), ...duplicates(step.speech, "speech", "speech"));
  if (step.kind === "question") issues.push(...duplicates(step.options, "options", "option"));
  if (step.kind === "action") issues.push(...duplicates(step.alternatives, "alternatives", "alternative"), ...duplicates(step.replies, "replies", "reply"));

  const added = step.tags?.add ?? [];
  for (const side of ["add", "remove"] as const) {
    (step.tags?.[side] ?? []).forEach((tag, i, list) => {
      if (list.indexOf(tag) !== i) issues.push({ path: ["tags", side, i], message: `Duplicate tag "${tag}"` });
      else if (side === "remove" && added.includes(tag)) issues.push({ path: ["tags", side, i], message: `Tag "${tag}" is both added and removed` });
    });
  }

  const items = new Map((step.checklist ?? []).map((item) => [item.id, item]));
  const known = new Set<string>([...TICKET_PLACEHOLDERS, ...[...items.values()].filter((item) => item.value).map((item) => item.id)]);
  for (const { text, path } of templatesOf(step)) {
    for (const name of placeholdersOf(text)) if (!known.has(name)) issues.push({ path, message: `Unknown placeholder "{{${name}}}"` });
    if (withoutPlaceholders(text).includes("{{")) issues.push({ path, message: 'Malformed placeholder: "{{" without a name and "}}"' });
  }

  const escalation = step.escalation;
  escalation?.requires.forEach((id, j) => {
    const item = items.get(id);
    const path = ["escalation", "requires", j];
    if (!item) issues.push({ path, message: `Unknown checklist item "${id}"` });
    else if (!item.value && !item.evidence) issues.push({ path, message: `Checklist item "${id}" has no value to type nor evidence to attach, so an escalation cannot require it` });
    else if (item.value && !placeholdersOf(escalation.template).includes(id)) issues.push({ path, message: `The escalation requires "${id}" but its template never shows {{${id}}}` });
  });

  if (step.kind === "question") {
    for (const field of ["macro", "status", "orderState", "tags", "note", "escalation"] as const) {
      if (step[field] !== undefined) issues.push({ path: [field], message: `A question writes nothing to the ticket: put its ${field} on the step an option leads to` });
    }
  }

  if (step.kind === "action") {
    step.replies?.forEach((reply, j) => {
      const problem = patternProblem(reply.pattern);
      if (problem) issues.push({ path: ["replies", j, "pattern"], message: problem });
    });
  }
  return issues;
}
