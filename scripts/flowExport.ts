import * as z from "zod/mini";
import { CATALOG } from "../src/flows/catalog/catalog";
import { Flow, FlowFile } from "../src/flows/schema";

/** Where the procedure files' `$schema` points, relative to the repository root. */
export const FLOW_FILE_SCHEMA_PATH = "src/flows/schema/flow-file.schema.json";

/**
 * What `npm run flows:export` writes: the catalog as the app loads it (resolved, pre-validated flows), the JSON
 * Schema of one such flow, and the JSON Schema of a procedure file as written in src/flows/catalog/.
 */
export function buildFlowExport() {
  const schema = {
    ...z.toJSONSchema(Flow, { io: "input" }),
    title: "Ruta flow",
    description: "A procedure as a graph of steps, as the app loads it. Graph integrity (references, reachability, placeholders) is checked by the catalog lint on top of this schema.",
  };
  const fileSchema = {
    ...z.toJSONSchema(FlowFile, { io: "input" }),
    title: "Ruta procedure file",
    description: "One procedure as written in src/flows/catalog/: steps, shared checklist items and routes, and blocks (kind \"sysHelp\"). See docs/catalog.md.",
  };
  return { schema, fileSchema, flows: CATALOG };
}
