import { isRecord, ownEntries } from "./isRecord";
import { readJson } from "./readJson";
import { CONFIG_PARAMETER, MAX_SETTING_CHARS } from "./readSettings";

/**
 * What one ticket's brand needs of the settings: the key of its entry (subdomain first, then id, as
 * setupForBrand looks it up), the catalog flows whose bodies its layering takes (its enabled flows and
 * those its overrides change) and whether it has procedures or overrides (the layering chunk).
 */
export type BrandScope = { key: string; flowIds: string[]; needsKit: boolean };

/** The settings parameter as a JSON object, or nothing when it is absent or unreadable (readSettings reports why). */
function jsonObject(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw !== "string" || raw.length > MAX_SETTING_CHARS || !raw.trim()) return undefined;
  const json = readJson(raw);
  return json.ok && isRecord(json.value) ? json.value : undefined;
}

const entryOf = (record: Record<string, unknown> | undefined, key: string): unknown => (record ? ownEntries(record).find(([k]) => k === key)?.[1] : undefined);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const hasItems = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * The scope of `brand` in the raw installation settings, or nothing when the settings name no entry for
 * it (every catalog flow as it is). Read as readSettings reads them; `catalogIds` are the catalog's flows.
 */
export function brandScope(raw: Record<string, unknown>, brand: { id: number; subdomain?: string }, catalogIds: readonly string[]): BrandScope | undefined {
  const doc = jsonObject(raw[CONFIG_PARAMETER]);
  const brands = doc && isRecord(doc.brands) ? doc.brands : undefined;
  const legacy = jsonObject(raw.brandFlows);
  const key = [brand.subdomain, String(brand.id)].find((k) => k !== undefined && (entryOf(brands, k) !== undefined || entryOf(legacy, k) !== undefined));
  if (key === undefined) return undefined;
  const entry = entryOf(brands, key);
  const config = isRecord(entry) ? entry : {};
  const legacyFlows = entryOf(legacy, key);
  const enabled = isStringList(config.flows) ? config.flows : isStringList(legacyFlows) ? legacyFlows : catalogIds;
  // Step ids start with their flow's id ("pre-post.saludo…"): an override names the flow it changes.
  const changed = Array.isArray(config.overrides) ? config.overrides.flatMap((o) => (isRecord(o) && typeof o.step === "string" ? [o.step.split(".")[0]!] : [])) : [];
  const wanted = new Set([...enabled, ...changed]);
  return { key, flowIds: catalogIds.filter((id) => wanted.has(id)), needsKit: hasItems(config.overrides) || hasItems(config.procedures) };
}
