import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv from "ajv/dist/2020";
import { buildFlowExport, FLOW_FILE_SCHEMA_PATH } from "../../../scripts/flowExport";
import { CATALOG_FILES } from "../../../src/flows/catalog/catalog";
import { FLOW_INDEX, loadFlow } from "../../../src/flows/catalog";

const root = resolve(import.meta.dirname, "../../..");

describe("npm run flows:export", () => {
  const { schema, fileSchema, flows } = buildFlowExport();
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it("writes dist/flows.json that validates against dist/flow.schema.json", { timeout: 60_000 }, () => {
    execFileSync("npx", ["tsx", "scripts/flows-export.ts"], { cwd: root, stdio: "pipe" });
    const written = JSON.parse(readFileSync(resolve(root, "dist/flows.json"), "utf8")) as unknown[];
    const writtenSchema = JSON.parse(readFileSync(resolve(root, "dist/flow.schema.json"), "utf8"));
    const validateWritten = new Ajv({ strict: false }).compile(writtenSchema);
    expect(written).toHaveLength(flows.length);
    for (const flow of written) expect(validateWritten(flow), JSON.stringify(validateWritten.errors)).toBe(true);
  });

  it("exports the flows the app loads, body for body", async () => {
    expect(await Promise.all(FLOW_INDEX.map((entry) => loadFlow(entry.id)))).toEqual(flows);
  });

  it("keeps the procedure files' $schema copy up to date (npm run flows:export refreshes it)", () => {
    expect(JSON.parse(readFileSync(resolve(root, FLOW_FILE_SCHEMA_PATH), "utf8"))).toEqual(JSON.parse(JSON.stringify(fileSchema)));
  });

  it.each(Object.entries(CATALOG_FILES))("%s.json validates against the procedure-file schema its $schema names", (_, file) => {
    const validateFile = new Ajv({ strict: false, allErrors: true }).compile(fileSchema);
    expect(validateFile(file), JSON.stringify(validateFile.errors)).toBe(true);
    expect((file as { $schema?: string }).$schema).toBe("../schema/flow-file.schema.json");
  });

  it.each(flows.map((f) => [f.id, f] as const))("exports %s with macro, status and orderState under those names", (_, flow) => {
    expect(validate(flow)).toBe(true);
    for (const step of flow.steps) {
      const keys = Object.keys(step);
      expect(keys.filter((k) => /macro|status|order/i.test(k)).every((k) => ["macro", "status", "orderState"].includes(k))).toBe(true);
    }
  });

  it("rejects a step with a status Zendesk does not have", () => {
    const [first] = flows;
    const broken = { ...first, steps: first!.steps.map((s, i) => (i === 0 ? { ...s, status: "resuelto" } : s)) };
    expect(validate(broken)).toBe(false);
  });

  it("rejects a flow missing its start", () => {
    const { start: _, ...broken } = flows[0]!;
    expect(validate(broken)).toBe(false);
  });
});
