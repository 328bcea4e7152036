import type { Page } from "playwright-core";
import { TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { customerReplies, openTicket, submitEditor } from "./support/hostPage";

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("host", (p) => (page = p));

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
