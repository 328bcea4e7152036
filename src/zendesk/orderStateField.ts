import { foldText, normalizeName } from "../engine/normalizeName";
import type { ApiTicketField, FieldOption } from "./schemas";

/** The title the seeds give the order-state dropdown, used when no field id is configured. */
export const ORDER_STATE_FIELD_TITLE = "Estado de Pedido";

/** The "Estado de Pedido" dropdown: by configured id, else the active tagger field with that title. */
export function findOrderStateField(fields: readonly ApiTicketField[], fieldId?: number): ApiTicketField | undefined {
  if (fieldId !== undefined) return fields.find((f) => f.id === fieldId);
  return fields.find((f) => f.type === "tagger" && f.active !== false && foldText(f.title) === foldText(ORDER_STATE_FIELD_TITLE));
}

/** The option whose nested name matches the flow's order state tolerantly ("En progreso > Datos insuficientes"). */
export function optionForOrderState(field: ApiTicketField, orderState: string): FieldOption | undefined {
  const key = normalizeName(orderState);
  return field.custom_field_options?.find((o) => normalizeName(o.name) === key);
}

/** The option name for the tag a dropdown holds, so the engine compares names, not tags. */
export function orderStateForTag(field: ApiTicketField | undefined, tag: unknown): string | undefined {
  if (typeof tag !== "string" || !tag) return undefined;
  return field?.custom_field_options?.find((o) => o.value === tag)?.name ?? tag;
}
