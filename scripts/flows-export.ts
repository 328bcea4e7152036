import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildFlowExport } from "./flowExport";

/** Writes dist/flows.json and dist/flow.schema.json: the base team leads start from when they customise flows. */
const dist = resolve(import.meta.dirname, "..", "dist");
const { schema, flows } = buildFlowExport();
mkdirSync(dist, { recursive: true });
writeFileSync(resolve(dist, "flow.schema.json"), `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync(resolve(dist, "flows.json"), `${JSON.stringify(flows, null, 2)}\n`);
console.log(`Wrote ${flows.length} flows to dist/flows.json and their schema to dist/flow.schema.json`);
