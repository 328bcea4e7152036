/**
 * The ticket fields a team lead maps by key, with the Zendesk field types each can be written to:
 * "Estado de Pedido" takes a dropdown option, typed values take text (a number may go to an integer field).
 */
export const FIELD_TYPES = {
  orderState: ["tagger"],
  cedula: ["text", "regexp", "integer"],
  ciudad: ["text", "tagger"],
  linea: ["text", "regexp", "integer"],
  syshelp: ["integer", "text", "regexp"],
} as const satisfies Record<string, readonly string[]>;
export type FieldKey = keyof typeof FIELD_TYPES;

export const FIELD_KEYS = Object.keys(FIELD_TYPES) as FieldKey[];

export const isFieldKey = (key: string): key is FieldKey => (FIELD_KEYS as string[]).includes(key);
