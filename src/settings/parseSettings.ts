import * as z from "zod/mini";
import type { Flow } from "../flows/schema";
import { type FieldKey, isFieldKey } from "./fieldKeys";
import { formatPath } from "./formatPath";
import { isRecord, ownEntries } from "./isRecord";
import { issuesFromZod } from "./issuesFromZod";
import { type BrandSetup, layerBrand } from "./layerBrand";
import { readJson } from "./readJson";
import type { SettingsIssue } from "./SettingsIssue";
import { toFieldId } from "./toFieldId";

/**
 * Zendesk's docs state no size for one installation setting; the stricter reading is to stay far
 * below the request limits, so each setting value is held to 64 KB (docs/team-leads.md says why).
 */
export const MAX_SETTING_CHARS = 64 * 1024;

/** The installation parameter holding the team leads' settings document. */
export const CONFIG_PARAMETER = "config";

/** The field key of the "Estado de Pedido" dropdown in `fields`. */
export const ORDER_STATE_FIELD_KEY: FieldKey = "orderState";

const ConfigDocument = z.strictObject({
  locale: z.optional(z.enum(["es", "en"])),
  teamLeadGroups: z.optional(z.array(z.unknown())),
  fields: z.optional(z.unknown()),
  brands: z.optional(z.unknown()),
});

/** The settings, validated: every key an account supplies is held in a Map, never looked up on an object. */
export type Settings = {
  locale?: "es" | "en";
  teamLeadGroups: number[];
  /** Field key ("orderState", "cedula", …) → ticket field id; the account's fields are shared by every brand. */
  fields: Map<string, number>;
  brands: Map<string, BrandSetup>;
};

export type ParsedSettings = { settings: Settings; issues: SettingsIssue[] };

/** No settings at all: every flow for every brand, the order-state field found by its title. */
export const emptySettings = (): Settings => ({ teamLeadGroups: [], fields: new Map(), brands: new Map() });

function readIds(raw: readonly unknown[], at: readonly PropertyKey[], issues: SettingsIssue[]): number[] {
  return raw.flatMap((value, i) => {
    const id = toFieldId(value);
    if (id === undefined) issues.push({ key: formatPath([...at, i]), problem: "notAnId", detail: JSON.stringify(value) ?? typeof value });
    return id === undefined ? [] : [id];
  });
}

function readFields(raw: unknown, issues: SettingsIssue[]): Map<string, number> {
  const fields = new Map<string, number>();
  if (raw === undefined) return fields;
  if (!isRecord(raw)) return issues.push({ key: "fields", problem: "badType", detail: "object" }), fields;
  for (const [key, value] of ownEntries(raw)) {
    const id = toFieldId(value);
    if (!isFieldKey(key)) issues.push({ key: formatPath(["fields", key]), problem: "unknownKey", detail: key });
    else if (id === undefined) issues.push({ key: formatPath(["fields", key]), problem: "notAnId", detail: JSON.stringify(value) ?? typeof value });
    else fields.set(key, id);
  }
  return fields;
}

/**
 * Reads the settings document (the `config` parameter, or a file for config:check): JSON text or an
 * already-parsed value. Never throws; what is wrong is reported at its exact path and left out, so
 * the sidebar keeps working with the rest and the catalog's defaults.
 */
