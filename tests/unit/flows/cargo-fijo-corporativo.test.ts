import type { Flow, Step } from "../../../src/flows/schema";
import { flowById } from "./flowById";
import { walkFlow } from "../../support/walkFlow";

const walk = (flow: Flow, choices: string[]) => walkFlow(flow, choices);
const flow = flowById("cargo-fijo-corporativo");
const step = (id: string): Step => {
  const s = flow.steps.find((x) => x.id === id);
  if (!s) throw new Error(`No step "${id}"`);
  return s;
};
const P = "cargo-fijo-corporativo";
const NINTEX_ACTIVACIONES =
  "http://wfportalnintex/dir/operacionescomerciales/Activaciones/_layouts/15/start.aspx#/BuzonActivaciones/Forms/AllItems.aspx";
const NINTEX_SOPORTE = "http://wfportalnintex/dir/red/soporte/_layouts/15/start.aspx#/Solicituddeejecucionesoperador/Forms/AllItems.aspx";
const COMMON_HEAD = [`${P}.validaciones`, `${P}.caso-siac`, `${P}.escenario`];
const COMMON_TAIL = [`${P}.cerrar-caso`, `${P}.respuesta`, `${P}.fin`];

/** Per scenario: the choices, the escalation step, its system, route and url. */
type Row = [scenario: string, choices: string[], via: string[], system: string, route: { name: string; value: string }[], url: string | undefined];
const ROWS: Row[] = [
  ["1.1 Error de Configuración", ["activaciones", "error-configuracion"], [`${P}.activaciones`, `${P}.activaciones.error-configuracion`], "NINTEX",
    [{ name: "Área", value: "Activaciones" }, { name: "Formulario", value: "BuzonActivaciones" }], NINTEX_ACTIVACIONES],
  ["1.2 Desalineación de la línea", ["activaciones", "desalineacion"], [`${P}.activaciones`, `${P}.activaciones.desalineacion`], "Remedy", [], undefined],
  ["2) Ventas con oferta vigente", ["ventas", "con-oferta"], [`${P}.ventas`, `${P}.ventas.con-oferta`], "NINTEX",
    [{ name: "Formulario", value: "Solicituddeejecucionesoperador" }], NINTEX_SOPORTE],
  ["2) Ventas sin oferta vigente", ["ventas", "sin-oferta"], [`${P}.ventas`, `${P}.ventas.sin-oferta`], "NINTEX",
    [{ name: "Formulario", value: "Solicituddeejecucionesoperador" }], NINTEX_SOPORTE],
  ["3) Postventa", ["postventa"], [`${P}.postventa`], "NINTEX", [{ name: "Formulario", value: "Solicituddeejecucionesoperador" }], NINTEX_SOPORTE],
];

describe("cargo-fijo-corporativo (seed 004)", () => {
  test.each(ROWS)("%s walks validations → SIAC case → its escalation → close → reply → end", (_name, choices, via) => {
    expect(walk(flow, choices)).toEqual([...COMMON_HEAD, ...via, ...COMMON_TAIL]);
  });

  test.each(ROWS)("%s escalates via %s with the seed's route and url", (_name, _choices, via, system, route, url) => {
    const escalation = step(via[via.length - 1] ?? "").escalation;
    expect(escalation?.system).toBe(system);
    expect(escalation?.route).toEqual(route);
    expect(escalation?.url).toBe(url);
    expect(escalation?.requires).toEqual(["caso-siac", "ruc", "linea"]);
  });

  test.each(ROWS)("%s asks the RUC in Peruvian format before escalating", (_name, _choices, via) => {
    const items = step(via[via.length - 1] ?? "").checklist ?? [];
    expect(items.find((i) => i.id === "ruc")?.value?.format).toBe("rucPe");
    expect(items.find((i) => i.id === "caso-siac")?.required).toBe(true);
  });

  it("puts every validation of the seed in the checklist, all required", () => {
    const items = step(`${P}.validaciones`).checklist ?? [];
    expect(items.map((i) => i.id)).toEqual(["titularidad", "sisact", "campana-sec", "evidencias-ejecutivo", "evidencia-cliente", "buzon"]);
    expect(items.every((i) => i.required)).toBe(true);
    expect(items.find((i) => i.id === "sisact")?.label).toMatch(/consulta de SEC.*Datos de la evaluación.*Descripción/);
    expect(items.filter((i) => i.evidence).map((i) => i.id)).toEqual(["evidencias-ejecutivo", "evidencia-cliente"]);
  });

  it("keeps the seed's spelling of the corporate mailbox (flagged in the notes)", () => {
    expect(step(`${P}.validaciones`).checklist?.find((i) => i.id === "buzon")?.label).toContain("atencioncorpoartiva@claro.com.pe");
    expect(flow.notes?.some((n) => n.text.includes("atencioncorporativa"))).toBe(true);
  });

  it("registers the SIAC Único case to the Variaciones Corporativas queue with the mandatory data", () => {
    const escalation = step(`${P}.caso-siac`).escalation;
    expect(escalation?.system).toBe("SIAC Único");
    expect(escalation?.route).toEqual([{ name: "Cola", value: "Variaciones Corporativas" }]);
    expect(escalation?.requires).toEqual(["ruc", "linea", "contacto", "email"]);
    for (const id of escalation?.requires ?? []) expect(escalation?.template).toContain(`{{${id}}}`);
    const formats = Object.fromEntries((step(`${P}.caso-siac`).checklist ?? []).map((i) => [i.id, i.value?.format]));
    expect(formats).toMatchObject({ ruc: "rucPe", email: "email" });
  });

  it("collects the SIAC Único case number where the case is registered, before the NINTEX and Remedy requests that need it", () => {
    const item = step(`${P}.caso-siac`).checklist?.find((i) => i.id === "caso-siac");
    expect(item).toMatchObject({ label: "Número de caso SIAC Único", required: true });
    expect(step(`${P}.caso-siac`).escalation?.requires).not.toContain("caso-siac");
  });

  it("closes the case in SIAC Único and replies to the customer before ending", () => {
    expect(step(`${P}.cerrar-caso`).instructions?.join(" ")).toContain("cerrar el caso en SIAC Único");
    expect(step(`${P}.respuesta`).speech?.[0]?.text).toMatch(/solicitud ha sido atendida/);
    expect(step(`${P}.fin`).kind).toBe("end");
  });

  it("writes no macro, status or order state anywhere (the seed names none)", () => {
    for (const s of flow.steps) expect([s.id, s.macro, s.status, s.orderState]).toEqual([s.id, undefined, undefined, undefined]);
  });

  it("flags the unclear 'sin oferta vigente' branch and the Remedy-only misalignment", () => {
    const flagged = new Set(flow.notes?.map((n) => n.stepId));
    expect(flagged.has(`${P}.ventas.sin-oferta`)).toBe(true);
    expect(flagged.has(`${P}.activaciones.desalineacion`)).toBe(true);
  });
});
