import fc from "fast-check";
import en from "../../../translations/en.json";
import es from "../../../translations/es.json";
import { Flow } from "../../../src/flows/schema";
import { brandScope } from "../../../src/settings/brandScope";
import { LAYER_KIT } from "../../../src/settings/layerKit";
import { parseSettings, readSettings, setupForBrand } from "../../../src/settings/parseSettings";
import { SETTINGS_PROBLEMS } from "../../../src/settings/SettingsIssue";
import { aFlow, anAction, anEnd, aQuestion } from "../../support/builders";

/** A small catalog keeps 10,000 layerings fast; the layering rules do not depend on the flows' size. */
const catalog: Flow[] = [
  aFlow({
    id: "demo",
    start: "demo.inicio",
    steps: [
      aQuestion("demo.inicio", { si: "demo.oferta", no: "demo.datos", tal: "demo.fin" }),
      anAction("demo.oferta", "demo.datos", { macro: "A::Oferta", status: "hold", timer: { minutes: 5, label: "Espera" } }),
      anAction("demo.datos", "demo.fin", { checklist: [{ id: "ci", label: "CI", required: true, value: { format: "ciBo" } }] }),
      anEnd("demo.fin", { macro: "A::Fin", status: "solved" }),
    ],
  }),
  aFlow({ id: "otro", start: "otro.inicio", steps: [anEnd("otro.inicio")] }),
];

const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "isPrototypeOf"];
const key = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, "tigo-bo", "42", "orderState", "cedula"), fc.string({ maxLength: 8 }));
const id = fc.oneof(fc.integer(), fc.constantFrom("0x1F", "1e3", "99999999999999999999", "12", "007", 2 ** 53, -1, 1.5), fc.string({ maxLength: 4 }));
const stepId = fc.oneof(fc.constantFrom("demo.inicio", "demo.oferta", "demo.datos", "demo.fin", "otro.inicio", "demo.x", "__proto__"), fc.string({ maxLength: 6 }));
const override = fc.oneof(
  fc.record({ op: fc.constant("off"), step: stepId, option: fc.option(fc.constantFrom("si", "no", "tal", "x"), { nil: undefined }) }, { requiredKeys: ["op", "step"] }),
  fc.record(
    { op: fc.constant("set"), step: stepId, title: fc.string(), status: fc.constantFrom("open", "pending", "solved", "closed", "x"), macro: fc.constantFrom("B::C", "B :: C", ""), timer: fc.record({ minutes: fc.integer({ min: -2, max: 9 }) }) },
    { requiredKeys: ["op", "step"] },
  ),
  fc.record({ op: fc.constant("addItem"), step: stepId, item: fc.record({ id: fc.constantFrom("ci", "nuevo", "X"), label: fc.string(), required: fc.boolean() }) }),
  fc.anything(),
);
const brand = fc.record(
  {
    flows: fc.oneof(fc.array(fc.constantFrom("demo", "otro", "nope", "constructor")), fc.anything()),
    macros: fc.oneof(fc.dictionary(fc.constantFrom("A::Oferta", "A::Fin", "x y", "__proto__", "toString"), fc.oneof(id, fc.string())), fc.anything()),
    country: fc.constantFrom("bo", "py", "pe", "ec", "ar"),
    overrides: fc.array(override, { maxLength: 4 }),
    procedures: fc.array(fc.oneof(fc.constant(catalog[1]), fc.constant({ ...catalog[1], id: "nuevo" }), fc.anything()), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const doc = fc.record(
  {
    locale: fc.constantFrom("es", "en", "fr"),
    teamLeadGroups: fc.array(id, { maxLength: 3 }),
    fields: fc.dictionary(key, id, { maxKeys: 3 }),
    brands: fc.dictionary(key, brand, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);
const rawSettings = fc.oneof(
  doc.map((d) => ({ config: JSON.stringify(d) })),
  fc.record({ config: fc.oneof(fc.json(), fc.string(), fc.anything()), brandFlows: fc.oneof(fc.json(), fc.string(), fc.dictionary(key, fc.anything()).map((o) => JSON.stringify(o))), orderStateFieldId: fc.oneof(id, fc.anything()) }, { requiredKeys: [] }),
  fc.dictionary(key, fc.anything({ withNullPrototype: true, withBigInt: true })),
);

/** A config document (sometimes with a top-level key it does not know) beside the legacy brandFlows. */
const mixedSettings = fc.record(
  {
    config: fc.tuple(doc, fc.boolean()).map(([d, extra]) => JSON.stringify(extra ? { ...d, tema: "oscuro" } : d)),
    brandFlows: fc.dictionary(key, fc.oneof(fc.array(fc.constantFrom("demo", "otro", "nope")), fc.anything())).map((o) => JSON.stringify(o)),
  },
  { requiredKeys: [] },
);

const dictionaryOf = (file: { ui: { error: { settings: Record<string, unknown> } } }) => file.ui.error.settings;

describe("parseSettings() over random settings (issue 11: ≥ 10,000 inputs, prototype-named keys included)", () => {
  it("never throws, and gives either a usable configuration or issues that each name a path and a known, translated problem", () => {
    fc.assert(
      fc.property(rawSettings, fc.constantFrom(...PROTOTYPE_NAMES, "tigo-bo", "42"), (raw, subdomain) => {
        const { settings, issues } = parseSettings(raw, catalog);
        // Plain checks rather than expect() inside the property: 10,000 runs stay within seconds.
        const unexplained = issues.filter((i) => !SETTINGS_PROBLEMS.includes(i.problem) || typeof i.key !== "string" || !dictionaryOf(es)[i.problem] || !dictionaryOf(en)[i.problem]);
        const setup = setupForBrand(settings, { id: 42, subdomain }, catalog);
        const broken = setup.flows.filter((f) => !Flow.safeParse(f).success);
        return unexplained.length === 0 && broken.length === 0;
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});

describe("the sidebar's read of one brand (brandScope, then readSettings for that brand alone)", () => {
  const ids = catalog.map((f) => f.id);
  it("gives that brand exactly what the full read gives it, over random settings", () => {
    fc.assert(
      fc.property(fc.oneof(rawSettings, mixedSettings), fc.constantFrom("tigo-bo", "42", "constructor"), (raw, subdomain) => {
        const brand = { id: 42, subdomain };
        const full = setupForBrand(parseSettings(raw, catalog).settings, brand, catalog);
        const scope = brandScope(raw, brand, ids);
        const loaded = scope ? catalog.filter((f) => scope.flowIds.includes(f.id)) : catalog;
        const scoped = setupForBrand(readSettings(raw, loaded, scope?.needsKit ? LAYER_KIT : undefined, { key: scope?.key, catalogIds: ids }).settings, brand, loaded);
        return JSON.stringify([scoped.flows, [...scoped.macros], scoped.marks]) === JSON.stringify([full.flows, [...full.macros], full.marks]);
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);
});
