import type { FieldKey } from "../settings/fieldKeys";
import type { Override } from "../settings/Override";
import { assign, childOf } from "./editDocument";

type Doc = Record<string, unknown>;
/** A change a form makes to the settings document. */
export type Edit = (doc: Doc) => void;

const brandOf = (doc: Doc, brand: string) => childOf(childOf(doc, "brands"), brand);

function overridesOf(doc: Doc, brand: string): unknown[] {
  const entry = brandOf(doc, brand);
  const list = Object.hasOwn(entry, "overrides") && Array.isArray(entry.overrides) ? entry.overrides : [];
  assign(entry, "overrides", list);
  return list;
}

/** The forms' changes, each one place in the document; the JSON view shows and validates the result. */
export const edits = {
  brandFlows: (brand: string, flows: string[] | undefined): Edit => (doc) => assign(brandOf(doc, brand), "flows", flows),
  field: (key: FieldKey, id: number | undefined): Edit => (doc) => assign(childOf(doc, "fields"), key, id),
  locale: (locale: "es" | "en" | undefined): Edit => (doc) => assign(doc, "locale", locale),
  teamLeadGroups: (ids: number[]): Edit => (doc) => assign(doc, "teamLeadGroups", ids.length ? ids : undefined),
  addOverride: (brand: string, override: Override): Edit => (doc) => void overridesOf(doc, brand).push(override),
  removeOverride: (brand: string, index: number): Edit => (doc) => void overridesOf(doc, brand).splice(index, 1),
};
