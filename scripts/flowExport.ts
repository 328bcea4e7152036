import * as z from "zod/mini";
import { CATALOG } from "../src/flows/catalog";
import { Flow } from "../src/flows/schema";

/** The catalog as the app sees it and the JSON Schema of one flow, as `npm run flows:export` writes them. */
export function buildFlowExport() {
  const schema = {
    ...z.toJSONSchema(Flow, { io: "input" }),
    title: "Ruta flow",
    description: "A procedure as a graph of steps. Graph integrity (references, reachability, placeholders) is checked by the app on top of this schema.",
  };
  return { schema, flows: CATALOG };
}
