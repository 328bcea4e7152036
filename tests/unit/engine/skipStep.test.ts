import { flowTag, NOTE_HEADER, skipStep, stepTag, workTag } from "../../../src/engine";
import { aFlow, anAction, anEnd, aQuestion } from "../../support/builders";

const flow = aFlow({
  id: "s",
  title: "Demo",
  steps: [aQuestion("s.inicio", { si: "s.oferta", no: "s.fin" }), anAction("s.oferta", "s.fin", { macro: "A::B", ref: "3.3" }), anEnd("s.fin")],
});
const [inicio, oferta, fin] = flow.steps;

describe("skipStep()", () => {
  it("writes the reason in a Ruta note and marks the next step in progress, replacing another work tag", () => {
    expect(skipStep(flow, oferta!, "Motivo: ya lo hice a mano.", [stepTag("s.inicio"), workTag("s.oferta")])).toEqual({
      body: `${NOTE_HEADER} Demo · ${oferta!.title} (3.3)\n\nMotivo: ya lo hice a mano.`,
      tags: { add: [flowTag("s"), workTag("s.fin")], remove: [workTag("s.oferta")] },
    });
  });

  it("marks nothing as applied: no step tag is added", () => {
    const write = skipStep(flow, oferta!, "x", []);
    expect(write?.tags.add.filter((t) => t.startsWith("ruta_step_"))).toEqual([]);
  });

  it.each([["a question (answered, not passed)", inicio], ["an end (nothing after it)", fin]])("has nothing to pass on %s", (_, step) => {
    expect(skipStep(flow, step!, "x", [])).toBeUndefined();
  });
});
