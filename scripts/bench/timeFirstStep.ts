import type { Frame, Page } from "playwright-core";
import { startEmulator } from "../../emulator/server";
import { TICKET_IDS } from "../../emulator/zendesk";
import { launchBrowser } from "../../tests/browser/support/browser";
import { rotate } from "./stats";

/** What each app shows first: Ruta its first suggested step, the minimal app the ticket subject. */
const READY = '[data-testid="step"], [data-testid="subject"]';
/** Two tickets of different brands: the first tab of a session, then a second tab. */
const FIRST = TICKET_IDS.prePostNew;
const SECOND = TICKET_IDS.tboComplaint;

/**
 * Runs in every frame before its scripts: records, on the frame's own clock (ms since its navigation
 * started), when the first content appears. The top page also counts the REST requests its apps make
 * (ZAF's `request:N` messages), which an app frame cannot see of itself. Plain JavaScript text: a
 * function from this file would carry the TypeScript runner's helpers into the page.
 */
const PROBE = `(() => {
  const ready = ${JSON.stringify(READY)};
  const observer = new MutationObserver(() => {
    if (window.__firstContent === undefined && document.querySelector(ready)) {
      window.__firstContent = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  if (window === window.top) {
    window.__rest = [];
    window.addEventListener("message", (event) => {
      try {
        const data = typeof event.data === "string" ? JSON.parse(event.data) : null;
        if (data && typeof data.key === "string" && /^request:\\d+$/.test(data.key)) window.__rest.push(String(data.message && data.message.url));
      } catch (_) {}
    });
  }
})();`;

async function frameOf(page: Page, ticketId: number): Promise<Frame> {
  const handle = await page.waitForSelector(`[data-testid="app-frame-${ticketId}"]`, { state: "attached", timeout: 30_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`The app iframe of ticket ${ticketId} has no document.`);
  return frame;
}

async function firstContent(frame: Frame): Promise<number> {
  await frame.waitForFunction(() => (window as unknown as { __firstContent?: number }).__firstContent !== undefined, undefined, { timeout: 30_000 });
  return frame.evaluate(() => (window as unknown as { __firstContent: number }).__firstContent);
}

export type AppTimes = { cold: number[]; secondTab: number[]; firstTicketRest: number[] };
export type FirstStepTimes = { ruta: AppTimes; minimal: AppTimes };

/**
 * Opens a ticket in a fresh browser profile (cold: no HTTP cache, no storage) and then a second ticket
 * in another tab of the same page, for Ruta and for the minimal app in turn, `runs` times with the order
 * rotated. Each figure is the app frame's time from navigation start to its first content.
 */
export async function timeFirstStep(rutaDir: string, minimalDir: string, runs: number): Promise<FirstStepTimes> {
  const apps = { ruta: await startEmulator({ appDir: rutaDir }), minimal: await startEmulator({ appDir: minimalDir }) };
  const times: FirstStepTimes = { ruta: { cold: [], secondTab: [], firstTicketRest: [] }, minimal: { cold: [], secondTab: [], firstTicketRest: [] } };
  try {
    for (let run = 0; run < runs; run++) {
      for (const name of rotate(["ruta", "minimal"] as const, run)) {
        const emulator = apps[name];
        await fetch(new URL("/__emulator/reset", emulator.url), { method: "POST" });
        const browser = await launchBrowser();
        try {
          await browser.context.addInitScript({ content: PROBE });
          const page = await browser.context.newPage();
          await page.goto(new URL(`/?ticket=${FIRST}`, emulator.url).toString());
          times[name].cold.push(await firstContent(await frameOf(page, FIRST)));
          times[name].firstTicketRest.push(await page.evaluate(() => (window as unknown as { __rest: string[] }).__rest.length));
          await page.click(`[data-testid="ticket-link-${SECOND}"]`);
          times[name].secondTab.push(await firstContent(await frameOf(page, SECOND)));
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await Promise.all([apps.ruta.close(), apps.minimal.close()]);
  }
  return times;
}
