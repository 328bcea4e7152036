import * as z from "zod/mini";
import { Flow, MatchRule, TeamLeadNote } from "./flow";
import { lintFlow, type LintIssue } from "./lintFlow";
import { LocalId, StepId } from "./primitives";
import { ChecklistEntries, EscalationEntry } from "./sharedRefs";
import { ActionStep, ChecklistItem, EndStep, QuestionStep, Route, type Escalation, type Step } from "./step";
import { expandSysHelpBlock, SysHelpBlock } from "./sysHelpBlock";

const entries = { checklist: z.optional(ChecklistEntries), escalation: z.optional(EscalationEntry) };

/** A step as a procedure file writes it: a plain step (whose checklist and route may name shared ones) or a block. */
export const FileStep = z.discriminatedUnion("kind", [
  z.extend(ActionStep, entries),
  z.extend(QuestionStep, entries),
  z.extend(EndStep, entries),
  SysHelpBlock,
]);
export type FileStep = z.infer<typeof FileStep>;

/**
 * A procedure file (src/flows/catalog/*.json): the flow, plus what its steps share — checklist items by id
 * and escalation routes by name — and blocks that stand for several steps. parseFlowFile() resolves it
 * into a plain Flow.
 */
export const FlowFile = z.object({
  $schema: z.optional(z.string()),
  id: LocalId,
  seed: z.string(),
  title: z.string(),
  summary: z.string(),
  match: MatchRule,
  start: StepId,
  checklistItems: z.optional(z.record(LocalId, z.omit(ChecklistItem, { id: true }))),
  routes: z.optional(z.record(LocalId, Route)),
  steps: z.array(FileStep).check(z.minLength(1)),
  notes: z.optional(z.array(TeamLeadNote)),
});
export type FlowFile = z.infer<typeof FlowFile>;

export type FlowParse = { success: true; flow: Flow } | { success: false; issues: LintIssue[] };

type Path = (string | number)[];
/** Where a resolved step came from in the file: its index, and for a block the field naming that step. */
type Origin = { index: number; field?: string };

/**
 * Validates a procedure file and resolves it into a Flow: shared items and routes looked up, blocks expanded
 * into plain steps with the ids the file writes, then the catalog lint. Issue paths point into the file.
 */
export function parseFlowFile(input: unknown): FlowParse {
  const parsed = FlowFile.safeParse(input);
  if (!parsed.success) {
    return { success: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })) };
  }
  const file = parsed.data;
  const issues: LintIssue[] = [];
  const steps: Step[] = [];
  const origins: Origin[] = [];

  const used = new Set<string>();
  const resolveChecklist = (list: ChecklistEntries, at: Path): ChecklistItem[] =>
    list.flatMap((entry, j) => {
      if (typeof entry !== "string") return [entry];
      used.add(`checklistItems.${entry}`);
      const shared = file.checklistItems?.[entry];
      if (shared) return [{ id: entry, ...shared }];
      issues.push({ path: [...at, j], message: `Unknown shared checklist item "${entry}"` });
      return [];
    });
  const resolveEscalation = (escalation: EscalationEntry, at: Path): Escalation => {
    if (typeof escalation.route !== "string") return { ...escalation, route: escalation.route };
    used.add(`routes.${escalation.route}`);
    const route = file.routes?.[escalation.route];
    if (!route) issues.push({ path: [...at, "route"], message: `Unknown route "${escalation.route}"` });
    return { ...escalation, route: route ?? [] };
  };

  file.steps.forEach((step, index) => {
    const at = (field: string): Path => ["steps", index, field];
    if (step.kind === "sysHelp") {
      const checklist = resolveChecklist(step.checklist, at("checklist"));
      steps.push(...expandSysHelpBlock({ ...step, checklist, escalation: resolveEscalation(step.escalation, at("escalation")) }));
      origins.push({ index }, { index, field: "followUp" }, { index, field: "rejected" }, { index, field: "solved" });
      return;
    }
    origins.push({ index });
    // Most steps name nothing shared: zod's output is already the step.
    if (!step.checklist?.some((entry) => typeof entry === "string") && typeof step.escalation?.route !== "string") return void steps.push(step as Step);
    const { checklist, escalation, ...plain } = step;
    steps.push({
      ...plain,
      ...(checklist ? { checklist: resolveChecklist(checklist, at("checklist")) } : {}),
      ...(escalation ? { escalation: resolveEscalation(escalation, at("escalation")) } : {}),
    });
  });
  for (const field of ["checklistItems", "routes"] as const) {
    for (const name of Object.keys(file[field] ?? {})) {
      if (!used.has(`${field}.${name}`)) issues.push({ path: [field, name], message: `Shared ${field === "routes" ? "route" : "checklist item"} "${name}" is not used by any step` });
    }
  }
  if (issues.length > 0) return { success: false, issues };

  const { $schema: _, checklistItems: __, routes: ___, ...flow } = { ...file, steps };
  const lint = lintFlow(flow).map((issue) => ({ ...issue, path: pathInFile(issue.path, origins) }));
  return lint.length > 0 ? { success: false, issues: lint } : { success: true, flow };
}

/** Maps ["steps", k, …] of the resolved flow to the file: a block's own steps point at the block's field. */
function pathInFile(path: Path, origins: Origin[]): Path {
  const [head, k, ...rest] = path;
  const origin = head === "steps" && typeof k === "number" ? origins[k] : undefined;
  if (!origin) return path;
  return origin.field ? ["steps", origin.index, origin.field] : ["steps", origin.index, ...rest];
}
