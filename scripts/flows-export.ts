import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildFlowExport, FLOW_FILE_SCHEMA_PATH } from "./flowExport";

/**
 * Writes dist/flows.json (the flows the app loads), dist/flow.schema.json (one flow's JSON Schema) and
 * dist/flow-file.schema.json (a procedure file's), and refreshes the copy the catalog files name in `$schema`.
 */
const root = resolve(import.meta.dirname, "..");
const dist = resolve(root, "dist");
const { schema, fileSchema, flows } = buildFlowExport();
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
mkdirSync(dist, { recursive: true });
writeFileSync(resolve(dist, "flow.schema.json"), json(schema));
writeFileSync(resolve(dist, "flow-file.schema.json"), json(fileSchema));
writeFileSync(resolve(root, FLOW_FILE_SCHEMA_PATH), json(fileSchema));
writeFileSync(resolve(dist, "flows.json"), json(flows));
console.log(`Wrote ${flows.length} flows to dist/flows.json, their schemas to dist/flow.schema.json and dist/flow-file.schema.json`);
