import type { Frame, Page } from "playwright-core";
import { AGENT_IDS, INSTALLATION_ID, TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { currentStep, openSidebar, reopenSidebar, SIDEBAR_TIMEOUT_MS, textOf, waitForStep } from "./support/sidebar";

let page: Page;
const { emulatorUrl, emulator } = useEmulatorSession("admin-editor", (p) => (page = p));

const FIRST = "pre-post.escenario.identificar";
const GREETING = "pre-post.saludo.primer-contacto";
const OTHER_MACRO = "Móvil::WhatsApp::Migración de Pre a Post::Saludo Inicial::Segundo contacto";

/** A whole procedure written as data for the outsourcer's own brand (seed ticket 1007 asks about applying for a job). */
const POSTULACION = {
  id: "postulacion",
  seed: "900",
  title: "Postulación laboral",
  summary: "Derivar a quien pregunta por trabajo en el contact center",
  match: { subjectWords: ["postulo"] },
  start: "postulacion.derivar",
  steps: [
    { id: "postulacion.derivar", kind: "action", title: "Enviar el enlace de postulación", next: "postulacion.fin", instructions: ["Compartir el portal de empleos."] },
    { id: "postulacion.fin", kind: "end", title: "Cerrar la consulta", status: "solved" },
  ],
};

/** Opens the page as `userId` and the app's nav_bar location, waiting for the editor (or its no-access notice). */
async function openEditor(userId: number): Promise<Frame> {
  await emulator.switchAgent(userId);
  await openSidebar(page, emulatorUrl, TICKET_IDS.prePostNew);
  await page.click('[data-testid="nav-bar-button"]');
  const handle = await page.waitForSelector('[data-testid="app-frame-nav_bar"]', { state: "attached" });
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-testid="admin-brand"], [data-testid="admin-no-access"]', { timeout: SIDEBAR_TIMEOUT_MS });
  return frame;
}

async function installationSettings(): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(`/api/v2/apps/installations/${INSTALLATION_ID}.json`, emulatorUrl));
  return ((await response.json()) as { settings: Record<string, unknown> }).settings;
}

