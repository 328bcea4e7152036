import { foldText } from "../engine/normalizeName";
import { FIELD_TITLES, type FieldKey } from "./fieldTitles";
import { findOrderStateField } from "./orderStateField";
import type { ApiTicketField, ZafTicketField } from "./schemas";

/** Where the fields Ruta reads live in this account: ids and option names, no ticket data, so it may be cached. */
export type FieldMap = { orderState?: ApiTicketField; byKey: Partial<Record<FieldKey, number>> };

const CUSTOM_FIELD_NAME = /^custom_field_(\d+)$/;

/** A ZAF Ticket Field object in the REST shape the order-state helpers read; undefined for system fields. */
export function toApiField(field: ZafTicketField): ApiTicketField | undefined {
  const id = Number(CUSTOM_FIELD_NAME.exec(field.name)?.[1]);
  if (!id) return undefined;
  const options = (field.options ?? []).flatMap((o) => (typeof o.value === "string" && o.value ? [{ name: o.label, value: o.value }] : []));
  return { id, title: field.label ?? "", type: field.type ?? "", ...(field.options ? { custom_field_options: options } : {}) };
}

/** Finds the order-state dropdown (by configured id, else by title) and the flows' fields by their titles. */
export function mapTicketFields(fields: readonly ZafTicketField[], orderStateFieldId?: number): FieldMap {
  const custom = fields.flatMap((f) => toApiField(f) ?? []);
  const orderState = findOrderStateField(custom, orderStateFieldId);
  const byKey: FieldMap["byKey"] = {};
  for (const [key, title] of Object.entries(FIELD_TITLES) as [FieldKey, string][]) {
    const field = custom.find((f) => foldText(f.title) === foldText(title));
    if (field) byKey[key] = field.id;
  }
  return { ...(orderState ? { orderState } : {}), byKey };
}
