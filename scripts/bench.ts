import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { restorePosition, selectFlow, type TicketSnapshot } from "../src/engine";
import { CATALOG, CATALOG_FILES } from "../src/flows/catalog/catalog";
import { assertFlowFile } from "../src/flows/schema";
import { matchMacro } from "../src/zendesk/matchMacro";

/**
 * `npm run bench`: the sizes and speeds the sidebar must hold to, measured on the built bundle and the
 * pure engine. Budgets are reported, not asserted in tests (timings vary from machine to machine).
 */
const BUDGET = { bundleGzipKb: 90, catalogParseMs: 15, restoreMs: 2, selectMs: 1, matchMacroMs: 5 } as const;

function time(runs: number, fn: () => void): number {
  for (let i = 0; i < Math.min(50, runs); i++) fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const perRun = (performance.now() - start) / runs;
  return perRun;
}

const assets = resolve(import.meta.dirname, "..", "dist", "assets");
const shipped = readdirSync(assets).filter((f) => /\.(js|css|html)$/.test(f));
const gzipKb = shipped.reduce((sum, f) => sum + gzipSync(readFileSync(resolve(assets, f))).length, 0) / 1024;

const now = Date.parse("2026-11-22T12:00:00Z");
const history = (n: number): TicketSnapshot => ({
  id: 1, subject: "Quiero un plan pospago", status: "open", tags: [], channel: "whatsapp",
  brand: { id: 1, name: "Tigo Bolivia", subdomain: "tigo-bo" }, requester: { name: "Cliente" },
  messages: Array.from({ length: n }, (_, i) => ({ author: i % 2 ? "agent" : "requester", body: i % 7 ? "mensaje" : "ACEPTO", public: true, at: now - (n - i) * 60_000 })),
  events: Array.from({ length: n }, (_, i) => ({ kind: "macro", title: CATALOG[0]!.steps[i % CATALOG[0]!.steps.length]!.macro ?? "Otra::Macro", at: now - (n - i) * 60_000 })),
});
const ticket = history(200);
const macros = Array.from({ length: 5000 }, (_, i) => ({ id: i, title: `Categoría ${i % 50}::Subcategoría ${i % 7}::Macro ${i}`, active: true }));

const rows = [
  ["app bundle (js+css+html, gzip)", `${gzipKb.toFixed(1)} KB`, `${BUDGET.bundleGzipKb} KB`, gzipKb <= BUDGET.bundleGzipKb],
  ["catalog parse + lint (sidebar start-up)", `${time(20, () => Object.entries(CATALOG_FILES).map(([name, file]) => assertFlowFile(file, name))).toFixed(3)} ms`, `${BUDGET.catalogParseMs} ms`, undefined],
  ["restorePosition, 200 audits + 200 messages", `${time(200, () => restorePosition(CATALOG[0]!, ticket, now)).toFixed(3)} ms`, `${BUDGET.restoreMs} ms`, undefined],
  ["selectFlow over the catalog", `${time(2000, () => selectFlow(CATALOG, ticket)).toFixed(3)} ms`, `${BUDGET.selectMs} ms`, undefined],
  ["matchMacro over 5,000 macros", `${time(50, () => matchMacro("BO::Despedida al resolver", macros)).toFixed(3)} ms`, `${BUDGET.matchMacroMs} ms`, undefined],
] as const;
let over = 0;
for (const [label, value, budget, ok] of rows) {
  const within = ok ?? Number.parseFloat(value) <= Number.parseFloat(budget);
  if (!within) over++;
  console.log(`${within ? "ok  " : "OVER"}  ${label.padEnd(46)} ${value.padStart(12)}   budget ${budget}`);
}
process.exitCode = over > 0 ? 1 : 0;
