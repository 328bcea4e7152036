import type { CustomStatus, StatusCategory } from "../model";
import { apiUrl } from "./accountUrl";

export const CUSTOM_STATUS_IDS = {
  new: 41000000001,
  open: 41000000002,
  pending: 41000000003,
  hold: 41000000004,
  solved: 41000000005,
  waitingDocuments: 41000000006,
  withTechnicalArea: 41000000007,
} as const;

type Row = [id: number, category: StatusCategory, agentLabel: string, endUserLabel: string, description: string, isDefault: boolean];

const ROWS: Row[] = [
  [CUSTOM_STATUS_IDS.new, "new", "Nuevo", "Abierto", "El ticket está a la espera de ser asignado a un agente", true],
  [CUSTOM_STATUS_IDS.open, "open", "Abierto", "Abierto", "El personal está trabajando en el ticket", true],
  [CUSTOM_STATUS_IDS.pending, "pending", "Pendiente", "Esperando su respuesta", "El personal está esperando la respuesta del solicitante", true],
  [CUSTOM_STATUS_IDS.hold, "hold", "En espera", "Abierto", "El personal está esperando a un tercero", true],
  [CUSTOM_STATUS_IDS.solved, "solved", "Resuelto", "Resuelto", "El ticket se ha resuelto", true],
  [CUSTOM_STATUS_IDS.waitingDocuments, "pending", "Esperando documentos", "Esperando sus documentos", "El cliente debe enviar su carnet o contrato", false],
  [CUSTOM_STATUS_IDS.withTechnicalArea, "hold", "Derivado al área técnica", "En revisión", "Escalado a back office o al área técnica", false],
];

/** The account's custom ticket statuses: one default per category (as every account has) and two of the team's own. */
export function seedCustomStatuses(createdAt: string): CustomStatus[] {
  return ROWS.map(([id, category, agentLabel, endUserLabel, description, isDefault]) => ({
    id,
    url: apiUrl("custom_statuses", id),
    status_category: category,
    agent_label: agentLabel,
    raw_agent_label: agentLabel,
    end_user_label: endUserLabel,
    raw_end_user_label: endUserLabel,
    description,
    raw_description: description,
    end_user_description: "",
    raw_end_user_description: "",
    active: true,
    default: isDefault,
    created_at: createdAt,
    updated_at: createdAt,
  }));
}

/** The default custom status of the category a ticket status belongs to (closed → solved). */
export function defaultCustomStatusId(statuses: CustomStatus[], status: string): number {
  const category = status === "closed" ? "solved" : status;
  const found = statuses.find((s) => s.status_category === category && s.default);
  if (!found) throw new Error(`The account has no default custom status for the "${category}" category.`);
  return found.id;
}
