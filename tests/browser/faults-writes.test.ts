import type { Frame, Page, Route } from "playwright-core";
import { AGENT_IDS, TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import {
  click,
  clickInTab,
  currentStep,
  openSidebar,
  reopenSidebar,
  rutaNotes,
  rutaTags,
  SIDEBAR_TIMEOUT_MS,
  stepTagOf,
  textOf,
  tick,
  tickedItems,
  waitForStep,
} from "./support/sidebar";

// The fault matrix of the write path (issue 11), through the emulator. Each case asserts what the agent
// saw, what reached the ticket (REST) and what is still pending. The emulator follows developer.zendesk.com
// "Tickets" (Update Ticket with safe_update → 409), "Tags" (PUT /tickets/{id}/tags.json adds) and
// "Rate limits" (429 with Retry-After); a reply lost after the write landed is made with page.route.

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("faults-writes", (p) => (page = p));

const TICKET = TICKET_IDS.corporateFixedCharge;
const STEP = "cargo-fijo-corporativo.validaciones";
const NEXT = "cargo-fijo-corporativo.caso-siac";
const VALIDATIONS = ["titularidad", "sisact", "campana-sec", "evidencias-ejecutivo", "evidencia-cliente", "buzon"];
const TICKET_PUT = new RegExp(`/api/v2/tickets/${TICKET}\\.json$`);

/** Opens the corporate ticket (seed 004) in `on` and ticks `items` of its validations. */
async function validationsTicked(on: Page, items = VALIDATIONS): Promise<Frame> {
  const frame = await openSidebar(on, emulatorUrl, TICKET);
  await waitForStep(frame, STEP);
  for (const item of items) await tick(frame, item);
  return frame;
}

const notesOnTicket = async () => rutaNotes(await emulator.readAudits(TICKET));
const problemsText = (frame: Frame) => frame.textContent('[data-testid="problems"]').then((t) => t ?? "");

/** The step is recorded as done on the ticket and the sidebar moved on. */
async function expectStepDone(frame: Frame): Promise<void> {
  await waitForStep(frame, NEXT);
  expect(rutaTags(await emulator.readTicket(TICKET))).toContain(stepTagOf(STEP));
}

beforeEach(async () => {
  await emulator.switchAgent(AGENT_IDS.diego);
});

describe("429 with Retry-After", () => {
  it("short: says how long it waits, then saves the note once", async () => {
    const frame = await validationsTicked(page);
    await emulator.armFault({ kind: "rate-limit", method: "PUT", path: "/api/v2/tickets/*", count: 1, retryAfter: 2 });
    await click(frame, "save-checklist");
    await frame.waitForFunction(() => /Zendesk limita las solicitudes: reintentando en [2-4] s/.test(document.querySelector('[data-testid="problems"]')?.textContent ?? ""), undefined, { timeout: SIDEBAR_TIMEOUT_MS });
    expect(await notesOnTicket()).toHaveLength(0);
    await expectStepDone(frame);
    expect(await notesOnTicket()).toHaveLength(1);
    await frame.waitForSelector('[data-testid="problems"]', { state: "detached" });
  });

  it("long: says for how long, writes nothing and keeps every tick; the next save writes once", async () => {
    const frame = await validationsTicked(page);
    await emulator.armFault({ kind: "rate-limit", method: "PUT", path: "/api/v2/tickets/*", count: 1, retryAfter: 600 });
    await click(frame, "save-checklist");
    await frame.waitForSelector('[data-testid="problems"]', { timeout: SIDEBAR_TIMEOUT_MS });
    expect(await problemsText(frame)).toContain("Zendesk limita las solicitudes por 600 s, más de lo que Ruta espera sola.");
    expect(await tickedItems(frame)).toEqual(VALIDATIONS);
    expect(await notesOnTicket()).toHaveLength(0);
    await frame.waitForSelector('[data-testid="save-checklist"]:not([disabled])');
    await click(frame, "save-checklist");
    await expectStepDone(frame);
    expect(await notesOnTicket()).toHaveLength(1);
  });
});

describe("409 from another agent's real edit", () => {
  it("keeps the tag the other agent added, records the step and writes one note", async () => {
    // This tab does not hear about the other agent's change (Zendesk's push lags), so its stamp is stale.
    await page.route(/\/__emulator\/events/, (route) => route.abort());
    const frame = await validationsTicked(page);
    const other = await fetch(new URL(`/api/v2/tickets/${TICKET}/tags.json`, emulatorUrl), {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ tags: ["corporativo_vip"] }),
    });
    expect(other.status).toBe(200);
    await click(frame, "save-checklist");
    await expectStepDone(frame);
    const tags = (await emulator.readTicket(TICKET)).tags;
    expect(tags).toContain("corporativo_vip");
    expect(await notesOnTicket()).toHaveLength(1);
  });
});