// Done-when of issue 10, through the emulator's nav_bar hosting and its installation API
// (developer.zendesk.com, Apps API "Update App Installation": PUT /api/v2/apps/installations/{id}.json, admins only).
describe("the team leads' editor (nav_bar)", () => {
  it("a team lead turns a step off and overrides a macro for one brand and adds a procedure; that brand's sidebar follows, the others do not change", async () => {
    const editor = await openEditor(AGENT_IDS.veronica);
    await editor.selectOption('[data-testid="admin-brand"]', "tigo-bo");
    await editor.click(`[data-testid="preview-off-${FIRST}"]`);
    await editor.fill(`[data-testid="preview-macro-${GREETING}"]`, OTHER_MACRO);
    await editor.click(`[data-testid="preview-set-macro-${GREETING}"]`);
    expect(await editor.$$eval('[data-testid="preview-mark"]', (marks) => marks.length)).toBe(1);
    const doc = JSON.parse(await editor.inputValue('[data-testid="admin-json"]')) as { brands: Record<string, Record<string, unknown>> };
    doc.brands["ruta-cc"] = { procedures: [POSTULACION] };
    await editor.fill('[data-testid="admin-json"]', JSON.stringify(doc, null, 2));
    await editor.waitForSelector('[data-testid="admin-valid"]');
    await editor.click('[data-testid="admin-save"]');
    await editor.waitForFunction(() => document.querySelector('[data-testid="admin-save-status"]')?.textContent?.includes("Guardado"));

    const config = JSON.parse(String((await installationSettings()).config)) as typeof doc;
    expect(config.brands["tigo-bo"]).toEqual({ overrides: [{ op: "off", step: FIRST }, { op: "set", step: GREETING, macro: OTHER_MACRO }] });

    const bo = await reopenSidebar(page, emulatorUrl, TICKET_IDS.prePostNew);
    await waitForStep(bo, GREETING);
    expect(await textOf(bo, "suggested-macro")).toBe(OTHER_MACRO.split("::").join(" › "));

    const py = await openSidebar(page, emulatorUrl, TICKET_IDS.tboComplaint);
    expect(await textOf(py, "flow-title")).not.toBe("Postulación laboral");
    expect(await currentStep(py)).not.toBe(GREETING);

    const cc = await openSidebar(page, emulatorUrl, TICKET_IDS.noFlowFits);
    // Its first step only reads, so it shows folded into the closing step.
    await waitForStep(cc, "postulacion.fin");
    expect(await textOf(cc, "folded-postulacion.derivar")).toContain("Compartir el portal de empleos.");
    expect(await textOf(cc, "flow-title")).toBe("Postulación laboral");
  }, 90_000);

  it("names a broken override at its path and keeps Save off until it is fixed", async () => {
    const editor = await openEditor(AGENT_IDS.veronica);
    await editor.fill('[data-testid="admin-json"]', '{"brands": {"tigo-bo": {"overrides": [{"op": "off", "step": "pre-post.x"}]}}}');
    expect(await textOf(editor, "admin-issues")).toBe("Configuración: «brands.tigo-bo.overrides[0].step» nombra un paso que no existe: «pre-post.x».");
    expect(await editor.isDisabled('[data-testid="admin-save"]')).toBe(true);
    await editor.fill('[data-testid="admin-json"]', '{"brands": {"tigo-bo": {"overrides": [{"op": "set", "step": "pre-post.saludo.primer-contacto", "macro": "Móvil::Saludo::Inexistente"}]}}}');
    await editor.waitForSelector('[data-testid="admin-valid"]');
    await editor.selectOption('[data-testid="admin-brand"]', "tigo-bo");
    await editor.waitForFunction(() => document.querySelector('[data-testid="doctor-findings"]')?.textContent?.includes("Móvil::Saludo::Inexistente"));
  }, 60_000);

  it("an agent's sidebar says which macro the account lacks and to ask a team lead, and the step keeps working", async () => {
    await emulator.switchAgent(AGENT_IDS.veronica);
    const config = { brands: { "tigo-bo": { overrides: [{ op: "set", step: FIRST, macro: "Móvil::Saludo::Inexistente" }] } } };
    const put = await fetch(new URL(`/api/v2/apps/installations/${INSTALLATION_ID}.json`, emulatorUrl), { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ settings: { config: JSON.stringify(config) } }) });
    expect(put.status).toBe(200);
    await emulator.switchAgent(AGENT_IDS.carla);
    const sidebar = await reopenSidebar(page, emulatorUrl, TICKET_IDS.prePostNew);
    await waitForStep(sidebar, FIRST);
    expect(await textOf(sidebar, "account-notice")).toBe(
      "La macro «Móvil::Saludo::Inexistente» no está activa en la cuenta: aplíquela a mano o siga sin ella.Pida a su líder de equipo que revise la configuración de Ruta (revisión de la cuenta).",
    );
    expect(await textOf(sidebar, "suggested-macro")).toBe("Móvil › Saludo › Inexistente");
  }, 60_000);

  it("the editor's account check finds a macro renamed through the REST API after a re-check", async () => {
    const editor = await openEditor(AGENT_IDS.veronica);
    await editor.selectOption('[data-testid="admin-brand"]', "tigo-bo");
    await editor.waitForSelector('[data-testid="doctor-healthy"]');
    // developer.zendesk.com, Macros: "Update Macro" (PUT /api/v2/macros/{macro_id}), as an admin.
    const list = (await (await fetch(new URL("/api/v2/macros/active.json?page[size]=100", emulatorUrl))).json()) as { macros: { id: number; title: string }[] };
    const macro = list.macros.find((m) => m.title.endsWith("Saludo Inicial::Primer contacto"))!;
    const put = await fetch(new URL(`/api/v2/macros/${macro.id}.json`, emulatorUrl), { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ macro: { title: `${macro.title} v2` } }) });
    expect(put.status).toBe(200);
    await editor.click('[data-testid="doctor-recheck"]');
    await editor.waitForSelector('[data-testid="doctor-findings"]');
    const findings = await textOf(editor, "doctor-findings");
    expect(findings).toContain(`tigo-bo: ninguna macro activa se llama «Móvil::WhatsApp::Migración Pre a Post::Saludo Inicial::Primer contacto» (pasos: ${GREETING}).`);
    expect(findings).toContain(`«${macro.title} v2»`);
  }, 60_000);

  it("shows an agent outside the team-lead groups that the editor is not for them", async () => {
    const editor = await openEditor(AGENT_IDS.carla);
    expect(await textOf(editor, "admin-no-access")).toContain("administradores y líderes de equipo");
  }, 60_000);
});
