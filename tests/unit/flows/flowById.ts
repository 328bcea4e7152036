import { CATALOG } from "../../../src/flows/catalog/catalog";
import type { Flow } from "../../../src/flows/schema";

/** The catalog's flow with this id, as the engine receives it. */
export function flowById(id: string): Flow {
  const flow = CATALOG.find((f) => f.id === id);
  if (!flow) throw new Error(`The catalog has no flow "${id}".`);
  return flow;
}
