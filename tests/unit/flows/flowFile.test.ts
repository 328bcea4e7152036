import { parseFlowFile, type Flow } from "../../../src/flows/schema";
import { walkFlow } from "../../support/walkFlow";

/** A small procedure file: a question, a SysHelp block sharing a checklist item and a route, an end. */
const aFile = (overrides: Record<string, unknown> = {}) => ({
  id: "demo",
  seed: "900",
  title: "Demo",
  summary: "Demo",
  match: {},
  start: "demo.inicio",
  checklistItems: { correo: { label: "Correo del cliente", required: true, value: { format: "email" } } },
  routes: { "bo-pymes": [{ name: "Tipo", value: "Customer.Colaborador" }] },
  steps: [
    {
      id: "demo.inicio",
      kind: "question",
      title: "Inicio",
      question: "¿Se resolvió?",
      options: [
        { id: "si", label: "Sí", next: "demo.fin" },
        { id: "no", label: "No", next: "demo.x.syshelp" },
      ],
    },
    {
      kind: "sysHelp",
      id: "demo.x.syshelp",
      followUp: "demo.x.seguimiento",
      rejected: "demo.x.rechazado",
      solved: "demo.x.solucionado",
      title: "Derivar vía SysHelp",
      ref: "Demo 1",
      instructions: ["Completar los campos obligatorios."],
      checklist: ["correo", { id: "captura", label: "Captura", required: true, evidence: true }],
      escalation: { system: "SysHelp", route: "bo-pymes", requires: ["correo", "captura"], template: "Correo: {{correo}}" },
      rejectedBy: "cobranzas",
      solvedInstructions: ["OBS: compartir el artículo."],
    },
    { id: "demo.fin", kind: "end", title: "Fin" },
  ],
  ...overrides,
});

const parsed = (input: unknown): Flow => {
  const result = parseFlowFile(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.flow;
};

describe("parseFlowFile() (src/flows/catalog/*.json into a Flow)", () => {
  it("expands a SysHelp block into its four steps, with the ids the file writes, in the seed's order", () => {
    expect(parsed(aFile()).steps.map((s) => [s.id, s.kind])).toEqual([
      ["demo.inicio", "question"],
      ["demo.x.syshelp", "action"],
      ["demo.x.seguimiento", "action"],
      ["demo.x.rechazado", "action"],
      ["demo.x.solucionado", "end"],
      ["demo.fin", "end"],
    ]);
  });

  it("walks the block: escalate, wait for the SysHelp to close, a rejection escalates again, a solution ends", () => {
    const flow = parsed(aFile());
    expect(walkFlow(flow, ["no", "rechazado"]).slice(0, 5)).toEqual(["demo.inicio", "demo.x.syshelp", "demo.x.seguimiento", "demo.x.rechazado", "demo.x.syshelp"]);
    expect(walkFlow(flow, ["no", "solucionado"])).toEqual(["demo.inicio", "demo.x.syshelp", "demo.x.seguimiento", "demo.x.solucionado"]);
  });

  it("tells the agent who rejected and adds the block's own guidance to the solved step", () => {
    const steps = new Map(parsed(aFile()).steps.map((s) => [s.id, s]));
    expect(steps.get("demo.x.rechazado")?.instructions?.[0]).toContain("solicitado por cobranzas");
    expect(steps.get("demo.x.solucionado")?.instructions?.at(-1)).toBe("OBS: compartir el artículo.");
  });

  it("looks up shared checklist items by id and shared routes by name", () => {
    const escalate = parsed(aFile()).steps.find((s) => s.id === "demo.x.syshelp");
    expect(escalate?.checklist?.map((i) => [i.id, i.label])).toEqual([
      ["correo", "Correo del cliente"],
      ["captura", "Captura"],
    ]);
    expect(escalate?.escalation?.route).toEqual([{ name: "Tipo", value: "Customer.Colaborador" }]);
  });

  it("reports a shared item or route the file does not define, at its path", () => {
    const file = aFile({ checklistItems: {}, routes: {} });
    expect(parseFlowFile(file)).toEqual({
      success: false,
      issues: [
        { path: ["steps", 1, "checklist", 0], message: 'Unknown shared checklist item "correo"' },
        { path: ["steps", 1, "escalation", "route"], message: 'Unknown route "bo-pymes"' },
      ],
    });
  });

  it("reports a shared item or route no step uses, so a team lead does not edit text nobody reads", () => {
    const file = aFile({
      checklistItems: { correo: { label: "Correo", required: true, value: { format: "email" } }, linea: { label: "Línea", required: true } },
      routes: { "bo-pymes": [{ name: "Tipo", value: "Customer.Colaborador" }], finanzas: [] },
    });
    expect(parseFlowFile(file)).toEqual({
      success: false,
      issues: [
        { path: ["checklistItems", "linea"], message: 'Shared checklist item "linea" is not used by any step' },
        { path: ["routes", "finanzas"], message: 'Shared route "finanzas" is not used by any step' },
      ],
    });
  });

  it("points a lint issue on a block's generated step at the block's field that names it", () => {
    const [question, block, end] = aFile().steps;
    const result = parseFlowFile(aFile({ steps: [question, { id: "demo.x.rechazado", kind: "end", title: "Fin" }, block, end] }));
    expect(result.success ? [] : result.issues).toEqual([{ path: ["steps", 2, "rejected"], message: 'Duplicate step "demo.x.rechazado"' }]);
  });

  it("reports a malformed file by its path in the file", () => {
    const result = parseFlowFile(aFile({ start: "Not An Id" }));
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([["start"]]);
  });
});
