import { CATALOG } from "../../../src/flows/catalog/catalog";
import { findStep } from "../../../src/engine";
import { brandScope } from "../../../src/settings/brandScope";
import { emptySettings, MAX_SETTING_CHARS, ORDER_STATE_FIELD_KEY, parseConfig, parseSettings, setupForBrand } from "../../../src/settings/parseSettings";
import { readSettings } from "../../../src/settings/readSettings";

const ids = CATALOG.map((f) => f.id);
const config = (doc: unknown) => ({ config: JSON.stringify(doc) });
const issuesOf = (doc: unknown) => parseSettings(config(doc), CATALOG).issues;

describe("parseSettings()", () => {
  it("with no settings at all, gives every brand every catalog flow as it is", () => {
    const { settings, issues } = parseSettings({}, CATALOG);
    expect(issues).toEqual([]);
    expect(setupForBrand(settings, { id: 1, subdomain: "tigo-bo" }, CATALOG).flows).toEqual(CATALOG);
  });

  it("ignores the keys Zendesk adds to an installation's settings (its title)", () => {
    expect(parseSettings({ title: "Ruta", config: "" }, CATALOG).issues).toEqual([]);
  });

  it.each([
    ["360011112222", 360011112222],
    [360011112222, 360011112222],
  ])("reads the order-state field id %j, as the admin form sends it", (raw, id) => {
    const { settings, issues } = parseSettings({ orderStateFieldId: raw }, CATALOG);
    expect(issues).toEqual([]);
    expect(settings.fields.get(ORDER_STATE_FIELD_KEY)).toBe(id);
  });

  it.each(["abc", "0x1F", "1e3", "99999999999999999999", "12.0", " 7", "-4", "0", 0, -1, 1.5, 2 ** 60])("rejects %j as a field id and leaves it out", (raw) => {
    const { settings, issues } = parseSettings({ orderStateFieldId: raw }, CATALOG);
    expect(settings.fields.has(ORDER_STATE_FIELD_KEY)).toBe(false);
    expect(issues).toEqual([{ key: "orderStateFieldId", problem: "notAnId", detail: String(raw) }]);
  });

  it("says where malformed JSON breaks, by line and column", () => {
    expect(parseSettings({ config: '{\n  "brands": {\n    x: 1\n  }\n}' }, CATALOG).issues).toEqual([{ key: "config", problem: "notJson", detail: "3:5" }]);
    expect(parseSettings({ config: '{"brands": {' }, CATALOG).issues).toEqual([{ key: "config", problem: "notJson", detail: "1:13" }]);
    expect(parseSettings({ brandFlows: "{oops" }, CATALOG).issues).toEqual([{ key: "brandFlows", problem: "notJson", detail: "1:2" }]);
  });

  it("refuses a settings value over the size budget without reading it", () => {
    const big = JSON.stringify({ brands: { x: { flows: ["tbo"] } }, pad: "x".repeat(MAX_SETTING_CHARS) });
    expect(parseSettings({ config: big }, CATALOG).issues).toEqual([{ key: "config", problem: "tooLarge", detail: String(big.length) }]);
  });

  it.each<[string, unknown, { key: string; problem: string; detail?: string }]>([
    ["a top-level key it does not know", { brand: {} }, { key: "", problem: "unknownKey", detail: "brand" }],
    ["a document that is a list", [], { key: "", problem: "badType", detail: "object" }],
    ["brands as a list", { brands: [] }, { key: "brands", problem: "badType", detail: "object" }],
    ["a locale Ruta does not speak", { locale: "fr" }, { key: "locale", problem: "badValue", detail: '"es" | "en"' }],
    ["a team-lead group that is no id", { teamLeadGroups: [12, "1e3"] }, { key: "teamLeadGroups[1]", problem: "notAnId", detail: '"1e3"' }],
    ["a field id in hex", { fields: { cedula: "0x1F" } }, { key: "fields.cedula", problem: "notAnId", detail: '"0x1F"' }],
    ["a field id past 2^53", { fields: { orderState: "99999999999999999999" } }, { key: "fields.orderState", problem: "notAnId", detail: '"99999999999999999999"' }],
    ["a field key Ruta does not write", { fields: { "ce dula": 5 } }, { key: 'fields["ce dula"]', problem: "unknownKey", detail: "ce dula" }],
    ["a prototype-named field key", { fields: { constructor: 5 } }, { key: "fields.constructor", problem: "unknownKey", detail: "constructor" }],
    ["brandFlows given as an object in the brand", { brands: { "tigo-bo": { flows: "tbo" } } }, { key: "brands.tigo-bo.flows", problem: "badType", detail: "array" }],
    ["an unknown flow", { brands: { "tigo-bo": { flows: ["tbo", "nope"] } } }, { key: "brands.tigo-bo.flows[1]", problem: "unknownFlow", detail: "nope" }],
    ["an unknown brand key", { brands: { "tigo-bo": { flow: [] } } }, { key: "brands.tigo-bo", problem: "unknownKey", detail: "flow" }],
    ["an unknown country", { brands: { "tigo-bo": { country: "ar" } } }, { key: "brands.tigo-bo.country", problem: "badValue", detail: '"bo" | "py" | "ec" | "pe"' }],
    ["an override on an unknown step", { brands: { "tigo-bo": { overrides: [{ op: "off", step: "pre-post.x" }] } } }, { key: "brands.tigo-bo.overrides[0].step", problem: "unknownStep", detail: "pre-post.x" }],
    ["an override with an unknown op", { brands: { b: { overrides: [{ op: "hide", step: "pre-post.x" }] } } }, { key: "brands.b.overrides[0].op", problem: "badValue", detail: '"off" | "set" | "addItem"' }],
    ["an override with a key it does not take", { brands: { b: { overrides: [{ op: "off", step: "pre-post.preanalisis.gestion", color: "red" }] } } }, { key: "brands.b.overrides[0]", problem: "unknownKey", detail: "color" }],
    ["an override setting a status Zendesk has not", { brands: { b: { overrides: [{ op: "set", step: "pre-post.preanalisis.gestion", status: "closed" }] } } }, { key: "brands.b.overrides[0].status", problem: "badValue", detail: '"open" | "pending" | "hold" | "solved"' }],
    ["turning off an unknown option", { brands: { b: { overrides: [{ op: "off", step: "pre-post.preanalisis.resultado", option: "nope" }] } } }, { key: "brands.b.overrides[0].option", problem: "unknownOption", detail: "nope" }],
    ["turning off a question", { brands: { b: { overrides: [{ op: "off", step: "pre-post.escenario.facturacion" }] } } }, { key: "brands.b.overrides[0].step", problem: "cannotTurnOff", detail: "question" }],
    ["turning off an end", { brands: { b: { overrides: [{ op: "off", step: "pre-post.gobierno.despedida" }] } } }, { key: "brands.b.overrides[0].step", problem: "cannotTurnOff", detail: "end" }],
    ["leaving a question one option", { brands: { b: { overrides: [{ op: "off", step: "pre-post.escenario.facturacion", option: "institucion-publica" }] } } }, { key: "brands.b.overrides[0].option", problem: "cannotTurnOff", detail: "question" }],
    ["a checklist item whose id is taken", { brands: { b: { overrides: [{ op: "addItem", step: "pre-post.escenario.datos-titular", item: { id: "ciudad", label: "Otra", required: false } }] } } }, { key: "brands.b.overrides[0]", problem: "invalidFlow", detail: 'steps[4].checklist[5].id: Duplicate checklist item "ciudad"' }],
    ["a timer override with no label on a step that has none", { brands: { b: { overrides: [{ op: "set", step: "pre-post.preanalisis.gestion", timer: { minutes: 5 } }] } } }, { key: "brands.b.overrides[0]", problem: "invalidFlow", detail: expect.stringContaining("timer.label") as unknown as string }],
    ["a macro match on a path no flow uses", { brands: { b: { macros: { "A::B": 4 } } } }, { key: 'brands.b.macros["A::B"]', problem: "unknownMacro", detail: "A::B" }],
    ["a macro match to nothing", { brands: { b: { macros: { "Respuesta rápida::Opción 4": 0 } } } }, { key: 'brands.b.macros["Respuesta rápida::Opción 4"]', problem: "badValue", detail: "0" }],
    ["a procedure whose id the catalog has", { brands: { b: { procedures: [{ ...CATALOG[4], title: "Otra" }] } } }, { key: "brands.b.procedures[0].id", problem: "duplicateFlow", detail: "cargo-fijo-corporativo" }],
    ["a procedure with a dangling step", { brands: { b: { procedures: [{ id: "nuevo", seed: "900", title: "N", summary: "", match: {}, start: "nuevo.a", steps: [{ id: "nuevo.a", kind: "action", title: "A", next: "nuevo.x" }] }] } } }, { key: "brands.b.procedures[0].steps[0].next", problem: "badValue", detail: 'Unknown step "nuevo.x"' }],
  ])("reports %s at its exact path", (_, doc, issue) => {
    expect(issuesOf(doc)).toEqual([issue]);
  });

  it("keeps what is valid beside what is not: one broken override drops alone", () => {
    const { settings, issues } = parseSettings(config({ brands: { "tigo-bo": { overrides: [{ op: "off", step: "pre-post.nope" }, { op: "set", step: "pre-post.preanalisis.gestion", status: "hold" }] } } }), CATALOG);
    expect(issues.map((i) => i.key)).toEqual(["brands.tigo-bo.overrides[0].step"]);
    const flow = setupForBrand(settings, { id: 1, subdomain: "tigo-bo" }, CATALOG).flows.find((f) => f.id === "pre-post")!;
    expect(findStep(flow, "pre-post.preanalisis.gestion")?.status).toBe("hold");
  });

  it("still reads brandFlows, with precise paths, and lets config win for the same brand", () => {
    const { settings, issues } = parseSettings({ brandFlows: '{"tigo-bo": ["tbo", "nope"], "42": ["pre-post"], "x": "tbo"}', ...config({ brands: { "42": { flows: ["tbo"] } } }) }, CATALOG);
    expect(issues).toEqual([
      { key: "brandFlows.tigo-bo[1]", problem: "unknownFlow", detail: "nope" },
      { key: "brandFlows.x", problem: "badType", detail: "array" },
    ]);
    expect(setupForBrand(settings, { id: 7, subdomain: "tigo-bo" }, CATALOG).flows.map((f) => f.id)).toEqual(["tbo"]);
    expect(setupForBrand(settings, { id: 42, subdomain: "otra" }, CATALOG).flows.map((f) => f.id)).toEqual(["tbo"]);
    expect(setupForBrand(settings, { id: 8, subdomain: "x" }, CATALOG).flows.map((f) => f.id)).toEqual(ids);
  });

  it("keeps a brand's flows from brandFlows when its config entry only overrides steps", () => {
    const { settings, issues } = parseSettings({ brandFlows: '{"tigo-bo": ["pre-post"]}', ...config({ brands: { "tigo-bo": { overrides: [{ op: "set", step: "pre-post.preanalisis.gestion", status: "hold" }] } } }) }, CATALOG);
    expect(issues).toEqual([]);
    const [flow, ...rest] = setupForBrand(settings, { id: 1, subdomain: "tigo-bo" }, CATALOG).flows;
    expect([flow?.id, rest]).toEqual(["pre-post", []]);
    expect(findStep(flow!, "pre-post.preanalisis.gestion").status).toBe("hold");
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])("treats a brand named %s as data, never as a built-in", (name) => {
    const { settings, issues } = parseSettings({ brandFlows: `{"${name}": ["tbo"]}`, ...config({ brands: { [`${name}-x`]: { flows: ["tbo"] } } }) }, CATALOG);
    expect(issues).toEqual([]);
    expect(setupForBrand(settings, { id: 1, subdomain: name }, CATALOG).flows.map((f) => f.id)).toEqual(["tbo"]);
    expect(setupForBrand(emptySettings(), { id: 1, subdomain: name }, CATALOG).flows).toEqual(CATALOG);
  });

  it("rejects config that is not text", () => {
    expect(parseSettings({ config: { brands: {} } }, CATALOG).issues).toEqual([{ key: "config", problem: "badType", detail: "string" }]);
  });

  it("reads the locale and the team-lead groups", () => {
    const { settings } = parseConfig({ locale: "en", teamLeadGroups: [360001, "360002"] }, CATALOG);
    expect(settings.locale).toBe("en");
    expect(settings.teamLeadGroups).toEqual([360001, 360002]);
  });
});

