import type { TicketFieldKey } from "../flows/schema";

/**
 * The ticket fields the flows name by key, with the title an account gives them by default. The read
 * path fills `TicketSnapshot.fieldValues` by these keys; a write of a typed value finds its field the same way.
 */
export const FIELD_TITLES = {
  cedula: "Cédula de Identidad",
  ciudad: "Ciudad",
  linea: "Número de línea",
  syshelp: "Número de SysHelp",
} as const satisfies Record<TicketFieldKey, string>;
export type FieldKey = TicketFieldKey;
