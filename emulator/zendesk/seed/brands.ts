import type { Brand } from "../model";
import { apiUrl } from "./accountUrl";

export const BRAND_IDS = {
  rutaCc: 360000100001,
  tigoBo: 360000100002,
  tigoPy: 360000100003,
  impulsaEc: 360000100004,
  abastible: 360000100005,
  claroPe: 360000100006,
} as const;

const BRAND_ROWS: [number, string, string, string][] = [
  [BRAND_IDS.rutaCc, "Ruta Contact Center", "ruta-cc", "Equipo Ruta"],
  [BRAND_IDS.tigoBo, "Tigo Bolivia", "tigo-bo", "Equipo de Atención Digital Tigo"],
  [BRAND_IDS.tigoPy, "Tigo Paraguay", "tigo-py", "Tigo Business — Atención al Cliente"],
  [BRAND_IDS.impulsaEc, "Impulsa Internet", "impulsa-ec", "Impulsa Internet — Servicio al Cliente"],
  [BRAND_IDS.abastible, "Abastible", "abastible", "Abastible — Contact Center"],
  [BRAND_IDS.claroPe, "Claro Perú", "claro-pe", "Claro Empresas — Atención Corporativa"],
];

/** Six brands: the outsourcer's own default brand and the five clients the seeds serve. */
export function seedBrands(createdAt: string): Brand[] {
  return BRAND_ROWS.map(([id, name, subdomain, team], index) => ({
    id,
    url: apiUrl("brands", id),
    name,
    brand_url: `https://${subdomain}.zendesk.com`,
    subdomain,
    host_mapping: null,
    has_help_center: index > 0,
    help_center_state: index > 0 ? "enabled" : "disabled",
    active: true,
    default: index === 0,
    is_deleted: false,
    logo: null,
    ticket_form_ids: [360000300001],
    signature_template: `{{agent.name}}\n${team}`,
    created_at: createdAt,
    updated_at: createdAt,
  }));
}
