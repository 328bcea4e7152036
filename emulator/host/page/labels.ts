/** Zendesk's Spanish agent-interface names for statuses and channels. */
export const STATUS_LABELS: Record<string, string> = {
  new: "Nuevo",
  open: "Abierto",
  pending: "Pendiente",
  hold: "En espera",
  solved: "Resuelto",
  closed: "Cerrado",
};

/** Zendesk's Spanish agent-interface names for priorities and ticket types. */
export const PRIORITY_LABELS: Record<string, string> = { low: "Baja", normal: "Normal", high: "Alta", urgent: "Urgente" };
export const TYPE_LABELS: Record<string, string> = { question: "Pregunta", incident: "Incidente", problem: "Problema", task: "Tarea" };

export const SUBMIT_STATUSES = ["open", "pending", "hold", "solved"] as const;

export function channelLabel(via: { channel: string; source: { rel: string | null } }): string {
  if (via.channel === "native_messaging") return via.source.rel === "whatsapp" ? "WhatsApp" : "Mensajería";
  return { email: "Correo electrónico", web: "Formulario web", voice: "Llamada telefónica", api: "API" }[via.channel] ?? via.channel;
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString("es-BO", { day: "2-digit", month: "short", hour: "2-digit", minute: "2-digit" });
}
