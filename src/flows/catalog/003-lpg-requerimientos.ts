import type * as z from "zod/mini";
import type { Flow } from "../schema";

/** Seed 003. */
export const lpgRequerimientos: z.input<typeof Flow> = {
  id: "lpg-requerimientos",
  seed: "003",
  title: "Requerimientos Abastible (GLP)",
  summary: "",
  match: {},
  start: "lpg-requerimientos.inicio",
  steps: [{ id: "lpg-requerimientos.inicio", kind: "end", title: "Inicio" }],
};
