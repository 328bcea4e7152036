import * as z from "zod/mini";
import { normalizeName } from "../engine/normalizeName";
import type { Flow } from "../flows/schema";
import { isCanonicalPath } from "../flows/schema/primitives";
import { formatPath } from "./formatPath";
import { isRecord, ownEntries } from "./isRecord";
import { issuesFromZod } from "./issuesFromZod";
import { COUNTRIES, localizeFormats } from "./localizeFormats";
import type { LayerKit, OverrideMark } from "./layerKit";
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

/**
 * A brand's flows as its agents get them: the catalog plus the brand's procedures, each override
 * layered in order (a broken one is reported at its path and skipped), typed values in the brand's
 * country's formats, only the enabled flows. Never throws; every issue names its exact path. Procedures
 * and overrides take the layering kit; without it (the sidebar, for settings that have none) they are left out.
 */
export function layerBrand(catalog: readonly Flow[], raw: unknown, at: readonly PropertyKey[], kit: LayerKit | undefined): Layering {
  const issues: SettingsIssue[] = [];
  const defaults: BrandSetup = { flows: [...catalog], marks: [], macros: new Map() };
  const parsed = BrandConfig.safeParse(raw);
  if (!parsed.success) return { setup: defaults, issues: issuesFromZod(parsed.error, at) };
  const config = parsed.data;
  const available = [...catalog, ...(kit?.readProcedures(config.procedures ?? [], catalog, [...at, "procedures"], issues) ?? [])];
  const byId = new Map(available.map((f) => [f.id, f]));
  const marks = kit?.layerOverrides(config.overrides ?? [], byId, [...at, "overrides"], issues) ?? [];
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
