import { findOrderStateField, optionForOrderState, orderStateForTag } from "../../../src/zendesk/orderStateField";

const field = {
  id: 360011112222,
  title: "Estado de Pedido",
  type: "tagger",
  active: true,
  custom_field_options: [
    { id: 1, name: "En progreso::Datos Insuficientes", value: "en_progreso_datos_insuficientes" },
    { id: 2, name: "En progreso::En Gestión", value: "en_progreso_en_gestion" },
    { id: 3, name: "No califica::Mora", value: "no_califica_mora" },
  ],
};
const other = { id: 5, title: "Ciudad", type: "tagger", active: true, custom_field_options: [] };

describe("order state field", () => {
  it("finds the field by configured id, else by its title", () => {
    expect(findOrderStateField([other, field], 360011112222)).toBe(field);
    expect(findOrderStateField([other, { ...field, title: "estado de pedido" }])?.id).toBe(360011112222);
    expect(findOrderStateField([other], undefined)).toBeUndefined();
    expect(findOrderStateField([other, field], 999)).toBeUndefined();
  });

  it.each([
    ["En progreso > Datos insuficientes", "en_progreso_datos_insuficientes"],
    ["En progreso :: Datos Insuficientes", "en_progreso_datos_insuficientes"],
    ["En Progreso::En Gestion", "en_progreso_en_gestion"],
    ["No califica > Mora", "no_califica_mora"],
  ])("maps the seed's %s to the option tag %s", (name, tag) => {
    expect(optionForOrderState(field, name)?.value).toBe(tag);
  });

  it("has no option for a value the account lacks", () => {
    expect(optionForOrderState(field, "No clasifica::OTRO")).toBeUndefined();
  });

  it("reads the option name back from the tag the ticket holds", () => {
    expect(orderStateForTag(field, "en_progreso_en_gestion")).toBe("En progreso::En Gestión");
    expect(orderStateForTag(field, null)).toBeUndefined();
  });
});
