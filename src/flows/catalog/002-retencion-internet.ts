import type * as z from "zod/mini";
import type { Flow } from "../schema";

/** Seed 002. */
export const retencionInternet: z.input<typeof Flow> = {
  id: "retencion-internet",
  seed: "002",
  title: "Tipificación retención Internet",
  summary: "",
  match: {},
  start: "retencion-internet.inicio",
  steps: [{ id: "retencion-internet.inicio", kind: "end", title: "Inicio" }],
};
