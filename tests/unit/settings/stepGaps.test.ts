import { stepGaps } from "../../../src/settings/stepGaps";
import { anAction } from "../../support/builders";
import type { ApiTicketField } from "../../../src/zendesk/schemas";
import { Step } from "../../../src/flows/schema";

const field: ApiTicketField = { id: 5, title: "Estado de Pedido", type: "tagger", custom_field_options: [{ id: 1, name: "En progreso::En Gestión", value: "en_gestion" }] };
const step = Step.parse(anAction("demo.paso", "demo.fin", { macro: "Móvil::Oferta", orderState: "En progreso::En Gestión" }));
const macro = { id: 1, title: "Móvil::Oferta", active: true };

describe("stepGaps() (what the sidebar tells an agent the account lacks for this step)", () => {
  it.each<[string, unknown[] | undefined, ApiTicketField | undefined, string[]]>([
    ["nothing when the macro and the option are there", [macro], field, []],
    ["nothing about macros before they are loaded", undefined, field, []],
    ["a macro missing from the account", [], field, ["macroMissing"]],
    ["a macro that is only inactive", [{ ...macro, active: false }], field, ["macroMissing"]],
    ["two active macros for the path", [macro, { ...macro, id: 2 }], field, ["macroAmbiguous"]],
    ["an order state the field lacks", [macro], { ...field, custom_field_options: [] }, ["orderStateMissing"]],
    ["no order-state field at all", [macro], undefined, ["orderStateFieldMissing"]],
  ])("reports %s", (_, macros, orderStateField, problems) => {
    expect(stepGaps(step, macros as typeof macro[] | undefined, orderStateField).map((g) => g.problem)).toEqual(problems);
  });

  it("names the path it could not find", () => {
    expect(stepGaps(step, [], field)).toEqual([{ problem: "macroMissing", key: "demo.paso", detail: "Móvil::Oferta", steps: ["demo.paso"], closest: [] }]);
  });
});
