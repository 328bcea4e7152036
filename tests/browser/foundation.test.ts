import type { Page } from "playwright-core";
import { TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { appFrame, openTicket, screenshot } from "./support/hostPage";

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("foundation", (p) => (page = p));

async function sidebarText(ticketId: number, testId: string, expected: string): Promise<void> {
  const frame = await appFrame(page, ticketId);
  await frame.waitForFunction(
    ([id, text]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === text,
    [testId, expected] as const,
    { timeout: 15_000 },
  );
}

describe("the app inside the emulated Zendesk", () => {
  it("registers through the real SDK and shows the ticket's brand and translated status", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.prePostNew);
    await sidebarText(TICKET_IDS.prePostNew, "ticket-brand", "Tigo Bolivia");
    await sidebarText(TICKET_IDS.prePostNew, "ticket-status", "Nuevo");
    await screenshot(page, "foundation-1001");
  });

  it("follows a switch of ticket tabs, each tab with its own app instance", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.prePostNew);
    await sidebarText(TICKET_IDS.prePostNew, "ticket-brand", "Tigo Bolivia");
    await openTicket(page, emulatorUrl, TICKET_IDS.tboComplaint);
    await sidebarText(TICKET_IDS.tboComplaint, "ticket-brand", "Tigo Paraguay");
    await sidebarText(TICKET_IDS.tboComplaint, "ticket-status", "Abierto");
    await openTicket(page, emulatorUrl, TICKET_IDS.prePostHalfway);
    await sidebarText(TICKET_IDS.prePostHalfway, "ticket-status", "Abierto");
    await screenshot(page, "foundation-switch");
  });

  it("shows a status the agent picks in the editor before it is saved", async () => {
    await openTicket(page, emulatorUrl, TICKET_IDS.tboComplaint);
    await sidebarText(TICKET_IDS.tboComplaint, "ticket-status", "Abierto");
    await page.selectOption('[data-testid="editor-status"]', "pending");
    await sidebarText(TICKET_IDS.tboComplaint, "ticket-status", "Pendiente");
    expect((await emulator.readTicket(TICKET_IDS.tboComplaint)).status).toBe("open");
  });
});
