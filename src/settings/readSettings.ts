import * as z from "zod/mini";
import type { Flow } from "../flows/schema";
import { type FieldKey, isFieldKey } from "./fieldKeys";
import { formatPath } from "./formatPath";
import { isRecord, ownEntries } from "./isRecord";
import { issuesFromZod } from "./issuesFromZod";
import { type BrandSetup, layerBrand } from "./layerBrand";
import type { LayerKit } from "./layerKit";
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

type ConfigDocument = z.infer<typeof ConfigDocument>;

/**
 * The settings document's top level (JSON text or an already-parsed value), checked; when it is unreadable
 * or has a key it does not know, none of it is read and `issues` say why. The one reading of the document
 * both readConfig and brandScope go by.
 */
export function readConfigDocument(input: unknown): { doc?: ConfigDocument; issues: SettingsIssue[] } {
  let value = input;
  if (typeof input === "string") {
    if (input.length > MAX_SETTING_CHARS) return { issues: [{ key: CONFIG_PARAMETER, problem: "tooLarge", detail: String(input.length) }] };
    const json = input.trim() ? readJson(input) : { ok: true as const, value: {} };
    if (!json.ok) return { issues: [{ key: CONFIG_PARAMETER, problem: "notJson", detail: `${json.line}:${json.column}` }] };
    value = json.value;
  }
  const parsed = ConfigDocument.safeParse(value);
  return parsed.success ? { doc: parsed.data, issues: [] } : { issues: issuesFromZod(parsed.error, []) };
}

/**
 * Reads the settings document (the `config` parameter, or a file for config:check): JSON text or an
 * already-parsed value. Never throws; what is wrong is reported at its exact path and left out, so
 * the sidebar keeps working with the rest and the catalog's defaults. `legacyFlows` (from the
 * `brandFlows` parameter) gives a brand its flows where the document does not say them. Brands'
 * procedures and overrides are layered with `kit` (see layerBrand).
 */
export function readConfig(input: unknown, catalog: readonly Flow[], kit: LayerKit | undefined, legacyFlows: ReadonlyMap<string, string[]> = new Map(), only?: string | null): ParsedSettings {
  const settings = emptySettings();
  // `only`: that brand's entry alone; null, none (readSettings' OnlyBrand).
  const wanted = (brand: string) => only === undefined || brand === only;
  const { doc, issues } = readConfigDocument(input);
  if (!doc) {
    for (const [brand, flows] of legacyFlows) if (wanted(brand)) settings.brands.set(brand, layerBrand(catalog, { flows }, ["brandFlows", brand], kit).setup);
    return { settings, issues };
  }
  if (doc.locale) settings.locale = doc.locale;
  settings.teamLeadGroups = readIds(doc.teamLeadGroups ?? [], ["teamLeadGroups"], issues);
  settings.fields = readFields(doc.fields, issues);
  if (doc.brands !== undefined && !isRecord(doc.brands)) issues.push({ key: "brands", problem: "badType", detail: "object" });
  for (const [brand, raw] of isRecord(doc.brands) ? ownEntries(doc.brands) : []) {
    if (!wanted(brand)) continue;
    const legacy = legacyFlows.get(brand);
    const layered = layerBrand(catalog, legacy && isRecord(raw) && raw.flows === undefined ? { ...raw, flows: legacy } : raw, ["brands", brand], kit);
    settings.brands.set(brand, layered.setup);
    issues.push(...layered.issues);
  }
  for (const [brand, flows] of legacyFlows) if (wanted(brand) && !settings.brands.has(brand)) settings.brands.set(brand, layerBrand(catalog, { flows }, ["brandFlows", brand], kit).setup);
  return { settings, issues };
}

/** The first parameter for flows, `brandFlows` ({"tigo-bo": ["pre-post"]}), still read: its known flow ids per brand. */
export function readBrandFlows(raw: unknown, catalogIds: readonly string[], issues: SettingsIssue[], only?: string | null): Map<string, string[]> {
  const flows = new Map<string, string[]>();
  if (raw === undefined || raw === null || raw === "") return flows;
  if (typeof raw !== "string") return issues.push({ key: "brandFlows", problem: "badType", detail: "string" }), flows;
  if (raw.length > MAX_SETTING_CHARS) return issues.push({ key: "brandFlows", problem: "tooLarge", detail: String(raw.length) }), flows;
  if (!raw.trim()) return flows;
  const json = readJson(raw);
  if (!json.ok) return issues.push({ key: "brandFlows", problem: "notJson", detail: `${json.line}:${json.column}` }), flows;
  if (!isRecord(json.value)) return issues.push({ key: "brandFlows", problem: "badType", detail: "object" }), flows;
  for (const [brand, ids] of ownEntries(json.value)) {
    if (only !== undefined && brand !== only) continue;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) {
      issues.push({ key: formatPath(["brandFlows", brand]), problem: "badType", detail: "array" });
      continue;
    }
    ids.forEach((id, i) => {
      if (!catalogIds.includes(id)) issues.push({ key: formatPath(["brandFlows", brand, i]), problem: "unknownFlow", detail: id });
    });
    flows.set(brand, ids.filter((id) => catalogIds.includes(id)));
  }
  return flows;
}

/** Reads one brand's entry only (the sidebar): `catalog` then holds just the flows it needs, `catalogIds` are the whole catalog's. */
export type OnlyBrand = { key: string | undefined; catalogIds: readonly string[] };

/**
 * The installation's settings as ZAF gives them (strings from the admin form): the `config` document over
 * the first two parameters. Every brand is layered, or with `only` that brand alone (none for no key).
 */
export function readSettings(raw: Record<string, unknown>, catalog: readonly Flow[], kit: LayerKit | undefined, only?: OnlyBrand): ParsedSettings {
  const legacyIssues: SettingsIssue[] = [];
  const onlyKey = only ? (only.key ?? null) : undefined;
  const legacyFlows = readBrandFlows(raw.brandFlows, only?.catalogIds ?? catalog.map((f) => f.id), legacyIssues, onlyKey);
  const config = raw[CONFIG_PARAMETER];
  const absent = config === undefined || config === null;
  const { settings, issues } = readConfig(typeof config === "string" ? config : "", catalog, kit, legacyFlows, onlyKey);
  if (!absent && typeof config !== "string") issues.push({ key: CONFIG_PARAMETER, problem: "badType", detail: "string" });
  const fieldId = raw.orderStateFieldId;
  if (fieldId !== undefined && fieldId !== null && fieldId !== "" && !settings.fields.has(ORDER_STATE_FIELD_KEY)) {
    const id = toFieldId(fieldId);
    if (id === undefined) issues.push({ key: "orderStateFieldId", problem: "notAnId", detail: typeof fieldId === "string" || typeof fieldId === "number" ? String(fieldId) : typeof fieldId });
    else settings.fields.set(ORDER_STATE_FIELD_KEY, id);
  }
  return { settings, issues: [...issues, ...legacyIssues] };
}

/** A brand's setup, by subdomain first, then by id; a brand with no entry gets every catalog flow as it is. */
export function setupForBrand(settings: Settings, brand: { id: number; subdomain?: string }, catalog: readonly Flow[]): BrandSetup {
  return (brand.subdomain !== undefined ? settings.brands.get(brand.subdomain) : undefined) ?? settings.brands.get(String(brand.id)) ?? { flows: [...catalog], marks: [], macros: new Map() };
}
export type { SettingsIssue } from "./SettingsIssue";
