import { isRecord, ownEntries } from "./isRecord";
import { BrandConfig } from "./layerBrand";
import { CONFIG_PARAMETER, readBrandFlows, readConfigDocument } from "./readSettings";

/**
 * What one ticket's brand needs of the settings: the key of its entry (subdomain first, then id, as
 * setupForBrand looks it up), the catalog flows whose bodies its layering takes (its enabled flows and
 * those its overrides change) and whether it has procedures or overrides (the layering chunk).
 */
export type BrandScope = { key: string; flowIds: string[]; needsKit: boolean };

const entryOf = (record: Record<string, unknown> | undefined, key: string): unknown => (record ? ownEntries(record).find(([k]) => k === key)?.[1] : undefined);
const hasItems = (value: readonly unknown[] | undefined) => (value?.length ?? 0) > 0;

/**
 * The scope of `brand` in the raw installation settings, or nothing when the settings name no entry for
 * it (every catalog flow as it is). Read by readSettings' own rules (readConfigDocument, readBrandFlows,
 * BrandConfig), so the brand gets from its flows what the full read gives it; `catalogIds` are the catalog's flows.
 */
export function brandScope(raw: Record<string, unknown>, brand: { id: number; subdomain?: string }, catalogIds: readonly string[]): BrandScope | undefined {
  const config = raw[CONFIG_PARAMETER];
  const { doc } = readConfigDocument(typeof config === "string" ? config : "");
  const brands = doc && isRecord(doc.brands) ? doc.brands : undefined;
  const legacy = readBrandFlows(raw.brandFlows, catalogIds, []);
  const key = [brand.subdomain, String(brand.id)].find((k) => k !== undefined && (entryOf(brands, k) !== undefined || legacy.has(k)));
  if (key === undefined) return undefined;
  const entry = entryOf(brands, key);
  const parsed = entry === undefined ? undefined : BrandConfig.safeParse(entry);
  // An entry that does not parse is reported and the brand gets every flow as it is (layerBrand).
  if (parsed && !parsed.success) return { key, flowIds: [...catalogIds], needsKit: false };
  const setup = parsed?.data ?? {};
  const enabled = setup.flows ?? legacy.get(key) ?? catalogIds;
  // Step ids start with their flow's id ("pre-post.saludo…"): an override names the flow it changes.
  const changed = (setup.overrides ?? []).flatMap((o) => (isRecord(o) && typeof o.step === "string" ? [o.step.split(".")[0]!] : []));
  const wanted = new Set([...enabled, ...changed]);
  return { key, flowIds: catalogIds.filter((id) => wanted.has(id)), needsKit: hasItems(setup.overrides) || hasItems(setup.procedures) };
}
