import type * as z from "zod/mini";
import type { Flow } from "../schema";

/** Seed 001: WhatsApp prepaid → postpaid migration without handset (Tigo Bolivia, Liza bot, E-Care). */
export const prePost: z.input<typeof Flow> = {
  id: "pre-post",
  seed: "001",
  title: "Migración Prepago a Pospago (WhatsApp)",
  summary: "Migración de línea móvil prepago a pospago sin equipo por WhatsApp.",
  match: { channels: ["whatsapp", "native_messaging"], subjectWords: ["pospago", "postpago", "plan"] },
  start: "pre-post.inicio",
  steps: [
    { id: "pre-post.inicio", kind: "end", title: "Inicio" },
  ],
};
