import type { Frame, Page, Route } from "playwright-core";
import { AGENT_IDS, TICKET_IDS } from "../../emulator/zendesk";
import { CATALOG } from "../../src/flows/catalog/catalog";
import { useEmulatorSession } from "./support/session";
import { submitEditor } from "./support/hostPage";
import {
  applyStep,
  chooseOption,
  click,
  commentsOf,
  confirmReply,
  flowTagOf,
  macrosApplied,
  openSidebar,
  orderStateOf,
  orderStateTag,
  reopenSidebar,
  rutaNotes,
  rutaTags,
  saveChecklist,
  SIDEBAR_TIMEOUT_MS,
  sidebarShot,
  stepTagOf,
  submit,
  textOf,
  tick,
  typeValue,
  waitForStep,
  waitForText,
} from "./support/sidebar";

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("robustness", (p) => (page = p));

const VALIDATIONS = ["titularidad", "sisact", "campana-sec", "evidencias-ejecutivo", "evidencia-cliente", "buzon"];

/** Opens the corporate ticket (seed 004) and ticks every validation, ready to save. */
async function corporateValidationsTicked(): Promise<Frame> {
  await emulator.switchAgent(AGENT_IDS.diego);
  const frame = await openSidebar(page, emulatorUrl, TICKET_IDS.corporateFixedCharge);
  await waitForStep(frame, "cargo-fijo-corporativo.validaciones");
  for (const item of VALIDATIONS) await tick(frame, item);
  return frame;
}

/** The ticket PUTs the host page made for the app, with the status Zendesk answered. */
function recordTicketPuts(ticketId: number): number[] {
  const statuses: number[] = [];
  page.on("response", (response) => {
    const request = response.request();
    if (request.method() === "PUT" && new URL(request.url()).pathname === `/api/v2/tickets/${ticketId}.json`) statuses.push(response.status());
  });
  return statuses;
}

describe("a macro the account does not have", () => {
  it("says so in plain words and still applies the status and the order state", async () => {
    // The account's macro list, as this agent's Zendesk returns it, lacks the greeting macro.
    const missing = "Móvil::WhatsApp::Migración de Pre a Post::Saludo Inicial::Primer contacto";
    await page.route(/\/api\/v2\/macros\/active\.json/, async (route: Route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { macros: { title: string }[] };
      await route.fulfill({ response, json: { ...body, macros: body.macros.filter((m) => m.title !== missing) } });
    });
    const ticket = TICKET_IDS.prePostNew;
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "pre-post.saludo.primer-contacto");
    await applyStep(page, frame, "pre-post.saludo.primer-contacto");
    expect(await textOf(frame, "apply-failure")).toBe(
      "La macro «Móvil::WhatsApp::Migración Pre a Post::Saludo Inicial::Primer contacto» no existe en esta cuenta (o no está activa). Aplíquela a mano o avise a su líder.",
    );
    // Nothing claims the step applied: the macro is still owed, and the step stays until the submit.
    expect(await frame.$('[data-testid="apply-result"]')).toBeNull();
    expect(await textOf(frame, "apply-partial")).toBe("Aplicado en parte: falta lo que se indica; termine y envíe el ticket.");
    // Status and order state are in the editor all the same.
    expect(await page.textContent('[data-testid="prop-status"]')).toBe("En espera");
    await waitForText(frame, "ticket-order-state", "Datos Insuficientes");
    await sidebarShot(page, ticket, "robustness-macro-missing");

    await submit(page);
    const [saved, audits] = await Promise.all([emulator.readTicket(ticket), emulator.readAudits(ticket)]);
    expect(saved.status).toBe("hold");
    expect(orderStateOf(saved)).toBe(orderStateTag("En progreso::Datos Insuficientes"));
    expect(rutaTags(saved)).toEqual([flowTagOf("pre-post"), stepTagOf("pre-post.saludo.primer-contacto")].sort());
    expect(macrosApplied(audits)).toEqual([]);
    await frame.waitForSelector('[data-testid="waiting"]');
  });
});

