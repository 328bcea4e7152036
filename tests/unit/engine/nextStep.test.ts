import { nextStep, type Choice } from "../../../src/engine";
import { aFlow, anAction, anEnd, aQuestion } from "../../support/builders";

const flow = aFlow({
  id: "n",
  steps: [
    aQuestion("n.pregunta", { si: "n.token", no: "n.fin" }),
    anAction("n.token", "n.gestion", {
      alternatives: [{ id: "expirado", label: "Expiró", next: "n.segundo" }],
      replies: [{ id: "codigo", label: "Código", pattern: "\\d{6}", next: "n.gestion" }],
      timer: { minutes: 10, label: "Expira", next: "n.segundo" },
    }),
    anAction("n.segundo", "n.gestion"),
    anAction("n.gestion", "n.fin"),
    anEnd("n.fin", { timer: { minutes: 60, label: "Reabrir", next: "n.reabierto" } }),
    anEnd("n.reabierto"),
  ],
});
const step = (id: string) => flow.steps.find((s) => s.id === id)!;

describe("nextStep()", () => {
  test.each<[string, Choice, string | undefined]>([
    ["n.pregunta", { kind: "option", id: "si" }, "n.token"],
    ["n.pregunta", { kind: "option", id: "no" }, "n.fin"],
    ["n.pregunta", { kind: "option", id: "quizas" }, undefined],
    ["n.pregunta", { kind: "next" }, undefined],
    ["n.token", { kind: "next" }, "n.gestion"],
    ["n.token", { kind: "alternative", id: "expirado" }, "n.segundo"],
    ["n.token", { kind: "alternative", id: "otro" }, undefined],
    ["n.token", { kind: "reply", id: "codigo" }, "n.gestion"],
    ["n.token", { kind: "timer" }, "n.segundo"],
    ["n.token", { kind: "option", id: "si" }, undefined],
    ["n.segundo", { kind: "timer" }, undefined],
    ["n.segundo", { kind: "reply", id: "codigo" }, undefined],
    ["n.fin", { kind: "timer" }, "n.reabierto"],
    ["n.fin", { kind: "next" }, undefined],
    ["n.reabierto", { kind: "timer" }, undefined],
  ])("from %s, %j leads to %s", (from, choice, to) => {
    expect(nextStep(step(from), choice)).toBe(to);
  });
});
