import { checkTag, distancesFrom, findStep, stepTitle, flowTag, isFlowTag, isStepTag, stepTag, successorsOf, TAG_PREFIX } from "../../../src/engine";
import { aFlow, anAction, anEnd, aQuestion } from "../../support/builders";

const flow = aFlow({
  id: "f",
  steps: [
    aQuestion("f.inicio", { a: "f.accion", b: "f.fin" }),
    anAction("f.accion", "f.fin", {
      alternatives: [{ id: "otra", label: "Otra", next: "f.otra" }],
      replies: [{ id: "r", label: "R", pattern: "x", next: "f.fin" }],
      timer: { minutes: 5, label: "T", next: "f.otra" },
    }),
    anAction("f.otra", "f.fin"),
    anEnd("f.fin"),
  ],
});

describe("findStep()", () => {
  it("finds a step by id", () => {
    expect(findStep(flow, "f.otra")).toBe(flow.steps[2]);
  });

  it("throws a programmer error naming the flow and the id", () => {
    expect(() => findStep(flow, "f.nada")).toThrow('Flow "f" has no step "f.nada".');
  });
});

describe("stepTitle()", () => {
  it("gives the step's title, or the id of a step the flow no longer has (a trail from an older flow)", () => {
    expect(stepTitle(flow, "f.otra")).toBe("Acción f.otra");
    expect(stepTitle(flow, "f.retirado")).toBe("f.retirado");
  });
});

describe("successorsOf()", () => {
  it("lists next, alternatives, replies and the timer, in that order", () => {
    expect(successorsOf(findStep(flow, "f.accion"))).toEqual(["f.fin", "f.otra", "f.fin", "f.otra"]);
    expect(successorsOf(findStep(flow, "f.inicio"))).toEqual(["f.accion", "f.fin"]);
    expect(successorsOf(findStep(flow, "f.fin"))).toEqual([]);
  });
});

describe("distancesFrom()", () => {
  it("counts hops breadth first", () => {
    expect(distancesFrom(flow, "f.inicio")).toEqual(new Map([["f.inicio", 0], ["f.accion", 1], ["f.fin", 1], ["f.otra", 2]]));
    expect(distancesFrom(flow, "f.otra")).toEqual(new Map([["f.otra", 0], ["f.fin", 1]]));
  });
});

describe("progress tags", () => {
  it("slug ids under the ruta_ prefix", () => {
    expect(TAG_PREFIX).toBe("ruta_");
    expect(flowTag("pre-post")).toBe("ruta_flow_pre_post");
    expect(stepTag("pre-post.oferta.linea-confirmada")).toBe("ruta_step_pre_post_oferta_linea_confirmada");
    expect(checkTag("pre-post.titularidad", "ci-anverso")).toBe("ruta_ck_pre_post_titularidad__ci_anverso");
  });

  it("tells step tags and flow tags apart", () => {
    expect([isStepTag(stepTag("a.b")), isFlowTag(stepTag("a.b")), isFlowTag(flowTag("a")), isStepTag(flowTag("a")), isStepTag("vip")]).toEqual([true, false, true, false, false]);
  });
});
