import type { Page } from "playwright-core";
import { TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { currentStep, openSidebar, rutaTags } from "./support/sidebar";

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("closed", (p) => (page = p));

// Zendesk: a closed ticket cannot be updated (developer docs, "Tickets" › status; the emulator refuses
// updates to it, tests/contract/rest/closedTickets.test.ts). The sidebar must read it and offer no write.
describe("a closed ticket", () => {
  it("opens without an error at the step where the procedure ended, and offers no write", async () => {
    const before = { ticket: await emulator.readTicket(TICKET_IDS.closedPrePost), audits: await emulator.readAudits(TICKET_IDS.closedPrePost) };
    const frame = await openSidebar(page, emulatorUrl, TICKET_IDS.closedPrePost);
    expect(await currentStep(frame)).toBe("pre-post.despedida");
    expect(await frame.$('[data-testid="problems"]')).toBeNull();
    expect(await frame.$('[data-testid="read-only"]')).not.toBeNull();
    for (const action of ["apply", "save-checklist", "continue", "change-flow"]) {
      expect(await frame.$(`[data-testid="${action}"]`), action).toBeNull();
    }
    const after = { ticket: await emulator.readTicket(TICKET_IDS.closedPrePost), audits: await emulator.readAudits(TICKET_IDS.closedPrePost) };
    expect(after.ticket.updated_at).toBe(before.ticket.updated_at);
    expect(rutaTags(after.ticket)).toEqual(rutaTags(before.ticket));
    expect(after.audits).toHaveLength(before.audits.length);
  });
});
