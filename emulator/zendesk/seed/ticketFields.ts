import type { FieldOption, TicketField } from "../model";
import { apiUrl } from "./accountUrl";
import { ORDER_STATE_FIELD_ID, ORDER_STATE_OPTIONS } from "./orderStates";

export const FIELD_IDS = {
  orderState: ORDER_STATE_FIELD_ID,
  lineNumber: 360011113333,
  city: 360011114444,
  identityCard: 360011115555,
  attentionType: 360011116666,
  sysHelpNumber: 360011117777,
  needsEscalation: 360011118888,
} as const;

const CITY_OPTIONS = ["La Paz", "El Alto", "Santa Cruz", "Cochabamba", "Asunción", "Ciudad del Este", "Quito", "Guayaquil", "Santiago", "Lima"];
const ATTENTION_OPTIONS = ["Consulta", "Reclamo", "Solicitud", "Retención"];

function slug(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/::/g, "__").replace(/[^a-z0-9_]+/g, "_");
}

function options(fieldId: number, rows: readonly { name: string; value: string }[]): FieldOption[] {
  return rows.map((row, index) => ({ id: fieldId * 100 + index + 1, name: row.name, raw_name: row.name, value: row.value, default: false }));
}

type FieldSpec = { id: number; type: string; title: string; description?: string; removable?: boolean; options?: FieldOption[]; tag?: string };

const SYSTEM_FIELDS: FieldSpec[] = [
  { id: 360000000101, type: "subject", title: "Subject", removable: false },
  { id: 360000000102, type: "description", title: "Description", removable: false },
  { id: 360000000103, type: "status", title: "Status", removable: false },
  { id: 360000000104, type: "tickettype", title: "Type", removable: true },
  { id: 360000000105, type: "priority", title: "Priority", removable: true },
  { id: 360000000106, type: "group", title: "Group", removable: false },
  { id: 360000000107, type: "assignee", title: "Assignee", removable: false },
];

const CUSTOM_FIELDS: FieldSpec[] = [
  {
    id: FIELD_IDS.orderState,
    type: "tagger",
    title: "Estado de Pedido",
    description: "Tipificación del pedido del cliente. Las macros del proceso lo completan.",
    options: options(FIELD_IDS.orderState, ORDER_STATE_OPTIONS),
  },
  { id: FIELD_IDS.lineNumber, type: "text", title: "Número de línea", description: "Línea sobre la que se aplica la solicitud" },
  { id: FIELD_IDS.city, type: "tagger", title: "Ciudad", options: options(FIELD_IDS.city, CITY_OPTIONS.map((name) => ({ name, value: `ciudad_${slug(name)}` }))) },
  { id: FIELD_IDS.identityCard, type: "text", title: "Cédula de Identidad" },
  {
    id: FIELD_IDS.attentionType,
    type: "tagger",
    title: "Tipo de Atención",
    options: options(FIELD_IDS.attentionType, ATTENTION_OPTIONS.map((name) => ({ name, value: `atencion_${slug(name)}` }))),
  },
  { id: FIELD_IDS.sysHelpNumber, type: "integer", title: "Número de SysHelp" },
  { id: FIELD_IDS.needsEscalation, type: "checkbox", title: "Requiere derivación", tag: "requiere_derivacion" },
];

/** The account's ticket fields: Zendesk's system fields first, then the custom ones (incl. "Estado de Pedido"). */
export function seedTicketFields(createdAt: string): TicketField[] {
  return [...SYSTEM_FIELDS, ...CUSTOM_FIELDS].map((spec, index) => ({
    id: spec.id,
    url: apiUrl("ticket_fields", spec.id),
    type: spec.type,
    title: spec.title,
    raw_title: spec.title,
    description: spec.description ?? "",
    raw_description: spec.description ?? "",
    agent_description: null,
    position: index + 1,
    active: true,
    required: false,
    collapsed_for_agents: false,
    regexp_for_validation: null,
    title_in_portal: spec.title,
    visible_in_portal: false,
    editable_in_portal: false,
    required_in_portal: false,
    tag: spec.tag ?? null,
    removable: spec.removable ?? true,
    ...(spec.options ? { custom_field_options: spec.options } : {}),
    created_at: createdAt,
    updated_at: createdAt,
  }));
}
