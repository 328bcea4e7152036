import type * as z from "zod/mini";
import type { Flow } from "../schema";
import { aceptacionSteps } from "./001-pre-post/aceptacion";
import { contratoSteps } from "./001-pre-post/contrato";
import { escenarioSteps } from "./001-pre-post/escenario";
import { prePostNotes } from "./001-pre-post/notes";
import { ofertaSteps } from "./001-pre-post/oferta";
import { preanalisisSteps } from "./001-pre-post/preanalisis";

/** Seed 001: WhatsApp prepaid → postpaid migration without handset (Tigo Bolivia, Liza bot, E-Care). */
export const prePost: z.input<typeof Flow> = {
  id: "pre-post",
  seed: "001",
  title: "Migración Prepago a Pospago (WhatsApp)",
  summary:
    "Migración de línea móvil prepago a pospago sin equipo por WhatsApp: escenario y datos del titular, preanálisis en Planifícate, oferta según Qvantel, titularidad, T&C (ACEPTO), tocken del Activador Regional, contrato digital y confirmación.",
  match: {
    channels: ["native_messaging", "whatsapp"],
    subjectWords: ["pospago", "postpago", "migrar", "migracion", "plan pospago", "plan postpago", "prepago a pospago"],
  },
  start: "pre-post.escenario.identificar",
  steps: [...escenarioSteps, ...preanalisisSteps, ...ofertaSteps, ...aceptacionSteps, ...contratoSteps],
  notes: prePostNotes,
};
