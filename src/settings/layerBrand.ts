import * as z from "zod/mini";
import { normalizeName } from "../engine/normalizeName";
import { Flow, isCanonicalPath } from "../flows/schema";
import { applyOverride } from "./applyOverride";
import { formatPath } from "./formatPath";
import { isRecord, ownEntries } from "./isRecord";
import { issuesFromZod } from "./issuesFromZod";
import { COUNTRIES, localizeFormats } from "./localizeFormats";
import { Override } from "./Override";
import type { SettingsIssue } from "./SettingsIssue";
import { toFieldId } from "./toFieldId";

/** A brand's entry in the settings; overrides and procedures are checked one by one so one broken item drops alone. */
export const BrandConfig = z.strictObject({
  flows: z.optional(z.array(z.string())),
  macros: z.optional(z.unknown()),
  country: z.optional(z.enum(COUNTRIES)),
  overrides: z.optional(z.array(z.unknown())),
  procedures: z.optional(z.array(z.unknown())),
});

/** Where an override changed a procedure, for the editor's preview. */
export type OverrideMark = { flowId: string; stepId: string; index: number; op: Override["op"]; option?: string };

/** What a brand's agents get: its enabled flows with the overrides layered in, and its macro matches (canonical path → account macro id or title). */
export type BrandSetup = { flows: Flow[]; marks: OverrideMark[]; macros: Map<string, number | string> };

type Layering = { setup: BrandSetup; issues: SettingsIssue[] };

function readMacros(raw: unknown, at: readonly PropertyKey[], issues: SettingsIssue[]): Map<string, number | string> {
  const macros = new Map<string, number | string>();
  if (raw === undefined) return macros;
  if (!isRecord(raw)) return issues.push({ key: formatPath(at), problem: "badType", detail: "object" }), macros;
  for (const [path, target] of ownEntries(raw)) {
    const key = formatPath([...at, path]);
    if (!isCanonicalPath(path)) issues.push({ key, problem: "badValue", detail: 'Macro path must be canonical "A::B::C"' });
    else if (typeof target === "number" && toFieldId(target) !== undefined) macros.set(path, target);
    else if (typeof target === "string" && target.trim()) macros.set(path, target);
    else issues.push({ key, problem: "badValue", detail: JSON.stringify(target) ?? typeof target });
  }
  return macros;
}

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

/**
 * A brand's flows as its agents get them: the catalog plus the brand's procedures, each override
 * layered in order (a broken one is reported at its path and skipped), typed values in the brand's
 * country's formats, only the enabled flows. Never throws; every issue names its exact path.
 */
export function layerBrand(catalog: readonly Flow[], raw: unknown, at: readonly PropertyKey[]): Layering {
  const issues: SettingsIssue[] = [];
  const defaults: BrandSetup = { flows: [...catalog], marks: [], macros: new Map() };
  const parsed = BrandConfig.safeParse(raw);
  if (!parsed.success) return { setup: defaults, issues: issuesFromZod(parsed.error, at) };
  const config = parsed.data;
  const available = [...catalog, ...readProcedures(config.procedures ?? [], catalog, [...at, "procedures"], issues)];
  const byId = new Map(available.map((f) => [f.id, f]));
  const marks: OverrideMark[] = [];
  (config.overrides ?? []).forEach((input, index) => {
    const path = [...at, "overrides", index];
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
  config.flows?.forEach((id, i) => {
    if (!byId.has(id)) issues.push({ key: formatPath([...at, "flows", i]), problem: "unknownFlow", detail: id });
  });
  const enabled = [...byId.values()].filter((f) => !config.flows || config.flows.includes(f.id));
  const flows = config.country ? enabled.map((f) => localizeFormats(f, config.country!)) : enabled;
  const macros = readMacros(config.macros, [...at, "macros"], issues);
  const used = new Set(flows.flatMap((f) => f.steps.flatMap((s) => (s.macro ? [normalizeName(s.macro)] : []))));
  for (const path of macros.keys()) if (!used.has(normalizeName(path))) issues.push({ key: formatPath([...at, "macros", path]), problem: "unknownMacro", detail: path });
  return { setup: { flows, marks, macros }, issues };
}
