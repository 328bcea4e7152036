import type { Flow, Step } from "../flows/schema";
import { matchMacro } from "../zendesk/matchMacro";
import { findOrderStateField, optionForOrderState } from "../zendesk/orderStateField";
import type { ApiMacro, ApiTicketField } from "../zendesk/schemas";
import { applyMacroMatches } from "./applyMacroMatches";
import { closestTitles } from "./closestTitles";
import { FIELD_TYPES, type FieldKey } from "./fieldKeys";
import { formatPath } from "./formatPath";
import { ORDER_STATE_FIELD_KEY, type Settings, setupForBrand } from "./readSettings";

/** What the doctor reads of the account. */
export type AccountData = {
  brands: { id: number; name: string; subdomain: string }[];
  groups: { id: number; name: string }[];
  /** Active macros. */
  macros: ApiMacro[];
  ticketFields: ApiTicketField[];
};

export const DOCTOR_PROBLEMS = ["macroMissing", "macroAmbiguous", "orderStateFieldMissing", "orderStateMissing", "unknownField", "wrongFieldType", "unknownBrand", "unknownGroup"] as const;
export type DoctorProblem = (typeof DOCTOR_PROBLEMS)[number];

/**
 * Something the account lacks for the settings to work: `key` is where (a brand's step or a settings
 * path), `detail` what (the macro path, the order state, the id), `closest` the account's nearest names.
 */
export type Finding = { problem: DoctorProblem; key: string; detail: string; steps?: string[]; closest?: string[] };

/**
 * The macro and order-state findings of some steps, one per path or state with the steps that use it.
 * Without `macros` (not loaded yet) macros are not checked; without a field, order states are not.
 */
export function checkSteps(key: string, steps: readonly Step[], macros: readonly ApiMacro[] | undefined, orderStateField: ApiTicketField | undefined): Finding[] {
  const byMacro = new Map<string, string[]>();
  const byState = new Map<string, string[]>();
  for (const step of steps) {
    if (step.macro) byMacro.set(step.macro, [...(byMacro.get(step.macro) ?? []), step.id]);
    if (step.orderState) byState.set(step.orderState, [...(byState.get(step.orderState) ?? []), step.id]);
  }
  const findings: Finding[] = [];
  const titles = (macros ?? []).filter((m) => m.active).map((m) => m.title);
  for (const [path, ids] of macros ? byMacro : []) {
    const match = matchMacro(path, macros!);
    if (match.status === "missing") findings.push({ problem: "macroMissing", key, detail: path, steps: ids, closest: closestTitles(path, titles) });
    if (match.status === "ambiguous") findings.push({ problem: "macroAmbiguous", key, detail: path, steps: ids, closest: match.macros.map((m) => `${m.title} (${m.id})`) });
  }
  const options = (orderStateField?.custom_field_options ?? []).map((o) => o.name);
  for (const [state, ids] of orderStateField ? byState : []) {
    if (!optionForOrderState(orderStateField!, state)) findings.push({ problem: "orderStateMissing", key, detail: state, steps: ids, closest: closestTitles(state, options) });
  }
  return findings;
}

function checkFields(settings: Settings, fields: readonly ApiTicketField[]): Finding[] {
  return [...settings.fields].flatMap(([key, id]): Finding[] => {
    const field = fields.find((f) => f.id === id);
    const at = formatPath(["fields", key]);
    if (!field || field.active === false) return [{ problem: "unknownField", key: at, detail: String(id) }];
    const fitting: readonly string[] = FIELD_TYPES[key as FieldKey];
    return fitting.includes(field.type) ? [] : [{ problem: "wrongFieldType", key: at, detail: field.type }];
  });
}

/**
 * The account doctor: for every brand of the account (or the one named), every macro path of every
 * enabled flow resolves to exactly one active macro, every order state is an option of the mapped
 * field; mapped fields exist with a fitting type; configured brands and team-lead groups exist. Pure.
 */
export function checkAccount(settings: Settings, catalog: readonly Flow[], account: AccountData, only?: string): Finding[] {
  const findings = checkFields(settings, account.ticketFields);
  const configuredId = settings.fields.get(ORDER_STATE_FIELD_KEY);
  const orderStateField = findOrderStateField(account.ticketFields, configuredId);
  if (!orderStateField) findings.push({ problem: "orderStateFieldMissing", key: configuredId ? formatPath(["fields", ORDER_STATE_FIELD_KEY]) : ORDER_STATE_FIELD_KEY, detail: configuredId ? String(configuredId) : "Estado de Pedido" });
  for (const key of settings.brands.keys()) {
    if (!account.brands.some((b) => b.subdomain === key || String(b.id) === key)) findings.push({ problem: "unknownBrand", key: formatPath(["brands", key]), detail: key, closest: closestTitles(key, account.brands.map((b) => b.subdomain)) });
  }
  settings.teamLeadGroups.forEach((id, i) => {
    if (!account.groups.some((g) => g.id === id)) findings.push({ problem: "unknownGroup", key: formatPath(["teamLeadGroups", i]), detail: String(id) });
  });
  const checked = account.brands.filter((b) => only === undefined || b.subdomain === only || String(b.id) === only);
  if (only !== undefined && checked.length === 0) findings.push({ problem: "unknownBrand", key: "--brand", detail: only, closest: closestTitles(only, account.brands.map((b) => b.subdomain)) });
  for (const brand of checked) {
    const setup = setupForBrand(settings, brand, catalog);
    const flows = setup.flows.map((f) => applyMacroMatches(f, setup.macros, account.macros));
    findings.push(...checkSteps(brand.subdomain, flows.flatMap((f) => f.steps), account.macros, orderStateField));
  }
  return findings;
}
