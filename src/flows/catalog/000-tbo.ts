import type * as z from "zod/mini";
import type { Flow } from "../schema";

/** Seed 000. */
export const tbo: z.input<typeof Flow> = {
  id: "tbo",
  seed: "000",
  title: "Reclamos TBO (Tigo Business Online)",
  summary: "",
  match: {},
  start: "tbo.inicio",
  steps: [{ id: "tbo.inicio", kind: "end", title: "Inicio" }],
};
