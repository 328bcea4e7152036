import type * as z from "zod/mini";
import type { Flow } from "../schema";

/** Seed 004. */
export const cargoFijoCorporativo: z.input<typeof Flow> = {
  id: "cargo-fijo-corporativo",
  seed: "004",
  title: "Corrección de cargo fijo corporativo",
  summary: "",
  match: {},
  start: "cargo-fijo-corporativo.inicio",
  steps: [{ id: "cargo-fijo-corporativo.inicio", kind: "end", title: "Inicio" }],
};
