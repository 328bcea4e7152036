import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { BUDGET } from "./bench/budget";
import { buildMinimalApp } from "./bench/buildMinimalApp";
import { countRequests, SHIFT_OPENS } from "./bench/countRequests";
import { aLongFlowFile, aTokenReplyTicket, cpuMs, indexAndMatch, positionFromReply, storedMacros, validateLongFlow } from "./bench/engineWork";
import { measureBundle } from "./bench/measureBundle";
import { type Stat, summarize } from "./bench/stats";
import { timeFirstStep } from "./bench/timeFirstStep";

/**
 * `npm run bench`: issue 9's budget, measured. Sizes over the built `dist/`; time to the first suggested
 * step in headless Chromium over the emulator, side by side with a minimal ZAF app in the same run (order
 * rotated, fresh profile per run); REST requests over the in-process emulator; engine work cold (a fresh
 * process per run) and warm, in CPU time. Prints target, Ruta, minimal app, ok/OVER; exits 1 when anything is over.
 * `BENCH_RUNS` sets the runs (default 10). Needs `npm run build && npm run emulator:build` first.
 */
const RUNS = Number(process.env.BENCH_RUNS) || 10;
/** Issue 11: e-mail and web forms put no cap on a customer's reply. */
const LONG_REPLY = 120_000;
const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(ROOT, "dist");
if (!existsSync(resolve(DIST, "assets/iframe.html")) || !existsSync(resolve(ROOT, "emulator/dist/index.html"))) {
  console.error("Build first: npm run build && npm run emulator:build");
  process.exit(2);
}

type Row = { label: string; target: string; ruta: string; minimal: string; ok: boolean | undefined };
const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s: Stat) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const add = (label: string, target: string, ruta: string, minimal: string, ok: boolean | undefined) => rows.push({ label, target, ruta, minimal, ok });

function timeWarm(runs: number, work: () => void): Stat {
  for (let i = 0; i < 5; i++) work();
  return summarize(Array.from({ length: runs }, () => cpuMs(work)));
}

console.log(`Ruta bench: ${RUNS} runs, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on this machine\n`);

// Sizes
const minimalDir = await buildMinimalApp();
const ruta = measureBundle(resolve(DIST, "assets"));
const minimal = measureBundle(resolve(minimalDir, "assets"));
add("JS+CSS a ticket of a brand loads (gzip)", `≤ ${kb(BUDGET.ticketLoadBytes)}`, kb(ruta.ticketLoad), kb(minimal.ticketLoad), ruta.ticketLoad <= BUDGET.ticketLoadBytes);
const withLayering = ruta.ticketLoad + ruta.onDemand.layerKit;
add("… a brand with overrides or procedures (+ the layering chunk)", `≤ ${kb(BUDGET.ticketLoadBytes)}`, kb(withLayering), "—", withLayering <= BUDGET.ticketLoadBytes);
add("… an English-speaking agent (+ the English dictionary)", "reported", kb(ruta.ticketLoad + ruta.onDemand.en), "—", undefined);
add("whole dist JS+CSS (gzip)", "reported", kb(ruta.wholeDist), kb(minimal.wholeDist), undefined);

// Time to the first suggested step vs the minimal app's first render
const times = await timeFirstStep(DIST, minimalDir, RUNS);
for (const [key, label] of [["cold", "first ticket, cold profile"], ["secondTab", "second ticket tab"]] as const) {
  const r = summarize(times.ruta[key]), m = summarize(times.minimal[key]);
  const ratio = r.median / m.median;
  add(`time to first step: ${label}`, `≤ ${BUDGET.firstStepRatio}× minimal`, `${ms(r)} = ${ratio.toFixed(2)}×`, ms(m), ratio <= BUDGET.firstStepRatio);
}

