import * as z from "zod/mini";

/** The installation's settings, validated; `issues` say what was wrong in words a team lead can act on. */
export type Settings = { orderStateFieldId?: number; brandFlows?: Record<string, string[]> };

export type SettingsIssue = { key: "orderStateFieldId" | "brandFlows"; problem: "notANumber" | "notJson" | "badShape" | "unknownFlow"; detail?: string };

const BrandFlows = z.record(z.string(), z.array(z.string()));

/**
 * Reads the raw settings ZAF gives (strings from the admin form). Never throws: a bad value is
 * reported and left out, so the sidebar keeps working with defaults.
 */
export function parseSettings(raw: Record<string, unknown>, knownFlowIds: readonly string[]): { settings: Settings; issues: SettingsIssue[] } {
  const settings: Settings = {};
  const issues: SettingsIssue[] = [];
  const fieldId = raw.orderStateFieldId;
  if (fieldId !== undefined && fieldId !== null && fieldId !== "") {
    const n = typeof fieldId === "number" || typeof fieldId === "string" ? Number(fieldId) : Number.NaN;
    if (Number.isInteger(n) && n > 0) settings.orderStateFieldId = n;
    else issues.push({ key: "orderStateFieldId", problem: "notANumber", detail: typeof fieldId === "string" || typeof fieldId === "number" ? String(fieldId) : typeof fieldId });
  }
  const brandFlows = raw.brandFlows;
  if (typeof brandFlows === "string" && brandFlows.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(brandFlows);
    } catch {
      issues.push({ key: "brandFlows", problem: "notJson" });
      return { settings, issues };
    }
    const parsed = BrandFlows.safeParse(json);
    if (!parsed.success) issues.push({ key: "brandFlows", problem: "badShape" });
    else {
      const unknown = Object.values(parsed.data).flat().filter((id) => !knownFlowIds.includes(id));
      if (unknown.length) issues.push({ key: "brandFlows", problem: "unknownFlow", detail: [...new Set(unknown)].join(", ") });
      settings.brandFlows = parsed.data;
    }
  }
  return { settings, issues };
}

/** The flow ids a brand may use: its entry by subdomain or id, else every flow. */
export function flowsForBrand(settings: Settings, brand: { id: number; subdomain: string }, allIds: readonly string[]): string[] {
  const entry = settings.brandFlows?.[brand.subdomain] ?? settings.brandFlows?.[String(brand.id)];
  return entry ? allIds.filter((id) => entry.includes(id)) : [...allIds];
}