describe("a macro slower than the SDK's time-out", () => {
  // The npm SDK (zendesk_app_framework_sdk 2.0.11, lib/client.js) gives up on a call after 5 s; the host answers the macro after 8.
  it("is said plainly not to have reached the editor, and nothing claims the step applied", async () => {
    await emulator.slowHost(8000, ["macro"]);
    const frame = await openSidebar(page, emulatorUrl, TICKET_IDS.prePostNew);
    await waitForStep(frame, "pre-post.saludo.primer-contacto");
    await click(frame, "apply");
    await frame.waitForSelector('[data-testid="apply-failure"]', { timeout: 20_000 });
    expect(await textOf(frame, "apply-failure")).toBe(
      "La macro «Móvil::WhatsApp::Migración Pre a Post::Saludo Inicial::Primer contacto» no llegó al editor (Zendesk no la aplicó a tiempo). Vuelva a aplicar el paso o aplíquela a mano; el paso no se registra como hecho.",
    );
    expect(await frame.$('[data-testid="apply-result"]')).toBeNull();
    expect(await page.textContent('[data-testid="prop-tags"]')).not.toContain(stepTagOf("pre-post.saludo.primer-contacto"));
  }, 60_000);
});

describe("the internal note under API trouble", () => {
  it("rides out a 429 with Retry-After and saves the note once", async () => {
    const frame = await corporateValidationsTicked();
    const puts = recordTicketPuts(TICKET_IDS.corporateFixedCharge);
    await emulator.armFault({ kind: "rate-limit", method: "PUT", path: "/api/v2/tickets/*", count: 1, retryAfter: 1 });
    const started = Date.now();
    await saveChecklist(page, frame);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(puts).toEqual([429, 200]);
    const audits = await emulator.readAudits(TICKET_IDS.corporateFixedCharge);
    expect(rutaNotes(audits)).toHaveLength(1);
    expect(await frame.$('[data-testid="problems"]')).toBeNull();
    await waitForStep(frame, "cargo-fijo-corporativo.caso-siac");
  });

  it("saves the note exactly once when another agent changed the ticket meanwhile (409)", async () => {
    // This tab does not hear about the other agent's change (as when Zendesk's push lags), so its stamp is stale.
    await page.route(/\/__emulator\/events/, (route) => route.abort());
    const frame = await corporateValidationsTicked();
    const puts = recordTicketPuts(TICKET_IDS.corporateFixedCharge);
    const other = await fetch(new URL(`/api/v2/tickets/${TICKET_IDS.corporateFixedCharge}.json`, emulatorUrl), {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ticket: { comment: { body: "Llamé al cliente: envía las evidencias hoy.", public: false, author_id: AGENT_IDS.veronica } } }),
    });
    expect(other.status).toBe(200);

    // (The host page does not refresh either, so wait on the ticket itself rather than on its conversation.)
    await click(frame, "save-checklist");
    await expect.poll(async () => rutaNotes(await emulator.readAudits(TICKET_IDS.corporateFixedCharge)).length, { timeout: SIDEBAR_TIMEOUT_MS }).toBe(1);
    await waitForStep(frame, "cargo-fijo-corporativo.caso-siac");
    expect(puts).toEqual([409, 200]);
    const comments = commentsOf(await emulator.readAudits(TICKET_IDS.corporateFixedCharge));
    expect(comments.filter((c) => c.body === "Llamé al cliente: envía las evidencias hoy.")).toHaveLength(1);
    const notes = comments.filter((c) => !c.public && c.body.startsWith("[Ruta]"));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain("✔ Realizar las validaciones de titularidad.");
    expect(await frame.$('[data-testid="problems"]')).toBeNull();
  });

  it("says a 500 on every save plainly, keeps what was typed, and saves once Zendesk answers again", async () => {
    const ticket = TICKET_IDS.internetRetention;
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await chooseOption(frame, "retenido", "retencion-internet.retenido");
    await chooseOption(frame, "aumento-de-plan", "retencion-internet.retenido.aumento-de-plan");
    await typeValue(frame, "usuario-ic", "crojas");
    await typeValue(frame, "telefono", "0991234567");
    await emulator.armFault({ kind: "server-error", method: "PUT", path: "/api/v2/tickets/*" });
    await click(frame, "save-checklist");
    // The port retries first (and says so), then gives up and says it plainly.
    await waitForText(frame, "problems", "Zendesk respondió con un error (500). Intente de nuevo; no se perdió nada.");
    await frame.waitForSelector('[data-testid="save-checklist"]:not([disabled])');
    expect(await frame.inputValue('[data-testid="checklist-value-usuario-ic"]')).toBe("crojas");
    expect(await frame.inputValue('[data-testid="checklist-value-telefono"]')).toBe("0991234567");
    expect(await frame.$('[data-testid="checklist-saved"]')).toBeNull();
    expect(rutaNotes(await emulator.readAudits(ticket))).toEqual([]);
    await sidebarShot(page, ticket, "robustness-500");

    await emulator.clearFaults();
    await saveChecklist(page, frame);
    const notes = rutaNotes(await emulator.readAudits(ticket));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("Impulsa//crojas//retenido Con aumento de plan // 0991234567");
    await frame.waitForSelector('[data-testid="problems"]', { state: "detached" });
  });
});

