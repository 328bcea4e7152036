import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rollup } from "vite";
import { flowCatalogPlugin } from "../../../scripts/flowCatalogPlugin";
import { CATALOG } from "../../../src/flows/catalog/catalog";

const root = resolve(import.meta.dirname, "../../..");

async function bundle(entry: string, catalogDir?: string): Promise<Rollup.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    plugins: [flowCatalogPlugin({ catalogDir })],
    build: { write: false, minify: true, rollupOptions: { input: entry, preserveEntrySignatures: "strict" }, modulePreload: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output).filter((o): o is Rollup.OutputChunk => o.type === "chunk");
}

describe("flowCatalogPlugin() (npm run build)", () => {
  it("keeps flow bodies out of the entry: one chunk per flow, loaded with import()", { timeout: 30_000 }, async () => {
    const chunks = await bundle(resolve(root, "src/flows/catalog/index.ts"));
    const [entry, ...rest] = [chunks.find((c) => c.isEntry)!, ...chunks.filter((c) => !c.isEntry)];
    expect(rest.map((c) => c.name).sort()).toEqual(["000-tbo", "001-pre-post", "002-retencion-internet", "003-lpg-requerimientos", "004-cargo-fijo-corporativo"]);
    expect(entry.dynamicImports).toHaveLength(CATALOG.length);
    for (const flow of CATALOG) expect(entry.code).not.toContain(flow.start.replace(/^[^.]+\./, "."));
    const bodies = rest.reduce((sum, c) => sum + gzipSync(c.code).length, 0);
    expect(gzipSync(entry.code).length).toBeLessThan(bodies / 10);
  });

  describe("fails the build with the lint's messages and paths when a procedure file is broken", () => {
    const dir = mkdtempSync(join(tmpdir(), "ruta-catalog-"));
    const file = JSON.parse(readFileSync(resolve(root, "src/flows/catalog/004-cargo-fijo-corporativo.json"), "utf8"));
    file.steps[0].next = "cargo-fijo-corporativo.no-existe";
    writeFileSync(join(dir, "broken.json"), JSON.stringify(file));
    const message = /broken\.json" is invalid:\n {2}steps\.0\.next: Unknown step "cargo-fijo-corporativo\.no-existe"/;

    it("when the app imports it", { timeout: 30_000 }, async () => {
      writeFileSync(join(dir, "imports.js"), 'export const load = () => import("./broken.json?flow");\n');
      await expect(bundle(join(dir, "imports.js"), resolve(root, "src/flows/catalog"))).rejects.toThrow(message);
    });

    it("when it only sits in the catalog folder", { timeout: 30_000 }, async () => {
      writeFileSync(join(dir, "empty.js"), "export const nothing = 0;\n");
      await expect(bundle(join(dir, "empty.js"), dir)).rejects.toThrow(message);
    });
  });
});
