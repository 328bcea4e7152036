import { Flow } from "../flows/schema";
import { applyOverride } from "./applyOverride";
import { formatPath } from "./formatPath";
import { issuesFromZod } from "./issuesFromZod";
import { Override } from "./Override";
import type { SettingsIssue } from "./SettingsIssue";

/** Where an override changed a procedure, for the editor's preview. */
export type OverrideMark = { flowId: string; stepId: string; index: number; op: Override["op"]; option?: string };

/** A brand's own procedures, each validated as a catalog flow; a broken or duplicate one is reported at its path and left out. */
function readProcedures(raw: readonly unknown[], catalog: readonly Flow[], at: readonly PropertyKey[], issues: SettingsIssue[]): Flow[] {
  const added: Flow[] = [];
  raw.forEach((input, i) => {
    const parsed = Flow.safeParse(input);
    if (!parsed.success) return void issues.push(...issuesFromZod(parsed.error, [...at, i]));
    if ([...catalog, ...added].some((f) => f.id === parsed.data.id)) return void issues.push({ key: formatPath([...at, i, "id"]), problem: "duplicateFlow", detail: parsed.data.id });
    added.push(parsed.data);
  });
  return added;
}

/** Layers each override in order over the flows by id (`byId` is updated); a broken one is reported at its path and skipped. */
function layerOverrides(raw: readonly unknown[], byId: Map<string, Flow>, at: readonly PropertyKey[], issues: SettingsIssue[]): OverrideMark[] {
  const marks: OverrideMark[] = [];
  raw.forEach((input, index) => {
    const path = [...at, index];
    const override = Override.safeParse(input);
    if (!override.success) return void issues.push(...issuesFromZod(override.error, path));
    const flow = [...byId.values()].find((f) => f.steps.some((s) => s.id === override.data.step));
    if (!flow) return void issues.push({ key: formatPath([...path, "step"]), problem: "unknownStep", detail: override.data.step });
    const layered = applyOverride(flow, override.data, path);
    if (!layered.ok) return void issues.push(layered.issue);
    byId.set(flow.id, layered.flow);
    const o = override.data;
    marks.push({ flowId: flow.id, stepId: o.step, index, op: o.op, ...(o.op === "off" && o.option ? { option: o.option } : {}) });
  });
  return marks;
}

/**
 * What layering a brand's procedures and overrides takes: the flow schema with its lint and the override
 * schemas. The sidebar loads it as its own chunk, only when its ticket's brand has any (brandScope's `needsKit`).
 */
export const LAYER_KIT = { readProcedures, layerOverrides };
export type LayerKit = typeof LAYER_KIT;