describe("brandScope() and readSettings() for one brand (the sidebar)", () => {
  const tigo = { id: 5, subdomain: "tigo-bo" };
  it.each([
    ["no settings", {}, undefined],
    ["another brand's entry", config({ brands: { "tigo-py": { flows: ["tbo"] } } }), undefined],
    ["its flows", config({ brands: { "tigo-bo": { flows: ["pre-post", "nope"], macros: {}, country: "bo" } } }), { key: "tigo-bo", flowIds: ["pre-post"], needsKit: false }],
    ["an entry that does not parse (every flow as it is, as the full read gives it)", config({ brands: { "tigo-bo": { flows: ["pre-post"], country: "BO" } } }), { key: "tigo-bo", flowIds: ids, needsKit: false }],
    ["a document whose top level does not parse (the legacy brandFlows, as the full read gives it)", { ...config({ tema: "oscuro", brands: { "tigo-bo": { flows: ["pre-post"] } } }), brandFlows: '{"tigo-bo": ["tbo"]}' }, { key: "tigo-bo", flowIds: ["tbo"], needsKit: false }],
    ["its id when no entry has its subdomain", config({ brands: { "5": { flows: ["tbo"] } } }), { key: "5", flowIds: ["tbo"], needsKit: false }],
    ["the legacy brandFlows", { brandFlows: '{"tigo-bo": ["tbo"]}' }, { key: "tigo-bo", flowIds: ["tbo"], needsKit: false }],
    ["its flows and the flows its overrides change (in catalog order)", config({ brands: { "tigo-bo": { flows: ["tbo"], overrides: [{ op: "off", step: "pre-post.x" }] } } }), { key: "tigo-bo", flowIds: ids.filter((id) => id === "tbo" || id === "pre-post"), needsKit: true }],
    ["procedures", config({ brands: { "tigo-bo": { procedures: [{}] } } }), { key: "tigo-bo", flowIds: ids, needsKit: true }],
    ["unreadable settings", { config: "{oops" }, undefined],
    ["a prototype-named brand", { config: '{"brands": {"constructor": {"overrides": [{}]}}}' }, undefined],
  ])("with %s", (_, raw, expected) => {
    expect(brandScope(raw, tigo, ids)).toEqual(expected);
  });

  it("layers that brand alone over its flows, and checks the others' flow ids against the whole catalog", () => {
    const raw = { brandFlows: '{"tigo-py": ["tbo"]}', ...config({ fields: { cedula: 77 }, brands: { "tigo-bo": { flows: ["pre-post"] }, "claro-pe": { flows: ["nope"] } } }) };
    const prePost = CATALOG.filter((f) => f.id === "pre-post");
    const { settings, issues } = readSettings(raw, prePost, undefined, { key: "tigo-bo", catalogIds: ids });
    expect(issues).toEqual([]);
    expect(settings.fields.get("cedula")).toBe(77);
    expect([...settings.brands.keys()]).toEqual(["tigo-bo"]);
    expect(settings.brands.get("tigo-bo")!.flows.map((f) => f.id)).toEqual(["pre-post"]);
    expect(readSettings(raw, [], undefined, { key: undefined, catalogIds: ids }).settings.brands.size).toBe(0);
  });

  it("without the kit, reads everything but the procedures and overrides (the sidebar loads it for them)", () => {
    const raw = config({ brands: { "tigo-bo": { flows: ["pre-post"], overrides: [{ op: "set", step: "pre-post.preanalisis.gestion", status: "hold" }] } } });
    const { settings, issues } = readSettings(raw, CATALOG, undefined);
    expect(issues).toEqual([]);
    expect(findStep(settings.brands.get("tigo-bo")!.flows[0]!, "pre-post.preanalisis.gestion")?.status).toBe("open");
    expect(brandScope(raw, { id: 1, subdomain: "tigo-bo" }, ids)?.needsKit).toBe(true);
  });
});
