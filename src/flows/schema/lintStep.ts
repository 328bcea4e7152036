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

/** Adds an issue for every id used twice in `list`, at `field`'s index. (Loops, not flatMap: a 1,000-step flow is linted as the lead types.) */
function duplicates(list: { id: string }[] | undefined, field: string, what: string, issues: LintIssue[]): void {
  if (!list || list.length < 2) return;
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) issues.push({ path: [field, i, "id"], message: `Duplicate ${what} "${entry.id}"` });
    else seen.add(entry.id);
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

  duplicates(step.checklist, "checklist", "checklist item", issues);
  duplicates(step.speech, "speech", "speech", issues);
  if (step.kind === "question") duplicates(step.options, "options", "option", issues);
  if (step.kind === "action") {
    duplicates(step.alternatives, "alternatives", "alternative", issues);
    duplicates(step.replies, "replies", "reply", issues);
  }

  const added = step.tags?.add ?? [];
  for (const side of ["add", "remove"] as const) {
    (step.tags?.[side] ?? []).forEach((tag, i, list) => {
      if (list.indexOf(tag) !== i) issues.push({ path: ["tags", side, i], message: `Duplicate tag "${tag}"` });
      else if (side === "remove" && added.includes(tag)) issues.push({ path: ["tags", side, i], message: `Tag "${tag}" is both added and removed` });
    });
  }

  const items = new Map((step.checklist ?? []).map((item) => [item.id, item]));
  const templates = templatesOf(step);
  const known = templates.length ? new Set<string>([...TICKET_PLACEHOLDERS, ...[...items.values()].filter((item) => item.value).map((item) => item.id)]) : undefined;
  for (const { text, path } of templates) {
    for (const name of placeholdersOf(text)) if (!known?.has(name)) issues.push({ path, message: `Unknown placeholder "{{${name}}}"` });
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