describe("a note saved while the editor holds an unsubmitted Apply", () => {
  // The note's ruta_ck_* tags go on through the REST API, but the editor's draft holds the whole tag list
  // from the Apply and its submit writes that list back: the app mirrors the tags into the editor too.
  it("keeps the checklist tags the note recorded when the agent then submits the Apply", async () => {
    const ticket = TICKET_IDS.prePostHalfway;
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await confirmReply(frame, "Listo", "pre-post.titularidad.gestion");
    await applyStep(page, frame, "pre-post.titularidad.gestion");
    // The Apply is in the editor, not submitted: the step stays, so its checklist is still at hand.
    await waitForStep(frame, "pre-post.titularidad.gestion");
    for (const item of ["ci-anverso", "ci-reverso", "selfie-ci"]) await tick(frame, item);
    await saveChecklist(page, frame);
    const checks = ["ci-anverso", "ci-reverso", "selfie-ci"].map((item) => `ruta_ck_pre_post_titularidad_gestion__${item.replace(/-/g, "_")}`);
    expect(rutaTags(await emulator.readTicket(ticket))).toEqual(expect.arrayContaining(checks));
    await submit(page);
    // Everything else went through: the step, the status, the macro.
    const [saved, audits] = await Promise.all([emulator.readTicket(ticket), emulator.readAudits(ticket)]);
    expect(saved.status).toBe("solved");
    expect(macrosApplied(audits).at(-1)).toBe("Respuesta rápida::Opción 4");
    expect(rutaNotes(audits)).toHaveLength(1);
    expect(rutaTags(saved)).toEqual(expect.arrayContaining([stepTagOf("pre-post.titularidad.gestion"), ...checks]));
  });
});

describe("the agent's language", () => {
  it("shows the sidebar in English for an agent whose Zendesk is in English", async () => {
    await emulator.switchLocale("en");
    let frame = await openSidebar(page, emulatorUrl, TICKET_IDS.tboComplaint);
    expect(await textOf(frame, "ticket-status")).toBe("Open");
    expect(await textOf(frame, "why")).toBe("No step applied on this ticket yet.");
    expect(await textOf(frame, "change-flow")).toBe("Change flow");

    frame = await openSidebar(page, emulatorUrl, TICKET_IDS.prePostNew);
    expect(await textOf(frame, "ticket-status")).toBe("New");
    await waitForStep(frame, "pre-post.saludo.primer-contacto");
    expect(await textOf(frame, "folded-steps")).toContain("Before this step");
    expect(await textOf(frame, "suggested-status")).toBe("On-hold");
    const diff = await frame.$$eval('[data-testid="diff"] li', (items) => items.map((li) => li.textContent?.trim()));
    expect(diff).toContain("Status: New → On-hold");
    expect(diff.some((line) => line?.startsWith("Apply macro “Móvil › WhatsApp"))).toBe(true);
    expect(diff).toContain("Order state: — → En progreso › Datos Insuficientes");
    expect(await textOf(frame, "apply")).toBe("Apply step");
    await applyStep(page, frame, "pre-post.saludo.primer-contacto");
    expect(await textOf(frame, "apply-result")).toBe("Applied in the editor. Review and submit the ticket.");
    // Until the submit the step stays, with nothing else to do: no clock, no way on.
    expect(await frame.$('[data-testid="waiting"]')).toBeNull();
    expect(await frame.$('[data-testid="continue"]')).toBeNull();
    await sidebarShot(page, TICKET_IDS.prePostNew, "robustness-english");
    expect(await textOf(frame, "ticket-status")).toBe("On-hold");
  });
});

