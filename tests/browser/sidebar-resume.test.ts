import type { Frame, Page } from "playwright-core";
import { AGENT_IDS, TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { halfwayToAcceptedTerms } from "./support/walks";
import { workTag } from "../../src/engine";
import {
  applyStep,
  checkTagOf,
  confirmReply,
  customerSays,
  currentStep,
  flowTagOf,
  lastAuditAuthor,
  macrosApplied,
  openSidebar,
  reopenSidebar,
  rutaNotes,
  rutaTags,
  saveChecklist,
  sidebarShot,
  stepTagOf,
  submit,
  textOf,
  tick,
  tickedItems,
  trailOf,
  typeValue,
  waitForStep,
} from "./support/sidebar";

let page: Page;
const { emulatorUrl, emulator, replacePage } = useEmulatorSession("resume", (p) => (page = p));

/** What an agent sees of the position: the step, its checklist state and the trail. */
async function position(frame: Frame) {
  return {
    step: await currentStep(frame),
    ticked: await tickedItems(frame),
    savedValues: await frame.$$eval('[data-testid^="checklist-item-"]', (items) =>
      items.filter((i) => i.querySelector("input.input") && i.textContent?.includes("✔")).map((i) => i.getAttribute("data-testid")),
    ),
    missing: (await frame.$('[data-testid="checklist-missing"]')) ? await textOf(frame, "checklist-missing") : null,
    trail: await trailOf(frame),
  };
}

/** Switches the emulator's agent and opens the ticket in a fresh page, as that agent's own Zendesk tab. */
async function openAs(agentId: number, ticketId: number): Promise<Frame> {
  await emulator.switchAgent(agentId);
  page = await replacePage();
  const frame = await reopenSidebar(page, emulatorUrl, ticketId);
  expect(await page.textContent('[data-testid="current-agent"]')).toContain(agentId === AGENT_IDS.diego ? "Diego Fernández" : "Verónica Salinas");
  return frame;
}

describe("a ticket picked up by another agent half-way", () => {
  it("shows the second agent the same step, the saved checklist items and the trail", async () => {
    const ticket = TICKET_IDS.prePostNew;
    let frame = await openSidebar(page, emulatorUrl, ticket);
    // Agent 1 (Carla) greets, the customer answers, she records part of the holder's data (the phone comes from the requester).
    await waitForStep(frame, "pre-post.saludo.primer-contacto");
    await applyStep(page, frame, "pre-post.saludo.primer-contacto");
    await submit(page);
    await customerSays(page, emulator, ticket, "Soy Marcelo Quispe Mamani, CI 4789123 LP. Les paso el resto en un rato.");
    await confirmReply(frame, "Soy", "pre-post.escenario.datos-titular");
    await typeValue(frame, "nombre-titular", "Marcelo Quispe Mamani");
    await typeValue(frame, "ci-titular", "4789123 LP");
    await saveChecklist(page, frame);
    const first = await position(frame);
    expect(first.step).toBe("pre-post.escenario.datos-titular");
    expect(first.missing).toBe("Falta: Ciudad desde la que nos contacta");
    expect(first.trail).toEqual(["Saludo Inicial: Primer Contacto"]);
    await sidebarShot(page, ticket, "resume-agent-1");

    // The partial save marks the step in progress: the step tag is still the greeting's, the two items are recorded.
    const ticketNow = await emulator.readTicket(ticket);
    expect(rutaTags(ticketNow)).toEqual(
      [
        flowTagOf("pre-post"),
        stepTagOf("pre-post.saludo.primer-contacto"),
        checkTagOf("pre-post.escenario.datos-titular", "nombre-titular"),
        checkTagOf("pre-post.escenario.datos-titular", "ci-titular"),
        checkTagOf("pre-post.escenario.datos-titular", "telefono-titular"),
        workTag("pre-post.escenario.datos-titular"),
      ].sort(),
    );

    // Agent 2 (Diego) opens the ticket in his own session.
    frame = await openAs(AGENT_IDS.diego, ticket);
    await waitForStep(frame, "pre-post.escenario.datos-titular");
    const second = await position(frame);
    expect(second.step).toBe(first.step);
    expect(second.missing).toBe(first.missing);
    expect(second.trail).toEqual(first.trail);
    // What Carla saved shows as saved; the Cédula she typed came back to the ticket's field and fills his input.
    expect(second.savedValues).toEqual(["checklist-item-nombre-titular", "checklist-item-ci-titular", "checklist-item-telefono-titular"]);
    expect(await frame.inputValue('[data-testid="checklist-value-ci-titular"]')).toBe("4789123 LP");
    expect(await textOf(frame, "why")).toContain("Hay avance guardado en este paso («Solicitar datos para validar la titularidad»)");
    await sidebarShot(page, ticket, "resume-agent-2");

    // He completes it: the note is his, and the flow moves on for everyone.
    await typeValue(frame, "ciudad", "La Paz");
    await saveChecklist(page, frame);
    await waitForStep(frame, "pre-post.escenario.facturacion");
    const audits = await emulator.readAudits(ticket);
    expect(lastAuditAuthor(audits)).toBe(AGENT_IDS.diego);
    expect(rutaNotes(audits)).toHaveLength(2);
    expect(rutaNotes(audits)[1]).toContain("✔ Número de teléfono: 71234567");
    expect(await trailOf(frame)).toEqual(["Saludo Inicial: Primer Contacto", "Solicitar datos para validar la titularidad"]);
  });

  it("shows the same ticked evidence to a team lead, with the notes for the team lead", async () => {
    const ticket = TICKET_IDS.prePostHalfway;
    let frame = await openSidebar(page, emulatorUrl, ticket);
    await confirmReply(frame, "Listo", "pre-post.titularidad.gestion");
    // The seed's 4.1 solves the ticket mid-migration: every agent is warned on the step itself.
    expect(await textOf(frame, "step-warning")).toContain("4.1: la macro \"Respuesta Rápida > Opción 4\" deja el ticket en Estado Resuelto");
    await tick(frame, "ci-anverso");
    await tick(frame, "ci-reverso");
    await saveChecklist(page, frame);
    const first = await position(frame);
    expect(first.ticked).toEqual(["ci-anverso", "ci-reverso"]);
    expect(await frame.$('[data-testid="team-lead-notes"]')).toBeNull();
    expect(await frame.$('[data-testid="step-lead-notes"]')).toBeNull();

    frame = await openAs(AGENT_IDS.veronica, ticket);
    await waitForStep(frame, "pre-post.titularidad.gestion");
    const second = await position(frame);
    expect(second).toEqual(first);
    expect(await textOf(frame, "step-warning")).toContain("4.1: la macro \"Respuesta Rápida > Opción 4\" deja el ticket en Estado Resuelto");
    // The team lead also sees the step's other notes and the flow's own, which no step carries.
    expect(await textOf(frame, "step-lead-notes")).toContain("La ruta está escrita \"Respuesta Rápida\" en 4.1");
    expect(await textOf(frame, "team-lead-notes")).toContain("El menú de macros está escrito \"Migración Pre a Post\"");
    await sidebarShot(page, ticket, "resume-team-lead");
  });
});

describe("the seeded half-way ticket", () => {
  it("opens on the offer with the customer's reply proposed, and one click leads to ownership validation", async () => {
    const ticket = TICKET_IDS.prePostHalfway;
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "pre-post.oferta.linea-confirmada");
    expect(await textOf(frame, "proposal")).toContain("Listo, les envío la foto de mi carnet");
    expect(await textOf(frame, "proposal")).toContain("Parece: El cliente responde a la oferta.");
    await confirmReply(frame, "Listo", "pre-post.titularidad.gestion");
    expect(await textOf(frame, "step-title")).toContain("Macro \"Gestión\": validando titularidad");
    expect(await textOf(frame, "suggested-macro")).toBe("Respuesta Rápida › Opción 4");
    expect(await textOf(frame, "suggested-status")).toBe("Resuelto");
    // The macros applied by hand before Ruta are the trail.
    expect(await trailOf(frame)).toEqual(["Mantener el Ticket Abierto y enviar la macro \"gestión\"", "Oferta: Línea Confirmada + Plan"]);
    await sidebarShot(page, ticket, "resume-halfway");
  });
});

