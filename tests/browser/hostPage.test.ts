import type { Page } from "playwright-core";
import { inject } from "vitest";
import { TICKET_IDS } from "../../emulator/zendesk";
import { launchBrowser, type LaunchedBrowser } from "./support/browser";
import { emulatorClient } from "./support/emulator";
import { customerReplies, openTicket, screenshot, submitEditor } from "./support/hostPage";

const emulatorUrl = inject("emulatorUrl");
const emulator = emulatorClient(emulatorUrl);
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await emulator.reset();
  page = await browser.context.newPage();
});
afterEach(async ({ task }) => {
  if (task.result?.state === "fail") await screenshot(page, `host-${task.name.replace(/\W+/g, "-")}`);
  await page.close();
});

/** The emulator's own page, independent of the app's UI. */
describe("the emulator's host page", () => {
  it("submits an internal note with a status and shows it after saving", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.tboComplaint);
    expect(await submitEditor(page, { comment: "Derivado vía SysHelp a BO Pymes.", internal: true, status: "pending" })).toBe("ok");
    const ticket = await emulator.readTicket(TICKET_IDS.tboComplaint);
    expect(ticket.status).toBe("pending");
    await page.waitForSelector('[data-testid="comment"].internal >> text=Derivado vía SysHelp a BO Pymes.');
    expect(await page.textContent('[data-testid="prop-status"]')).toBe("Pendiente");
  });

  it("shows a customer reply at once and reopens the waiting ticket", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.tboComplaint);
    expect(await submitEditor(page, { comment: "¿Podría enviarnos una captura del error?", status: "pending" })).toBe("ok");
    await customerReplies(page, "Adjunto la captura del error.");
    await page.waitForSelector('[data-testid="comment"] >> text=Adjunto la captura del error.');
    await page.waitForFunction(() => document.querySelector('[data-testid="prop-status"]')?.textContent === "Abierto");
    expect((await emulator.readTicket(TICKET_IDS.tboComplaint)).status).toBe("open");
  });

  it("refreshes when the store changes behind the page", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.corporateFixedCharge);
    await emulator.customerReply(TICKET_IDS.corporateFixedCharge, "¿Hay novedades de la corrección?");
    await page.waitForSelector('[data-testid="comment"] >> text=¿Hay novedades de la corrección?');
  });
});