export function parseConfig(input: unknown, catalog: readonly Flow[]): ParsedSettings {
  const settings = emptySettings();
  let value = input;
  if (typeof input === "string") {
    if (input.length > MAX_SETTING_CHARS) return { settings, issues: [{ key: CONFIG_PARAMETER, problem: "tooLarge", detail: String(input.length) }] };
    if (!input.trim()) return { settings, issues: [] };
    const json = readJson(input);
    if (!json.ok) return { settings, issues: [{ key: CONFIG_PARAMETER, problem: "notJson", detail: `${json.line}:${json.column}` }] };
    value = json.value;
  }
  const parsed = ConfigDocument.safeParse(value);
  if (!parsed.success) return { settings, issues: issuesFromZod(parsed.error, []) };
  const issues: SettingsIssue[] = [];
  const doc = parsed.data;
  if (doc.locale) settings.locale = doc.locale;
  settings.teamLeadGroups = readIds(doc.teamLeadGroups ?? [], ["teamLeadGroups"], issues);
  settings.fields = readFields(doc.fields, issues);
  if (doc.brands !== undefined && !isRecord(doc.brands)) issues.push({ key: "brands", problem: "badType", detail: "object" });
  else if (doc.brands) {
    for (const [brand, raw] of ownEntries(doc.brands)) {
      const layered = layerBrand(catalog, raw, ["brands", brand]);
      settings.brands.set(brand, layered.setup);
      issues.push(...layered.issues);
    }
  }
  return { settings, issues };
}

/** The two first parameters, still read: `orderStateFieldId` and `brandFlows` ({"tigo-bo": ["pre-post"]}). */
function readLegacy(raw: Record<string, unknown>, catalog: readonly Flow[], settings: Settings, issues: SettingsIssue[]): void {
  const fieldId = raw.orderStateFieldId;
  if (fieldId !== undefined && fieldId !== null && fieldId !== "" && !settings.fields.has(ORDER_STATE_FIELD_KEY)) {
    const id = toFieldId(fieldId);
    if (id === undefined) issues.push({ key: "orderStateFieldId", problem: "notAnId", detail: typeof fieldId === "string" || typeof fieldId === "number" ? String(fieldId) : typeof fieldId });
    else settings.fields.set(ORDER_STATE_FIELD_KEY, id);
  }
  const brandFlows = raw.brandFlows;
  if (brandFlows === undefined || brandFlows === null || brandFlows === "") return;
  if (typeof brandFlows !== "string") return void issues.push({ key: "brandFlows", problem: "badType", detail: "string" });
  if (brandFlows.length > MAX_SETTING_CHARS) return void issues.push({ key: "brandFlows", problem: "tooLarge", detail: String(brandFlows.length) });
  if (!brandFlows.trim()) return;
  const json = readJson(brandFlows);
  if (!json.ok) return void issues.push({ key: "brandFlows", problem: "notJson", detail: `${json.line}:${json.column}` });
  if (!isRecord(json.value)) return void issues.push({ key: "brandFlows", problem: "badType", detail: "object" });
  for (const [brand, flows] of ownEntries(json.value)) {
    if (settings.brands.has(brand)) continue;
    const layered = layerBrand(catalog, { flows }, ["brandFlows", brand]);
    const renamed = layered.issues.map((i) => ({ ...i, key: i.key.replace(`brandFlows.${brand}.flows`, `brandFlows.${brand}`) }));
    issues.push(...renamed);
    if (Array.isArray(flows)) settings.brands.set(brand, layered.setup);
  }
}

/** The installation's settings as ZAF gives them (strings from the admin form): the `config` document, then the first two parameters. */
export function parseSettings(raw: Record<string, unknown>, catalog: readonly Flow[]): ParsedSettings {
  const config = raw[CONFIG_PARAMETER];
  const absent = config === undefined || config === null;
  const { settings, issues } = typeof config === "string" ? parseConfig(config, catalog) : { settings: emptySettings(), issues: [] as SettingsIssue[] };
  if (!absent && typeof config !== "string") issues.push({ key: CONFIG_PARAMETER, problem: "badType", detail: "string" });
  readLegacy(raw, catalog, settings, issues);
  return { settings, issues };
}

/** A brand's setup, by subdomain first, then by id; a brand with no entry gets every catalog flow as it is. */
export function setupForBrand(settings: Settings, brand: { id: number; subdomain?: string }, catalog: readonly Flow[]): BrandSetup {
  return (brand.subdomain !== undefined ? settings.brands.get(brand.subdomain) : undefined) ?? settings.brands.get(String(brand.id)) ?? { flows: [...catalog], marks: [], macros: new Map() };
}
export type { SettingsIssue } from "./SettingsIssue";