describe("the token timer", () => {
  it("offers the second token once the first one's 10 minutes have passed without the code", async () => {
    const ticket = TICKET_IDS.prePostHalfway;
    let frame = await halfwayToAcceptedTerms(page, emulator, emulatorUrl);
    await tick(frame, "captura-acepto");
    await saveChecklist(page, frame);
    await waitForStep(frame, "pre-post.token.envio-sms");
    await applyStep(page, frame, "pre-post.token.envio-sms");
    await submit(page);
    await frame.waitForSelector('[data-testid="timer"]');
    expect(await textOf(frame, "timer")).toContain("El código del tocken expira en ~10 minutos — quedan");
    expect(await frame.$('[data-testid="timer-next"]')).toBeNull();
    expect(macrosApplied(await emulator.readAudits(ticket)).at(-1)).toBe("Móvil::WhatsApp::Migración de Pre a Post::Tocken::Envío SMS por AR");

    await emulator.advanceClock(12);
    // The open sidebar follows the clock on its own…
    await waitForStep(frame, "pre-post.token.segundo-tocken");
    // …and a reload finds the same: the second token, because the time ran out.
    frame = await reopenSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "pre-post.token.segundo-tocken");
    expect(await textOf(frame, "why")).toBe("Pasaron 10 minutos desde «Envío de SMS por AR» sin respuesta.");
    expect(await textOf(frame, "suggested-macro")).toBe("Móvil › WhatsApp › Migración de Pre a Post › Tocken › Envío SMS 2do Tocken por Vencimiento");
    await sidebarShot(page, ticket, "resume-timer-second-token");
    await applyStep(page, frame, "pre-post.token.segundo-tocken");
    await submit(page);
    expect(macrosApplied(await emulator.readAudits(ticket)).at(-1)).toBe("Móvil::WhatsApp::Migración de Pre a Post::Tocken::Envío SMS 2do Tocken por Vencimiento");
    await frame.waitForSelector('[data-testid="timer"]');
    expect(await textOf(frame, "timer")).toContain("El 2do tocken expira en ~10 minutos");
  });
});
