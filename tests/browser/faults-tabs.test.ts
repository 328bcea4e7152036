import type { Frame, Page } from "playwright-core";
import { AGENT_IDS, TICKET_IDS } from "../../emulator/zendesk";
import { openTicket } from "./support/hostPage";
import { useEmulatorSession } from "./support/session";
import { click, clickInTab, openSidebar, rutaNotes, rutaTags, SIDEBAR_TIMEOUT_MS, stepTagOf, tick, waitForStep } from "./support/sidebar";

// More of the write path's fault matrix (issue 11): a double click, two tabs clicking at the same moment,
// a ticket-tab switch while the write is under way. The emulator's Update Ticket follows developer.zendesk.com
// "Tickets" (safe_update + updated_stamp → 409); each case checks the ticket through REST.

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("faults-tabs", (p) => (page = p));

const TICKET = TICKET_IDS.corporateFixedCharge;
const STEP = "cargo-fijo-corporativo.validaciones";
const NEXT = "cargo-fijo-corporativo.caso-siac";
const VALIDATIONS = ["titularidad", "sisact", "campana-sec", "evidencias-ejecutivo", "evidencia-cliente", "buzon"];

async function validationsTicked(on: Page): Promise<Frame> {
  const frame = await openSidebar(on, emulatorUrl, TICKET);
  await waitForStep(frame, STEP);
  for (const item of VALIDATIONS) await tick(frame, item);
  return frame;
}

const notesOnTicket = async () => rutaNotes(await emulator.readAudits(TICKET));

async function expectOneNoteAndStepDone(): Promise<void> {
  await expect.poll(async () => rutaTags(await emulator.readTicket(TICKET)), { timeout: SIDEBAR_TIMEOUT_MS }).toContain(stepTagOf(STEP));
  expect(await notesOnTicket()).toHaveLength(1);
}

beforeEach(async () => {
  await emulator.switchAgent(AGENT_IDS.diego);
});

describe("saving twice at once", () => {
  it("a double click writes one note", async () => {
    const frame = await validationsTicked(page);
    await frame.dblclick('[data-testid="save-checklist"]');
    await waitForStep(frame, NEXT);
    await expectOneNoteAndStepDone();
  });

  it("two tabs clicking save at the same moment write one note", async () => {
    // Each tab is ticked before the next one opens (mouse input reaches the newest page only); both saves in one tick.
    const tabA = await validationsTicked(page);
    const second = await page.context().newPage();
    try {
      const tabB = await validationsTicked(second);
      await Promise.all([clickInTab(tabA, "save-checklist"), clickInTab(tabB, "save-checklist")]);
      await Promise.all([waitForStep(tabA, NEXT), waitForStep(tabB, NEXT)]);
      await expectOneNoteAndStepDone();
      expect(await tabA.$('[data-testid="problems"]')).toBeNull();
      expect(await tabB.$('[data-testid="problems"]')).toBeNull();
    } finally {
      await second.close();
    }
  });
});

describe("a ticket-tab switch mid-write", () => {
  it("the write finishes, once, and the ticket's sidebar shows the step done when the agent comes back", async () => {
    const frame = await validationsTicked(page);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(new RegExp(`/api/v2/tickets/${TICKET}\\.json$`), async (route) => {
      if (route.request().method() !== "PUT") return route.fallback();
      await held;
      await route.fallback();
    });
    await click(frame, "save-checklist");
    await openTicket(page, emulatorUrl, TICKET_IDS.tboComplaint);
    release();
    await expectOneNoteAndStepDone();
    await openTicket(page, emulatorUrl, TICKET);
    const back = await openSidebar(page, emulatorUrl, TICKET);
    await waitForStep(back, NEXT);
    expect(await notesOnTicket()).toHaveLength(1);
  });
});
