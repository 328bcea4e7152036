import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { Tag } from "../../../src/flows/schema";
import { findOrderStateField, optionForOrderState } from "../../../src/zendesk/orderStateField";
import type { ApiTicketField } from "../../../src/zendesk/schemas";

/** requirements.json as Zendesk installs it (developer.zendesk.com, "Apps requirements reference": ticket_fields, keyed by identifier). */
type Requirements = { ticket_fields: Record<string, { type: string; title: string; custom_field_options?: { name: string; value: string }[] }> };
const requirements = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../requirements.json"), "utf8")) as Requirements;

/** The fields a fresh account gets, as the REST API would list them once installed. */
const installed: ApiTicketField[] = Object.values(requirements.ticket_fields).map((f, i) => ({
  id: i + 1,
  title: f.title,
  type: f.type,
  active: true,
  custom_field_options: (f.custom_field_options ?? []).map((o, j) => ({ id: j + 1, ...o })),
}));

describe("requirements.json", () => {
  const field = findOrderStateField(installed);

  it("creates the «Estado de Pedido» dropdown Ruta finds by its title", () => {
    expect(field?.type).toBe("tagger");
  });

  it.each(CATALOG.flatMap((f) => f.steps.flatMap((s) => (s.orderState ? [[s.id, s.orderState] as const] : []))))("has an option for %s's order state %s", (_, state) => {
    expect(optionForOrderState(field!, state)).toBeDefined();
  });

  it("gives every option a distinct tag Zendesk accepts", () => {
    const values = field!.custom_field_options!.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) expect(Tag.safeParse(v).success, v).toBe(true);
  });
});
