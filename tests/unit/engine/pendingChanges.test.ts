import { flowTag, pendingChanges, stepRecorded, stepTag } from "../../../src/engine";
import { aFlow, anAction, anEnd, aTicket, at, tagsChanged } from "../../support/builders";

const OFERTA = "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan";
const flow = aFlow({
  id: "p",
  steps: [anAction("p.oferta", "p.fin", { macro: OFERTA, status: "hold", orderState: "En progreso::Datos insuficientes" }), anEnd("p.fin")],
});
const [oferta] = flow.steps;
const TAG = stepTag("p.oferta");

describe("stepRecorded()", () => {
  it.each([
    ["the tag only in the editor (not submitted)", aTicket({ tags: [TAG] }), false],
    ["the tag added by a submit", aTicket({ tags: [TAG], events: [tagsChanged([TAG], at(5))] }), true],
    ["the tag removed by the last audit that touched it", aTicket({ tags: [TAG], events: [tagsChanged([TAG], at(9)), tagsChanged([], at(5), [TAG])] }), false],
    ["the tag recorded once, gone from the ticket since", aTicket({ events: [tagsChanged([TAG], at(9))] }), false],
  ])("%s → %s", (_, ticket, recorded) => {
    expect(stepRecorded(oferta!, ticket)).toBe(recorded);
  });
});

describe("pendingChanges()", () => {
  it("lists the step's macro, status, order state and Ruta's tags on a fresh ticket", () => {
    expect(pendingChanges(flow, oferta!, aTicket(), [])).toEqual([
      { kind: "macro", to: OFERTA },
      { kind: "status", from: "open", to: "hold" },
      { kind: "orderState", to: "En progreso::Datos insuficientes" },
      { kind: "tagAdd", tag: flowTag("p") },
      { kind: "tagAdd", tag: TAG },
    ]);
  });

  it("leaves out the macro the editor already has (spelt as Zendesk lists it) and what is in place", () => {
    const ticket = aTicket({ status: "hold", orderState: "En progreso::Datos insuficientes", tags: [flowTag("p"), TAG] });
    expect(pendingChanges(flow, oferta!, ticket, ["Móvil > WhatsApp > Migración Pre a Post > Oferta > Línea confirmada + plan"])).toEqual([]);
  });

  it("offers the macro again while the step tag is only in the editor: the macro may have failed there", () => {
    const ticket = aTicket({ status: "hold", orderState: "En progreso::Datos insuficientes", tags: [flowTag("p"), TAG] });
    expect(pendingChanges(flow, oferta!, ticket, [])).toEqual([{ kind: "macro", to: OFERTA }]);
  });

  it("owes nothing once a submit recorded the step, though the customer's reply reopened the ticket since", () => {
    const ticket = aTicket({ status: "open", orderState: "En progreso::Datos insuficientes", tags: [flowTag("p"), TAG], events: [tagsChanged([flowTag("p"), TAG], at(3))] });
    expect(pendingChanges(flow, oferta!, ticket, [])).toEqual([]);
  });
});
