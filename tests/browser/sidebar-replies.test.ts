import type { Page } from "playwright-core";
import { TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { submitEditor } from "./support/hostPage";
import { halfwayToAcceptedTerms } from "./support/walks";
import {
  applyStep,
  currentStep,
  customerSays,
  macrosApplied,
  openSidebar,
  rutaNotes,
  saveChecklist,
  submit,
  textOf,
  tickedItems,
  waitForStep,
} from "./support/sidebar";

// What the customer wrote and what the ticket shows decide the step (issue 8): timers before replies, a
// question is not an answer, a capture attached to an internal note is the evidence.

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("replies", (p) => (page = p));

const TICKET = TICKET_IDS.prePostHalfway;
/** A 1×1 PNG: what an agent's screenshot is to the evidence check. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

const acceptedTerms = () => halfwayToAcceptedTerms(page, emulator, emulatorUrl);

describe("a question after the offer", () => {
  it("stays on the offer, says it is a question and proposes nothing; nothing is written", async () => {
    const frame = await openSidebar(page, emulatorUrl, TICKET);
    await waitForStep(frame, "pre-post.oferta.linea-confirmada");
    const before = await emulator.readTicket(TICKET);
    await customerSays(page, emulator, TICKET, "¿Cuánto cuesta el plan?");
    await frame.waitForSelector('[data-testid="proposal"][data-kind="question"]');
    expect(await textOf(frame, "reply-excerpt")).toBe("¿Cuánto cuesta el plan?");
    expect(await textOf(frame, "reply-question")).toBe("Es una pregunta: respóndala; el paso sigue esperando la respuesta.");
    expect(await frame.$('[data-testid="confirm-reply"]')).toBeNull();
    expect(await currentStep(frame)).toBe("pre-post.oferta.linea-confirmada");
    const after = await emulator.readTicket(TICKET);
    expect(after.tags).toEqual(before.tags);
    expect(after.status).toBe(before.status);
  });
});

describe("a code sent after the token expired", () => {
  it("leads to the second token, not to the migration", async () => {
    const frame = await acceptedTerms();
    await page.setInputFiles('[data-testid="editor-attach"]', { name: "acepto.png", mimeType: "image/png", buffer: PNG });
    expect(await submitEditor(page, { comment: "Constancia ACEPTO", internal: true })).toBe("ok");
    await saveChecklist(page, frame);
    await applyStep(page, frame, "pre-post.token.envio-sms");
    await submit(page);
    await emulator.advanceClock(25);
    await customerSays(page, emulator, TICKET, "El código es A7K29Q");
    await waitForStep(frame, "pre-post.token.segundo-tocken");
    expect(await textOf(frame, "suggested-macro")).toBe("Móvil › WhatsApp › Migración de Pre a Post › Tocken › Envío SMS 2do Tocken por Vencimiento");
    expect(await frame.$('[data-testid="confirm-reply"]')).toBeNull();
    await applyStep(page, frame, "pre-post.token.segundo-tocken");
    await submit(page);
    expect(macrosApplied(await emulator.readAudits(TICKET)).at(-1)).toBe("Móvil::WhatsApp::Migración de Pre a Post::Tocken::Envío SMS 2do Tocken por Vencimiento");
  });
});

describe("evidence on the ticket", () => {
  it("is named missing until a capture is attached to an internal note, then found with its time and saved as done", async () => {
    const frame = await acceptedTerms();
    expect(await textOf(frame, "evidence-missing")).toBe("· falta: adjúntelo en nota interna");
    expect(await tickedItems(frame)).toEqual([]);
    expect(await frame.$('[data-testid="save-checklist"][disabled]')).not.toBeNull();

    await page.setInputFiles('[data-testid="editor-attach"]', { name: "acepto.png", mimeType: "image/png", buffer: PNG });
    expect(await submitEditor(page, { comment: "Constancia ACEPTO", internal: true })).toBe("ok");
    await frame.waitForSelector('[data-testid="evidence-found"]');
    expect(await textOf(frame, "evidence-found")).toMatch(/^· en el ticket: acepto\.png \(\d{1,2}:\d{2}[^)]*\)$/);
    expect(await tickedItems(frame)).toEqual(["captura-acepto"]);

    await saveChecklist(page, frame);
    await waitForStep(frame, "pre-post.token.envio-sms");
    const note = rutaNotes(await emulator.readAudits(TICKET)).at(-1) ?? "";
    expect(note).toContain("✔ Captura de la Macro Formal de T&C enviada y de la respuesta \"ACEPTO\" del cliente (nota interna)");
  });
});
