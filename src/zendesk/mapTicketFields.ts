import { foldText } from "../engine/normalizeName";
import { FIELD_TITLES, type FieldKey } from "./fieldTitles";
import { findOrderStateField } from "./orderStateField";
import type { ApiTicketField, ZafTicketField } from "./schemas";

/** A field the flows name by key, as this account has it: its id, its type and, for a drop-down, its options. */
export type KeyedField = { id: number; type: string; options?: { name: string; value: string }[] };

/** Where the fields Ruta reads live in this account: ids and option names, no ticket data, so it may be cached. */
export type FieldMap = { orderState?: ApiTicketField; byKey: Partial<Record<FieldKey, KeyedField>> };

/** A drop-down's value as the agent reads it (the option's name), any other field's as it is. */
export function shownValue(field: KeyedField, value: unknown): string | undefined {
  const raw = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!raw) return undefined;
  return field.options ? field.options.find((o) => o.value === raw)?.name : raw;
}

/**
 * What writing `value` to the field sends: a drop-down takes the option of that name (none: nothing is
 * written), an integer field digits only; undefined when the field cannot hold the value.
 */
export function fieldWrite(field: KeyedField, value: string): { id: number; value: string } | undefined {
  if (field.options) {
    const option = field.options.find((o) => foldText(o.name) === foldText(value));
    return option && { id: field.id, value: option.value };
  }
  if (field.type === "integer") return /^\d+$/.test(value) ? { id: field.id, value } : undefined;
  return { id: field.id, value };
}

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
    if (field) byKey[key] = { id: field.id, type: field.type, ...(field.custom_field_options?.length ? { options: field.custom_field_options.map((o) => ({ name: o.name, value: o.value })) } : {}) };
  }
  return { ...(orderState ? { orderState } : {}), byKey };
}