describe("a write whose reply was lost", () => {
  it.each<[string, (route: Route) => Promise<void>]>([
    ["answers 500", async (route) => void (await route.fetch(), await route.fulfill({ status: 500, json: { error: "InternalError" } }))],
    ["drops the connection", async (route) => void (await route.fetch(), await route.abort("connectionreset"))],
    ["answers a body that is not a ticket", async (route) => void (await route.fetch(), await route.fulfill({ status: 200, json: { ok: true } }))],
  ])("lands but %s: the note is found on the ticket and not written again", async (_, answer) => {
    const frame = await validationsTicked(page);
    let hits = 0;
    await page.route(TICKET_PUT, async (route) => (route.request().method() === "PUT" && hits++ === 0 ? answer(route) : route.fallback()));
    await click(frame, "save-checklist");
    // The sidebar first stands on the step saying the note is saved, then moves on when the host learns of the
    // write (Zendesk's push, not the lost reply): the second save waits for that, or it would land on the next step.
    await waitForStep(frame, NEXT);
    expect(rutaTags(await emulator.readTicket(TICKET))).toContain(stepTagOf(STEP));
    expect(await frame.$('[data-testid="problems"]')).toBeNull();
    expect(await notesOnTicket()).toHaveLength(1);
    await click(frame, "back");
    await waitForStep(frame, STEP);
    await frame.waitForSelector('[data-testid="save-checklist"]:not([disabled])');
    await click(frame, "save-checklist");
    await frame.waitForSelector('[data-testid="checklist-saved"]', { timeout: SIDEBAR_TIMEOUT_MS });
    expect(await textOf(frame, "checklist-saved")).toBe("La nota ya estaba en el ticket.");
    expect(await currentStep(frame)).toBe(STEP);
    expect(await notesOnTicket()).toHaveLength(1);
  });
});

describe("network loss", () => {
  it("says there is no connection, writes nothing, keeps the ticks, and saves once when it is back", async () => {
    const frame = await validationsTicked(page);
    await page.route(/\/api\/v2\//, (route) => route.abort("internetdisconnected"));
    await click(frame, "save-checklist");
    // The write is tried 4 times over a few seconds of back-off, then the re-read is tried as well.
    await frame.waitForSelector('[data-testid="problems"]', { timeout: 60_000 });
    expect(await problemsText(frame)).toContain("No hay conexión con Zendesk");
    expect(await tickedItems(frame)).toEqual(VALIDATIONS);
    await page.unroute(/\/api\/v2\//);
    expect(await notesOnTicket()).toHaveLength(0);
    await frame.waitForSelector('[data-testid="save-checklist"]:not([disabled])');
    await click(frame, "save-checklist");
    await expectStepDone(frame);
    expect(await notesOnTicket()).toHaveLength(1);
  }, 120_000);
});

describe("a reload mid-write", () => {
  it("the write landed before the page went away: the reopened sidebar stands past the step and writes nothing more", async () => {
    const frame = await validationsTicked(page);
    let landed!: () => void;
    const written = new Promise<void>((resolve) => (landed = resolve));
    await page.route(TICKET_PUT, async (route) => {
      if (route.request().method() !== "PUT") return route.fallback();
      await route.fetch();
      landed();
      // The answer never comes: the page reloads first.
    });
    await click(frame, "save-checklist");
    await written;
    await page.unroute(TICKET_PUT);
    const reopened = await reopenSidebar(page, emulatorUrl, TICKET);
    await waitForStep(reopened, NEXT);
    expect(await notesOnTicket()).toHaveLength(1);
    expect(rutaTags(await emulator.readTicket(TICKET))).toContain(stepTagOf(STEP));
  });
});

describe("two tabs saving the same step", () => {
  it("a stale tab's partial save after the other's full one ends with the step done and one note", async () => {
    // Tab A is ticked before tab B opens: mouse input reaches the newest page only.
    const tabA = await validationsTicked(page);
    const second = await page.context().newPage();
    try {
      // Tab B misses tab A's update (no push), as in issue 11.
      await second.route(/\/__emulator\/events/, (route) => route.abort());
      const tabB = await validationsTicked(second, ["titularidad", "sisact"]);
      await clickInTab(tabA, "save-checklist");
      await expectStepDone(tabA);
      await click(tabB, "save-checklist");
      // Tab B hears of nothing (its push is cut), so it is told what it found: the note was already there.
      expect(await textOf(tabB, "checklist-saved")).toBe("La nota ya estaba en el ticket.");
      const tags = rutaTags(await emulator.readTicket(TICKET));
      expect(tags).toContain(stepTagOf(STEP));
      expect(tags.filter((t) => t.startsWith("ruta_wip_"))).toEqual([]);
      expect(await notesOnTicket()).toHaveLength(1);
      expect(await tabB.$('[data-testid="problems"]')).toBeNull();
    } finally {
      await second.close();
    }
  });
});
