import type { Frame, Page } from "playwright-core";
import { AGENT_IDS, TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import {
  applyStep,
  checkTagOf,
  chooseAndApply,
  chooseOption,
  click,
  confirmReply,
  flowTagOf,
  lastAuditAuthor,
  macrosApplied,
  openSidebar,
  orderStateOf,
  orderStateTag,
  rutaNotes,
  rutaTags,
  saveChecklist,
  sidebarShot,
  skipTo,
  stepTagOf,
  submit,
  textOf,
  tick,
  typeValue,
  waitForStep,
  waitForText,
} from "./support/sidebar";
import { readMarker } from "../../src/zendesk/noteMarker";

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("branches", (p) => (page = p));

async function saved(ticketId: number) {
  const [ticket, audits] = await Promise.all([emulator.readTicket(ticketId), emulator.readAudits(ticketId)]);
  return { ticket, audits, tags: rutaTags(ticket), macros: macrosApplied(audits), notes: rutaNotes(audits), orderState: orderStateOf(ticket) };
}

/** Escalation text lines, as the agent would paste them. */
const escalationLines = async (frame: Frame) => (await textOf(frame, "escalation-text")).split("\n");

describe("seed 001 branches", () => {
  it("FR/RO: «No califica::Línea en FR/RO» (Resuelto, No clasifica::OTRO), then the farewell closes the flow", async () => {
    const ticket = TICKET_IDS.prePostNew;
    const frame = await openSidebar(page, emulatorUrl, ticket);
    // The agent passes the greeting and the data on deliberately, each with its reason kept in a note; the
    // steps with nothing to write are shown folded into the next, with no "Continuar"; the billing answer
    // applies the "gestión" with it.
    await waitForStep(frame, "pre-post.saludo.primer-contacto");
    expect(await frame.$('[data-testid="continue"]')).toBeNull();
    await skipTo(frame, "pre-post.escenario.datos-titular");
    await skipTo(frame, "pre-post.escenario.facturacion");
    await chooseAndApply(page, frame, "titular-o-comercial", "pre-post.preanalisis.gestion");
    expect(await textOf(frame, "folded-pre-post.escenario.proceso-normal")).toContain("Retomar el proceso normal");
    // Applied in the editor, not yet submitted: no way on is offered, so nothing can be passed over it.
    expect(await frame.$('[data-testid="skip"]')).toBeNull();
    await submit(page);
    await waitForStep(frame, "pre-post.preanalisis.resultado");
    const passed = await saved(ticket);
    expect(passed.macros).toEqual(["Respuesta rápida::Opción 4"]);
    expect(passed.notes).toHaveLength(2);
    expect(passed.notes[0]).toContain("Paso pasado sin aplicar sus cambios desde Ruta. Motivo: No corresponde en este caso.");
    expect(await textOf(frame, "option-then-fr-ro")).toBe("luego aplica «No califica › Línea en FR/RO» en el editor");
    await chooseAndApply(page, frame, "fr-ro", "pre-post.no-califica.fr-ro");
    expect(await textOf(frame, "suggested-order-state")).toBe("No clasifica › OTRO");
    expect(await textOf(frame, "apply-result")).toBe("Aplicado en el editor. Revise y envíe el ticket.");
    await sidebarShot(page, ticket, "branches-001-fr-ro");
    await submit(page);
    let now = await saved(ticket);
    expect(now.ticket.status).toBe("solved");
    expect(now.orderState).toBe(orderStateTag("No clasifica::OTRO"));
    expect(now.macros).toEqual(["Respuesta rápida::Opción 4", "Móvil::WhatsApp::Migración de Pre a Post::No califica::Línea en FR/RO"]);
    expect(now.tags).toEqual([flowTagOf("pre-post"), stepTagOf("pre-post.no-califica.fr-ro")].sort());

    await waitForStep(frame, "pre-post.despedida");
    await applyStep(page, frame, "pre-post.despedida");
    await submit(page);
    now = await saved(ticket);
    expect(now.ticket.status).toBe("solved");
    expect(now.orderState).toBe(orderStateTag("No clasifica::OTRO"));
    expect(now.macros.at(-1)).toBe("BO::Despedida al resolver");
    expect(now.tags).toEqual([flowTagOf("pre-post"), stepTagOf("pre-post.despedida")].sort());
    await frame.waitForSelector('[data-testid="flow-done"]');
    await sidebarShot(page, ticket, "branches-001-fr-ro-despedida");
  });

  it("not the holder: «Transacción no exitosa::Cliente no es titular» (Resuelto) ends the flow", async () => {
    const ticket = TICKET_IDS.prePostHalfway;
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await confirmReply(frame, "Listo", "pre-post.titularidad.gestion");
    await applyStep(page, frame, "pre-post.titularidad.gestion");
    await submit(page);
    let now = await saved(ticket);
    expect(now.ticket.status).toBe("solved");
    expect(now.macros.at(-1)).toBe("Respuesta rápida::Opción 4");

    await waitForStep(frame, "pre-post.titularidad.qvantel");
    await chooseOption(frame, "no-titular", "pre-post.titularidad.no-titular");
    expect(await textOf(frame, "suggested-macro")).toBe("Transacción no exitosa › Cliente no es titular");
    await applyStep(page, frame, "pre-post.titularidad.no-titular");
    await submit(page);
    now = await saved(ticket);
    expect(now.ticket.status).toBe("solved");
    expect(now.macros.at(-1)).toBe("Transacción no exitosa::Cliente no es titular");
    expect(now.tags).toEqual([flowTagOf("pre-post"), stepTagOf("pre-post.titularidad.no-titular")].sort());
    await frame.waitForSelector('[data-testid="flow-done"]');
    await sidebarShot(page, ticket, "branches-001-no-titular");
  });
});

describe("seed 000: a TBO complaint escalated through SysHelp", () => {
  it("runs the checks, fills the mandatory data, composes the SysHelp text and saves it as an internal note", async () => {
    const ticket = TICKET_IDS.tboComplaint;
    await emulator.switchAgent(AGENT_IDS.diego);
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "tbo.inicio");
    expect(await textOf(frame, "flow-title")).toBe("Reclamos TBO (Tigo Business Online)");
    await chooseOption(frame, "transferir-saldo", "tbo.transferir-saldo");
    await chooseOption(frame, "linea-no-existe", "tbo.transferir-saldo.linea-no-existe");
    await chooseOption(frame, "formato-correcto", "tbo.transferir-saldo.linea-no-existe.siebel");
    // The line as the customer writes it (0982…) fits Paraguay's format; nothing to warn about.
    await typeValue(frame, "linea-destino", "0982 444 555");
    expect(await frame.$('[data-testid="checklist-doubtful-linea-destino"]')).toBeNull();
    await typeValue(frame, "linea-destino", "0982 44");
    await waitForText(frame, "checklist-doubtful-linea-destino", "línea paraguaya");
    // The answer saves the Siebel check's note with the line typed there; the SysHelp step offers that line again.
    await chooseOption(frame, "existe", "tbo.transferir-saldo.linea-no-existe.syshelp");
    expect(await frame.inputValue('[data-testid="checklist-value-linea-destino"]')).toBe("0982 44");
    expect(await textOf(frame, "checklist-prefilled-linea-destino")).toBe("Escrito en un paso anterior.");

    // The route and the mandatory data, all missing at first.
    await frame.waitForSelector('[data-testid="escalation-missing"]');
    expect(await textOf(frame, "escalation")).toContain("Escalamiento: SysHelp");
    const route = (await escalationLines(frame)).slice(0, 3);
    expect(route).toEqual(["Tipo: Customer.Colaborador", "SubTipo: Soporte PYMES", "Control: BO Pymes.Inconvenientes TBO regional"]);
    expect(await textOf(frame, "escalation-missing")).toContain("Print de pantalla del error");
    await sidebarShot(page, ticket, "branches-000-escalation-empty");

    const values: Record<string, string> = {
      "descripcion-error": "Al transferir saldo desde TBO a la línea 595982444555 el portal responde que la línea no existe",
      correo: "rbenitez@ferreteriaelsol.com.py",
      linea: "595981456789",
      "linea-origen": "595981222333",
      "linea-destino": "595982444555",
      "razon-social": "Ferretería El Sol S.A.",
      "ruc-empresa": "80012345-6",
      "nombre-usuario": "Rocío Benítez",
      "telefono-usuario": "595981456789",
    };
    for (const [id, value] of Object.entries(values)) await typeValue(frame, id, value);
    // Everything typed, the capture not yet ticked: only the evidence is missing.
    await waitForText(frame, "escalation-missing", "Print de pantalla del error");
    expect(await textOf(frame, "escalation-missing")).not.toContain("Correo");
    await tick(frame, "print-error");
    await frame.waitForSelector('[data-testid="escalation-complete"]');
    expect(await frame.$('[data-testid="escalation-missing"]')).toBeNull();

    const text = await textOf(frame, "escalation-text");
    for (const value of Object.values(values)) expect(text).toContain(value);
    expect(text).toContain(`(ticket #${ticket})`);
    expect(text).toContain("Print de pantalla del error: adjunto");
    expect(text).toContain("Asesor: Diego Fernández");
    expect(text).not.toContain("«");
    await click(frame, "copy-escalation");
    await waitForText(frame, "copy-escalation", "Copiado");
    await sidebarShot(page, ticket, "branches-000-escalation-complete");

    await saveChecklist(page, frame);
    const now = await saved(ticket);
    expect(now.notes).toHaveLength(2);
    expect(now.notes[0]).toContain("✔ Número al cuál desea transferir saldo: 0982 44");
    const note = now.notes[1]!;
    expect(note.split("\n")[0]).toBe(`[Ruta] Reclamos TBO (Tigo Business Online) · Acción 3: derivar vía SysHelp a Back Office pymes (No puedo transferir saldo 1), Acción 3) [ref:${readMarker(note)}]`);
    expect(readMarker(note)).toMatch(/^[0-9a-z]{7}$/);
    expect(note).toContain("✔ El RUC de la empresa: 80012345-6");
    expect(note).toContain("✔ Print de pantalla del error");
    expect(note).not.toContain("☐");
    expect(now.ticket.status).toBe("open");
    expect(now.tags).toContain(stepTagOf("tbo.transferir-saldo.linea-no-existe.syshelp"));
    expect(now.tags).toContain(checkTagOf("tbo.transferir-saldo.linea-no-existe.syshelp", "print-error"));
    expect(lastAuditAuthor(now.audits)).toBe(AGENT_IDS.diego);

    // The escalation is recorded: the sidebar waits for the SysHelp to close, the text saved still there to paste.
    await waitForStep(frame, "tbo.transferir-saldo.linea-no-existe.seguimiento");
    expect(await textOf(frame, "saved-escalation-text")).toBe(text);
    await click(frame, "copy-saved-escalation");
    await waitForText(frame, "copy-saved-escalation", "Copiado");
    await click(frame, "alt-solucionado");
    await waitForStep(frame, "tbo.transferir-saldo.linea-no-existe.solucionado");
  });
});

