import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { BUDGET } from "../../../scripts/bench/budget";
import { measureBundle } from "../../../scripts/bench/measureBundle";

/**
 * Size is deterministic, so its budget is a test (timings stay in `npm run bench`). It reads the built
 * `dist/` (`npm test` builds it before Vitest runs).
 */
describe("the built app's size", () => {
  const sizes = () => measureBundle(resolve(import.meta.dirname, "../../../dist/assets"));

  it("counts the page's static graph and the largest flow chunk for a ticket, the on-demand chunks apart, every chunk for the whole dist", () => {
    const dir = mkdtempSync(join(tmpdir(), "ruta-size-"));
    const files: Record<string, string> = {
      "iframe.html": '<script type="module" src="./entry.js"></script><link rel="stylesheet" href="./app.css">',
      "entry.js": 'import{a}from"./shared.js";const f=()=>import("./flow-a.js"),g=()=>import("./flow-b.js"),k=()=>import("./layerKit-x1.js");',
      "shared.js": "export const a=1;".repeat(20),
      "app.css": "body{margin:0}",
      "flow-a.js": "export default " + JSON.stringify({ steps: Array.from({ length: 50 }, (_, i) => `paso ${i}`) }),
      "flow-b.js": "export default {}",
      "layerKit-x1.js": "export const kit = " + JSON.stringify(Array.from({ length: 400 }, (_, i) => `regla ${i * 7919}`)),
      "unused.js": "console.log(1)",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const gz = (name: string) => gzipSync(files[name]!).length;
    const measured = measureBundle(dir);
    expect(measured.ticketFiles.sort()).toEqual(["app.css", "entry.js", "shared.js"]);
    expect(measured.largestLazyChunk).toBe(gz("flow-a.js"));
    expect(measured.ticketLoad).toBe(gz("entry.js") + gz("shared.js") + gz("app.css") + gz("flow-a.js"));
    expect(gz("layerKit-x1.js")).toBeGreaterThan(gz("flow-a.js"));
    expect(measured.onDemand).toEqual({ layerKit: gz("layerKit-x1.js"), en: 0 });
    expect(measured.wholeDist).toBe(["entry.js", "shared.js", "app.css", "flow-a.js", "flow-b.js", "layerKit-x1.js", "unused.js"].reduce((sum, f) => sum + gz(f), 0));
  });

  it("finds the built page's script and stylesheet", () => {
    const { ticketFiles } = sizes();
    expect(ticketFiles.some((f) => f.endsWith(".js"))).toBe(true);
    expect(ticketFiles.some((f) => f.endsWith(".css"))).toBe(true);
  });

  // Known to be over until the catalog ships as per-brand chunks (issue 9 item 2, helper H3's
  // FLOW_INDEX + loadFlow): today every flow body is in the entry chunk. Flip to `it` when it passes.
  it.fails(`loads at most ${BUDGET.ticketLoadBytes / 1024} KB gzipped of JS+CSS for a ticket of one brand`, () => {
    expect(sizes().ticketLoad).toBeLessThanOrEqual(BUDGET.ticketLoadBytes);
  });
});
