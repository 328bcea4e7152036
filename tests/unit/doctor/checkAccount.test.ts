import { CATALOG } from "../../../src/flows/catalog/catalog";
import { checkAccount, type AccountData } from "../../../src/settings/checkAccount";
import { parseConfig } from "../../../src/settings/parseSettings";
import { normalizeName } from "../../../src/engine/normalizeName";
import type { ApiTicketField } from "../../../src/zendesk/schemas";

/** The account's macros less every spelling of `path` (the catalog spells some paths two ways, and matching tolerates both). */
const without = (account: AccountData, path: string) => account.macros.filter((m) => normalizeName(m.title) !== normalizeName(path));

const prePost = CATALOG.find((f) => f.id === "pre-post")!;
const macroPaths = [...new Set(CATALOG.flatMap((f) => f.steps.flatMap((s) => (s.macro ? [s.macro] : []))))];
const states = [...new Set(CATALOG.flatMap((f) => f.steps.flatMap((s) => (s.orderState ? [s.orderState] : []))))];

const orderStateField: ApiTicketField = { id: 500, title: "Estado de Pedido", type: "tagger", active: true, custom_field_options: states.map((name, i) => ({ id: i + 1, name, value: `v${i}` })) };

/** An account that has everything the catalog needs, under the seeds' names. */
function anAccount(overrides: Partial<AccountData> = {}): AccountData {
  return {
    brands: [{ id: 1, name: "Tigo Bolivia", subdomain: "tigo-bo" }, { id: 2, name: "Tigo Paraguay", subdomain: "tigo-py" }],
    groups: [{ id: 77, name: "Supervisores" }],
    macros: macroPaths.map((title, i) => ({ id: 1000 + i, title, active: true })),
    ticketFields: [orderStateField, { id: 600, title: "Cédula de Identidad", type: "text", active: true }, { id: 601, title: "Ciudad", type: "checkbox", active: true }],
    ...overrides,
  };
}
const check = (doc: unknown, account = anAccount(), brand?: string) => checkAccount(parseConfig(doc, CATALOG).settings, CATALOG, account, brand);

describe("checkAccount() (the account doctor)", () => {
  it("finds nothing on an account with the seeds' macros and the order-state field, with no settings at all", () => {
    expect(check({})).toEqual([]);
  });

  it("lists a renamed macro once per brand, with the steps that use it and the closest titles", () => {
    const path = "Respuesta rápida::Opción 4";
    const account = anAccount();
    account.macros = [...without(account, path), { id: 5, title: "Respuesta rápida::Opción cuatro (nueva)", active: true }];
    const findings = check({}, account, "tigo-bo");
    expect(findings).toContainEqual({ problem: "macroMissing", key: "tigo-bo", detail: path, steps: prePost.steps.filter((s) => s.macro === path).map((s) => s.id), closest: expect.arrayContaining(["Respuesta rápida::Opción cuatro (nueva)"]) });
    expect(findings.every((f) => f.problem === "macroMissing" && normalizeName(f.detail) === normalizeName(path))).toBe(true);
  });

  it("reports a deactivated macro as missing, and two active macros answering one path as ambiguous", () => {
    const [first, second] = macroPaths as [string, string];
    const account = anAccount();
    account.macros = [...account.macros.map((m) => (m.title === first ? { ...m, active: false } : m)), { id: 9, title: second, active: true }];
    const findings = check({}, account, "tigo-bo");
    expect(findings.map((f) => [f.problem, f.detail])).toEqual([["macroMissing", first], ["macroAmbiguous", second]]);
    expect(findings[1]?.closest).toEqual([`${second} (1001)`, `${second} (9)`]);
  });

  it("follows a brand's macro matches: a match by id resolves, a match to a removed macro does not", () => {
    const path = "Respuesta rápida::Opción 4";
    const account = anAccount();
    account.macros = [...without(account, path), { id: 4242, title: "Rápidas::Cuatro", active: true }];
    expect(check({ brands: { "tigo-bo": { macros: { [path]: 4242 } } } }, account, "tigo-bo")).toEqual([]);
    expect(check({ brands: { "tigo-bo": { macros: { [path]: 4243 } } } }, account, "tigo-bo").map((f) => [f.problem, f.detail])).toContainEqual(["macroMissing", path]);
  });

  it("checks only the flows a brand has on, overrides layered", () => {
    const account = anAccount({ macros: [] });
    const findings = check({ brands: { "tigo-py": { flows: ["cargo-fijo-corporativo"], overrides: [] } } }, account, "tigo-py");
    const cargo = CATALOG.find((f) => f.id === "cargo-fijo-corporativo")!;
    expect(new Set(findings.map((f) => f.detail))).toEqual(new Set(cargo.steps.flatMap((s) => (s.macro ? [s.macro] : []))));
  });

  it("reports an order state that is not an option of the mapped field, with the closest options", () => {
    const field = { ...orderStateField, custom_field_options: orderStateField.custom_field_options!.filter((o) => o.name !== "No califica::Mora") };
    const findings = check({}, anAccount({ ticketFields: [field] }), "tigo-bo");
    expect(findings).toEqual([{ problem: "orderStateMissing", key: "tigo-bo", detail: "No califica::Mora", steps: expect.any(Array), closest: expect.any(Array) }]);
  });

  it.each<[string, unknown, AccountData, { problem: string; key: string; detail: string }]>([
    ["an order-state field id that names no field", { fields: { orderState: 999 } }, anAccount(), { problem: "orderStateFieldMissing", key: "fields.orderState", detail: "999" }],
    ["no order-state field by its title", {}, anAccount({ ticketFields: [] }), { problem: "orderStateFieldMissing", key: "orderState", detail: "Estado de Pedido" }],
    ["a mapped field that does not exist", { fields: { linea: 12345 } }, anAccount(), { problem: "unknownField", key: "fields.linea", detail: "12345" }],
    ["a mapped field of a type that cannot hold the value", { fields: { ciudad: 601 } }, anAccount(), { problem: "wrongFieldType", key: "fields.ciudad", detail: "checkbox" }],
    ["an order-state field that is not a dropdown", { fields: { orderState: 600 } }, anAccount(), { problem: "wrongFieldType", key: "fields.orderState", detail: "text" }],
    ["a configured brand the account lacks", { brands: { "tigo-uy": {} } }, anAccount(), { problem: "unknownBrand", key: "brands.tigo-uy", detail: "tigo-uy" }],
    ["a team-lead group the account lacks", { teamLeadGroups: [77, 78] }, anAccount(), { problem: "unknownGroup", key: "teamLeadGroups[1]", detail: "78" }],
  ])("reports %s", (_, doc, account, finding) => {
    expect(check(doc, account, "tigo-py")).toContainEqual(expect.objectContaining(finding));
  });

  it("says so when the brand asked for is not in the account, rather than finding nothing", () => {
    expect(check({}, anAccount(), "tigo-uy")).toEqual([{ problem: "unknownBrand", key: "--brand", detail: "tigo-uy", closest: ["tigo-bo", "tigo-py"] }]);
  });

  it("finds brands by id as well as by subdomain", () => {
    expect(check({ brands: { "2": { flows: ["tbo"] } } }, anAccount(), "tigo-py")).toEqual([]);
  });
});
