import { foldSteps, isReadingStep } from "../../../src/engine";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { anAction, anEnd, aFlow, aQuestion } from "../../support/builders";

const flow = aFlow({
  id: "f",
  steps: [
    aQuestion("f.inicio", { leer: "f.leer", datos: "f.datos" }),
    anAction("f.leer", "f.revisar", { instructions: ["Revisa la cuenta."] }),
    anAction("f.revisar", "f.macro", { checklist: [{ id: "bccs", label: "Modificado en BCCS (si lo pidió)", required: false }] }),
    anAction("f.macro", "f.fin", { macro: "A::B", checklist: [{ id: "captura", label: "Captura", required: true, evidence: true }] }),
    anAction("f.datos", "f.fin", { checklist: [{ id: "ci", label: "CI", required: true, value: { format: "text" } }] }),
    anEnd("f.fin"),
  ],
});
const stepOf = (id: string) => flow.steps.find((s) => s.id === id)!;

describe("isReadingStep()", () => {
  it("is a step that only says what to check: no writes, nothing to type, attach, say or wait for, optional ticks at most", () => {
    expect(isReadingStep(stepOf("f.leer"))).toBe(true);
    expect(isReadingStep(stepOf("f.revisar"))).toBe(true);
    expect(isReadingStep(stepOf("f.macro"))).toBe(false);
    expect(isReadingStep(stepOf("f.datos"))).toBe(false);
    expect(isReadingStep(stepOf("f.fin"))).toBe(false);
  });

  it("is never a step with a speech, an escalation, a timer, replies or alternatives", () => {
    const speaking = anAction("x.a", "x.b", { speech: [{ id: "s", label: "Speech", text: "Hola" }] });
    const waiting = anAction("x.a", "x.b", { timer: { minutes: 10, label: "Código" } });
    const branching = anAction("x.a", "x.b", { alternatives: [{ id: "no", label: "No responde", next: "x.c" }] });
    for (const step of [speaking, waiting, branching]) expect(isReadingStep(step)).toBe(false);
  });
});

describe("foldSteps()", () => {
  it("lands on the first step that asks something, the reading steps on the way folded in, their optional ticks joining its checklist", () => {
    const { step, folded } = foldSteps(flow, "f.leer");
    expect(step.id).toBe("f.macro");
    expect(folded.map((s) => s.id)).toEqual(["f.leer", "f.revisar"]);
    expect(step.checklist?.map((i) => i.id)).toEqual(["bccs", "captura"]);
    expect(step.macro).toBe("A::B");
  });

  it("leaves a step that asks something as it is, the flow's own object", () => {
    expect(foldSteps(flow, "f.macro")).toEqual({ step: stepOf("f.macro"), folded: [] });
    expect(foldSteps(flow, "f.macro").step).toBe(stepOf("f.macro"));
  });

  it("folds seed 001's reading steps: the scenario check into the greeting, the normal process into «gestión», 8.1 into the contract", () => {
    const prePost = CATALOG.find((f) => f.id === "pre-post")!;
    const landing = (id: string) => foldSteps(prePost, id).step.id;
    expect(landing("pre-post.escenario.identificar")).toBe("pre-post.saludo.primer-contacto");
    expect(landing("pre-post.escenario.proceso-normal")).toBe("pre-post.preanalisis.gestion");
    expect(landing("pre-post.contrato.facturacion-tercero")).toBe("pre-post.contrato.sin-preanalisis");
    expect(foldSteps(prePost, "pre-post.contrato.facturacion-tercero").step.checklist?.[0]?.id).toBe("facturacion-bccs");
  });
});