describe("seed 002: internet retention typification", () => {
  it("shows the closing code and days for a state and reason, and saves the filled IC note as an internal note", async () => {
    const ticket = TICKET_IDS.internetRetention;
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "retencion-internet.estado");
    // No procede → ANULADO.
    await chooseOption(frame, "no-procede", "retencion-internet.no-procede");
    await chooseOption(frame, "cliente-no-solicito-el-retiro", "retencion-internet.no-procede.cliente-no-solicito-el-retiro");
    expect(await textOf(frame, "disposition")).toContain("Cerrar en OPEN como ANULADO · 1 día(s)");
    await click(frame, "back");
    await waitForStep(frame, "retencion-internet.no-procede");
    await click(frame, "back");
    await waitForStep(frame, "retencion-internet.estado");

    // Pendiente → volver a llamar → ATENDIDO, 3 days, and the note template.
    await chooseOption(frame, "pendiente", "retencion-internet.pendiente");
    await chooseOption(frame, "volver-a-llamar", "retencion-internet.pendiente.volver-a-llamar");
    expect(await textOf(frame, "disposition")).toContain("Cerrar en OPEN como ATENDIDO · 3 día(s)");
    await typeValue(frame, "usuario-ic", "crojas");
    await typeValue(frame, "nombre-contacto", "Andrés Villacís");
    await typeValue(frame, "volver-a-llamar", "mañana a las 10:00");
    await typeValue(frame, "telefono", "593991234567");
    // Seed 002's deliverable, the observation for IC, is shown filled and copied before anything is saved.
    expect(await textOf(frame, "observation")).toContain("Observación para IC");
    expect(await textOf(frame, "observation-text")).toBe("Impulsa//crojas//Andrés Villacís indica le llame nuevamente mañana a las 10:00 posible retención// 0991234567");
    await click(frame, "copy-observation");
    await waitForText(frame, "copy-observation", "Copiado");
    expect(rutaNotes(await emulator.readAudits(ticket))).toEqual([]);
    await sidebarShot(page, ticket, "branches-002-volver-a-llamar");
    await saveChecklist(page, frame);

    const now = await saved(ticket);
    expect(now.notes).toHaveLength(1);
    const note = now.notes[0]!;
    expect(note.split("\n")[0]).toMatch(/^\[Ruta\] Tipificación retención Internet · Pendiente · VOLVER A LLAMAR/);
    // The IC template, every placeholder filled (an empty one would show as «name»).
    // The phone typed with its country code is written as the seed writes Ecuadorian numbers (099…).
    expect(note.split("\n")[2]).toBe("Impulsa//crojas//Andrés Villacís indica le llame nuevamente mañana a las 10:00 posible retención// 0991234567");
    expect(now.tags).toContain(stepTagOf("retencion-internet.pendiente.volver-a-llamar"));
    expect(now.ticket.status).toBe("open");
    await frame.waitForSelector('[data-testid="flow-done"]');
  });
});