// REST requests
const counts = await countRequests();
const browserFirst = summarize(times.ruta.firstTicketRest).median;
add("REST: first ticket of a session (placed ticket)", `≤ ${BUDGET.firstTicketRequests}`, `${counts.firstTicket} (browser, new ticket: ${browserFirst})`, "0", counts.firstTicket <= BUDGET.firstTicketRequests);
add("REST: macros at idle, once per browser (seeded account)", "reported", String(counts.firstTicketIdle), "0", undefined);
add(`REST per ticket opened, ${SHIFT_OPENS}-open shift across tabs`, `≤ ${BUDGET.requestsPerOpen}`, counts.shiftPerOpen.toFixed(3), "0", counts.shiftPerOpen <= BUDGET.requestsPerOpen);
add(`  … with a customer reply every 10 opens`, `≤ ${BUDGET.requestsPerOpen}`, counts.shiftWithRepliesPerOpen.toFixed(3), "0", counts.shiftWithRepliesPerOpen <= BUDGET.requestsPerOpen);
add("REST per submit (the sidebar's re-read)", `≤ ${BUDGET.requestsPerSubmit}`, String(counts.perSubmit), "0", counts.perSubmit <= BUDGET.requestsPerSubmit);
add("REST to open a 6,000-comment ticket", `≤ ${BUDGET.longTicketRequests}`, String(counts.longTicket), "0", counts.longTicket <= BUDGET.longTicketRequests);

// Engine work, cold (fresh process) and warm
type ColdRun = { macroIndexMs: number; flowValidateMs: number; replyMs: number };
const coldRuns = (replyLength: number) =>
  Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, [...process.execArgv, resolve(import.meta.dirname, "bench/coldEngine.ts"), String(replyLength)], { encoding: "utf8" })) as ColdRun);
const cold = coldRuns(20);
const coldLong = coldRuns(LONG_REPLY);
const macros = storedMacros();
const flow = aLongFlowFile();
const macroCold = summarize(cold.map((c) => c.macroIndexMs)), macroWarm = timeWarm(50, () => indexAndMatch(macros));
const flowCold = summarize(cold.map((c) => c.flowValidateMs)), flowWarm = timeWarm(20, () => validateLongFlow(flow));
add("macro match over 5,000 macros incl. index: cold (CPU)", `≤ ${BUDGET.macroIndexMs} ms`, ms(macroCold), "—", macroCold.median <= BUDGET.macroIndexMs);
add("  … warm", `≤ ${BUDGET.macroIndexMs} ms`, ms(macroWarm), "—", macroWarm.median <= BUDGET.macroIndexMs);
add("1,000-step flow validated: cold (CPU)", `≤ ${BUDGET.flowValidateMs} ms`, ms(flowCold), "—", flowCold.median <= BUDGET.flowValidateMs);
add("  … warm", `≤ ${BUDGET.flowValidateMs} ms`, ms(flowWarm), "—", flowWarm.median <= BUDGET.flowValidateMs);
const shortTicket = aTokenReplyTicket(20), longTicket = aTokenReplyTicket(LONG_REPLY);
const replies = {
  cold: [summarize(cold.map((c) => c.replyMs)), summarize(coldLong.map((c) => c.replyMs))],
  warm: [timeWarm(20, () => positionFromReply(shortTicket)), timeWarm(20, () => positionFromReply(longTicket))],
} as const;
for (const [key, label] of [["cold", "step from a 120,000-character reply: cold (CPU)"], ["warm", "  … warm"]] as const) {
  const [short, long] = replies[key];
  add(label, `≤ short + ${BUDGET.longReplyExtraMs} ms`, `${ms(long)} (short: ${short.median.toFixed(1)})`, "—", long.median <= short.median + BUDGET.longReplyExtraMs);
}

const widths = [48, 18, 34, 26];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
console.log(line(["", "target", "Ruta", "minimal app"]) + "  ");
for (const r of rows) console.log(line([r.label, r.target, r.ruta, r.minimal]) + "  " + (r.ok === undefined ? "" : r.ok ? "ok" : "OVER"));
const over = rows.filter((r) => r.ok === false).length;
console.log(over ? `\n${over} over budget` : "\nevery target met");
process.exitCode = over ? 1 : 0;
