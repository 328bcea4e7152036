import type { Frame, Page } from "playwright-core";
import { FIELD_IDS, TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { applyStep, confirmReply, customerSays, openSidebar, rutaNotes, saveChecklist, submit, textOf, typeValue, waitForStep } from "./support/sidebar";

// Known data reused (issue 8): the requester's profile and the ticket's fields fill the typed values, and
// what the agent types for a value that has a ticket field goes back to that field with the note.

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("data", (p) => (page = p));

const TICKET = TICKET_IDS.prePostNew;
const inputValue = (frame: Frame, itemId: string) => frame.inputValue(`[data-testid="checklist-value-${itemId}"]`);

/** Seed 001 from the first message to the holder's data, as an agent walks it. */
async function holderData(): Promise<Frame> {
  const frame = await openSidebar(page, emulatorUrl, TICKET);
  await waitForStep(frame, "pre-post.saludo.primer-contacto");
  await applyStep(page, frame, "pre-post.saludo.primer-contacto");
  await submit(page);
  await customerSays(page, emulator, TICKET, "Hola, quiero pasar a pospago.");
  await confirmReply(frame, "Hola", "pre-post.escenario.datos-titular");
  return frame;
}

describe("the holder's data (seed 001, 1)", () => {
  it("comes filled from the requester, says so, and a typed Cédula and Ciudad reach the ticket's fields with the note", async () => {
    const frame = await holderData();
    expect(await inputValue(frame, "nombre-titular")).toBe("Marcelo Quispe Mamani");
    expect(await textOf(frame, "checklist-prefilled-nombre-titular")).toBe("Tomado del solicitante del ticket.");
    expect(await inputValue(frame, "telefono-titular")).toBe("+59171234567");
    expect(await inputValue(frame, "ci-titular")).toBe("");
    expect(await textOf(frame, "checklist-writes-field-ci-titular")).toBe("Si lo cambia, al guardar se escribe también en el campo «Cédula de Identidad».");

    await typeValue(frame, "ci-titular", "4789123 lp");
    await typeValue(frame, "ciudad", "la paz");
    await saveChecklist(page, frame);
    await waitForStep(frame, "pre-post.escenario.facturacion");

    const ticket = await emulator.readTicket(TICKET);
    const field = (id: number) => ticket.custom_fields.find((f) => f.id === id)?.value;
    expect(field(FIELD_IDS.identityCard)).toBe("4789123 LP");
    expect(field(FIELD_IDS.city)).toBe("ciudad_la_paz");
    const note = rutaNotes(await emulator.readAudits(TICKET)).at(-1) ?? "";
    expect(note).toContain("✔ Nombre completo del titular: Marcelo Quispe Mamani");
    expect(note).toContain("✔ Número de teléfono: 71234567");
    expect(note).toContain("✔ Carnet de Identidad: 4789123 LP");
  });

  it("leaves a value the agent clears empty and pending, and writes no field it did not type", async () => {
    const frame = await holderData();
    await typeValue(frame, "nombre-titular", "");
    await frame.waitForSelector('[data-testid="checklist-missing"]');
    expect(await textOf(frame, "checklist-missing")).toContain("Nombre completo del titular");
    expect(await frame.$('[data-testid="checklist-prefilled-nombre-titular"]')).toBeNull();
    await saveChecklist(page, frame);
    const ticket = await emulator.readTicket(TICKET);
    expect(ticket.custom_fields.find((f) => f.id === FIELD_IDS.identityCard)?.value ?? null).toBeNull();
    expect(rutaNotes(await emulator.readAudits(TICKET)).at(-1)).toContain("☐ Nombre completo del titular");
  });
});