describe("seed 003: Abastible requirement typification", () => {
  it("sends «Retiro de tanque» to the Sucursal Virtual with its three documents, and a service complaint to a ticket", async () => {
    const ticket = TICKET_IDS.lpgRequirement;
    await emulator.switchAgent(AGENT_IDS.diego);
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "lpg-requerimientos.asunto");
    await chooseOption(frame, "servicio", "lpg-requerimientos.servicio");
    await chooseOption(frame, "retiro-de-tanque", "lpg-requerimientos.servicio.retiro-de-tanque");
    const disposition = await textOf(frame, "disposition");
    expect(disposition).toContain("Derivar a Sucursal Virtual");
    const documents = await frame.$$eval('[data-testid="disposition"] li', (items) => items.map((li) => li.textContent?.trim()));
    expect(documents).toEqual(["Certificado Dom. Vigente (vigencia 90 días)", "Copia Carnet", "Foto de Placa"]);
    await sidebarShot(page, ticket, "branches-003-retiro-de-tanque");

    await click(frame, "back");
    await chooseOption(frame, "no-respetan-precio-de-fecha-de-entrega", "lpg-requerimientos.servicio.no-respetan-precio-de-fecha-de-entrega");
    expect(await textOf(frame, "disposition")).toContain("Crear el requerimiento (ticket)");
    // The leaf says what to tell the customer and offers its closing note; nothing is written until it is saved.
    expect(await textOf(frame, "closing-speech")).toContain("Registramos su requerimiento");
    expect(await frame.$('[data-testid="apply"]')).toBeNull();
    await frame.waitForSelector('[data-testid="save-checklist"]');
    const now = await saved(ticket);
    expect(now.tags).toEqual([]);
    expect(now.notes).toEqual([]);
  });
});

