import type { Frame, Page } from "playwright-core";
import { TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { openSidebar, SIDEBAR_TIMEOUT_MS } from "./support/sidebar";

// Issue 8, item 9: in the 320 px apps panel of a 1366×768 window the step, its suggestion and its primary
// action show without scrolling. The emulator's page stands for Zendesk's above the app: its top bar and the
// apps panel's header ("Aplicaciones · Ruta").
const WINDOW = { width: 1366, height: 768 };

let page: Page;
const { emulatorUrl } = useEmulatorSession("compact", (p) => (page = p));

/** The bottom edge of a sidebar element in the window, before anything is scrolled. */
async function bottomOf(frame: Frame, selector: string): Promise<number> {
  const handle = await frame.waitForSelector(selector, { timeout: SIDEBAR_TIMEOUT_MS });
  const box = await handle.boundingBox();
  if (!box) throw new Error(`${selector} is not laid out.`);
  return box.y + box.height;
}

describe("the sidebar in a 1366×768 window", () => {
  beforeEach(async () => {
    await page.setViewportSize(WINDOW);
    await page.goto(new URL(`/?ticket=${TICKET_IDS.prePostNew}`, emulatorUrl).toString());
    await page.waitForSelector("body[data-ready=true]");
    // Zendesk's apps panel is 320 px wide (the emulator's column is wider for its own controls).
    await page.addStyleTag({ content: ".shell { grid-template-columns: 220px 260px 1fr 321px; }" });
  });

  it.each([
    ["seed 001's first step: its macro, status and order state and the Apply", TICKET_IDS.prePostNew, ['[data-testid="suggested-order-state"]', '[data-testid="apply"]']],
    ["seed 001 half-way: the customer's reply and its confirm", TICKET_IDS.prePostHalfway, ['[data-testid="confirm-reply"]']],
    ["seed 000's first question and its first answer", TICKET_IDS.tboComplaint, ['[data-testid="question"]', '[data-testid^="option-"]']],
    ["seed 002's first question and its first answer", TICKET_IDS.internetRetention, ['[data-testid="question"]', '[data-testid^="option-"]']],
    ["seed 003's first question and its first answer", TICKET_IDS.lpgRequirement, ['[data-testid="question"]', '[data-testid^="option-"]']],
    ["seed 004's first step: its checklist and its save", TICKET_IDS.corporateFixedCharge, ['[data-testid="save-checklist"]']],
  ])("%s show without scrolling", async (_, ticketId, selectors) => {
    const frame = await openSidebar(page, emulatorUrl, ticketId);
    const fold = WINDOW.height;
    for (const selector of ["[data-testid=\"step-title\"]", ...selectors]) expect(await bottomOf(frame, selector), selector).toBeLessThanOrEqual(fold);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= 320)).toBe(true);
  });

  it("folds what frames a step (when the procedure applies) and says once that every item is required", async () => {
    const frame = await openSidebar(page, emulatorUrl, TICKET_IDS.corporateFixedCharge);
    const context = await frame.waitForSelector('[data-testid="step-context"]', { timeout: SIDEBAR_TIMEOUT_MS });
    expect(await context.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await context.textContent()).toContain("Aplica para clientes negocios corporativos");
    expect(await frame.textContent('[data-testid="checklist-all-required"]')).toBe(" · todos obligatorios");
    expect(await frame.textContent('[data-testid="checklist-item-titularidad"]')).not.toContain("obligatorio");
    await frame.click('[data-testid="step-context"] summary');
    expect(await context.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });
});