describe("a ticket no flow fits", () => {
  it("offers the flows to choose from, and the choice is kept on the ticket after the submit", async () => {
    // A Tigo Bolivia ticket's picker lists only that brand's flows.
    let frame = await openSidebar(page, emulatorUrl, TICKET_IDS.prePostNew);
    await click(frame, "change-flow");
    await frame.waitForSelector('[data-testid="flow-picker"]');
    expect(await frame.$$eval('[data-testid^="flow-option-"]', (options) => options.map((o) => o.getAttribute("data-testid")))).toEqual(["flow-option-pre-post"]);

    // The outsourcer's own brand has no entry in the settings: every flow is offered.
    const ticket = TICKET_IDS.noFlowFits;
    frame = await openSidebar(page, emulatorUrl, ticket);
    await frame.waitForSelector('[data-testid="flow-picker"]');
    expect(await frame.$('[data-testid="step"]')).toBeNull();
    const offered = await frame.$$eval('[data-testid^="flow-option-"]', (options) => options.map((o) => o.getAttribute("data-testid")));
    expect(offered).toEqual(CATALOG.map((f) => `flow-option-${f.id}`));
    await sidebarShot(page, ticket, "robustness-flow-picker");

    await click(frame, "flow-option-lpg-requerimientos");
    await waitForStep(frame, "lpg-requerimientos.asunto");
    expect(await textOf(frame, "flow-title")).toBe("Requerimientos Abastible (GLP)");
    await page.waitForSelector(`[data-testid="prop-tags"] .tag >> text=${flowTagOf("lpg-requerimientos")}`);
    expect(rutaTags(await emulator.readTicket(ticket))).toEqual([]);
    expect(await submitEditor(page)).toBe("ok");
    const saved = await emulator.readTicket(ticket);
    expect(rutaTags(saved)).toEqual([flowTagOf("lpg-requerimientos")]);

    // Reopened later, the ticket's tag chooses the flow.
    frame = await reopenSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "lpg-requerimientos.asunto");
    expect(await frame.textContent(".flow-header")).toContain("Flujo guardado en el ticket");
  });
});


describe("the agent's macros", () => {
  it("are listed only after the first suggested step, and a next tab applies a macro with the list it kept", async () => {
    const listed: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/api/v2/macros/active.json" || url.pathname === "/api/v2/macros.json") listed.push(url.pathname);
    });
    const first = await openSidebar(page, emulatorUrl, TICKET_IDS.tboComplaint);
    expect(listed).toEqual([]);
    // Kept in the app's storage once every page has come.
    await first.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("ruta:macros:")), undefined, { timeout: 20_000 });
    const before = listed.length;
    expect(before).toBeGreaterThan(0);
    const frame = await openSidebar(page, emulatorUrl, TICKET_IDS.prePostNew);
    await applyStep(page, frame, "pre-post.saludo.primer-contacto");
    expect(await textOf(frame, "apply-result")).toBe("Aplicado en el editor. Revise y envíe el ticket.");
    expect(listed).toHaveLength(before);
  });

  it("are listed once for two tabs that load them at the same time (Web Locks): the second takes what the first kept", async () => {
    const listed: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/api/v2/macros/active.json") listed.push(url.search);
    });
    // The first tab's first page takes long enough for the second tab to start its own prefetch meanwhile.
    await emulator.armFault({ kind: "slow", method: "GET", path: "/api/v2/macros/active", delayMs: 6000, count: 1 });
    await openSidebar(page, emulatorUrl, TICKET_IDS.tboComplaint);
    const second = await openSidebar(page, emulatorUrl, TICKET_IDS.prePostNew);
    await second.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("ruta:macros:")), undefined, { timeout: 30_000 });
    await page.waitForTimeout(1500);
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