describe("seed 004: corporate fixed-charge correction", () => {
  it("checks the validations, composes the SIAC Único case and the NINTEX or Remedy request per scenario", async () => {
    const ticket = TICKET_IDS.corporateFixedCharge;
    await emulator.switchAgent(AGENT_IDS.diego);
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "cargo-fijo-corporativo.validaciones");
    const validations = ["titularidad", "sisact", "campana-sec", "evidencias-ejecutivo", "evidencia-cliente", "buzon"];
    for (const item of validations.slice(0, 3)) await tick(frame, item);
    await waitForText(frame, "checklist-missing", "Solicitar al Ejecutivo CAE o Dace, las evidencias");
    for (const item of validations.slice(3)) await tick(frame, item);
    await saveChecklist(page, frame);
    let now = await saved(ticket);
    expect(now.notes.at(-1)?.split("\n")[0]).toContain("[Ruta] Corrección de cargo fijo corporativo · Validaciones");
    for (const item of validations) expect(now.tags).toContain(checkTagOf("cargo-fijo-corporativo.validaciones", item));

    // SIAC Único case for the Variaciones Corporativas queue.
    await waitForStep(frame, "cargo-fijo-corporativo.caso-siac");
    const caso: Record<string, string> = {
      ruc: "20512345678",
      "razon-social": "Constructora Andina SAC",
      linea: "987654321",
      sec: "SEC-0045821",
      oferta: "20% de descuento en el cargo fijo por renovación",
      campana: "Renovación Corporativa 2026",
      contacto: "Luis Huamán",
      "telefono-contacto": "987654321",
      email: "lhuaman@constructoraandina.pe",
    };
    for (const [id, value] of Object.entries(caso)) await typeValue(frame, id, value);
    await frame.waitForSelector('[data-testid="escalation-complete"]');
    const siac = await textOf(frame, "escalation-text");
    expect(siac.split("\n")[0]).toContain("Cola: Variaciones Corporativas");
    for (const value of Object.values(caso)) expect(siac).toContain(value);
    expect(await textOf(frame, "escalation")).toContain("Escalamiento: SIAC Único");
    await sidebarShot(page, ticket, "branches-004-siac");
    // The case number SIAC Único gives is collected here, where it is produced: the NINTEX or Remedy request needs it.
    expect(await textOf(frame, "checklist-missing")).toBe("Falta: Número de caso SIAC Único");
    await typeValue(frame, "caso-siac", "SIAC-2026-118734");
    await saveChecklist(page, frame);
    now = await saved(ticket);
    expect(now.notes.at(-1)).toContain("✔ RUC del cliente: 20512345678");
    expect(now.notes.at(-1)).toContain("✔ Número de caso SIAC Único: SIAC-2026-118734");

    // Scenario: Activaciones → configuration error → NINTEX; misalignment → Remedy.
    await waitForStep(frame, "cargo-fijo-corporativo.escenario");
    await chooseOption(frame, "activaciones", "cargo-fijo-corporativo.activaciones");
    await chooseOption(frame, "desalineacion", "cargo-fijo-corporativo.activaciones.desalineacion");
    expect(await textOf(frame, "escalation")).toContain("Escalamiento: Remedy");
    await click(frame, "back");
    await chooseOption(frame, "error-configuracion", "cargo-fijo-corporativo.activaciones.error-configuracion");
    expect(await textOf(frame, "escalation")).toContain("Escalamiento: NINTEX");
    // What was typed at the SIAC step is offered again: the case number, the RUC, the line.
    expect(await frame.inputValue('[data-testid="checklist-value-caso-siac"]')).toBe("SIAC-2026-118734");
    expect(await textOf(frame, "checklist-prefilled-caso-siac")).toBe("Escrito en un paso anterior.");
    await typeValue(frame, "ruc", "2051234567");
    await waitForText(frame, "checklist-doubtful-ruc", "RUC de 11 dígitos");
    // The escalation check agrees with the field: the doubtful RUC is named there too.
    await typeValue(frame, "linea", "987654321");
    await waitForText(frame, "escalation-doubtful", "RUC");
    await typeValue(frame, "ruc", "20512345678");
    await typeValue(frame, "linea", "987654321");
    await frame.waitForSelector('[data-testid="escalation-complete"]');
    const nintex = await escalationLines(frame);
    expect(nintex.slice(0, 2)).toEqual(["Área: Activaciones", "Formulario: BuzonActivaciones"]);
    expect(nintex).toContain("Caso SIAC Único: SIAC-2026-118734");
    await sidebarShot(page, ticket, "branches-004-nintex");
    await saveChecklist(page, frame);
    now = await saved(ticket);
    expect(now.notes).toHaveLength(3);
    expect(now.notes.at(-1)).toContain("[Ruta] Corrección de cargo fijo corporativo · NINTEX a Activaciones");
    expect(now.notes.at(-1)).toContain("✔ Número de caso SIAC Único: SIAC-2026-118734");
    expect(now.tags).toContain(stepTagOf("cargo-fijo-corporativo.activaciones.error-configuracion"));
    await waitForStep(frame, "cargo-fijo-corporativo.cerrar-caso");
  });
});
