import { fieldWrite, mapTicketFields, shownValue, type KeyedField } from "../../../src/zendesk/mapTicketFields";

const city: KeyedField = { id: 11, type: "tagger", options: [{ name: "La Paz", value: "ciudad_la_paz" }, { name: "Asunción", value: "ciudad_asuncion" }] };
const syshelp: KeyedField = { id: 12, type: "integer" };
const cedula: KeyedField = { id: 13, type: "text" };

describe("mapTicketFields()", () => {
  it("finds the flows' fields by title, with their type and a drop-down's options", () => {
    const map = mapTicketFields([
      { name: "custom_field_11", label: "ciudad", type: "tagger", options: [{ label: "La Paz", value: "ciudad_la_paz" }] },
      { name: "custom_field_13", label: "Cédula de Identidad", type: "text", options: [] },
      { name: "subject", label: "Asunto", type: "subject" },
    ]);
    expect(map.byKey).toEqual({ ciudad: { id: 11, type: "tagger", options: [{ name: "La Paz", value: "ciudad_la_paz" }] }, cedula: { id: 13, type: "text" } });
  });
});

describe("shownValue() and fieldWrite()", () => {
  it("read a drop-down as its option's name and write a name back as its option's tag", () => {
    expect(shownValue(city, "ciudad_asuncion")).toBe("Asunción");
    expect(shownValue(city, "ciudad_borrada")).toBeUndefined();
    expect(fieldWrite(city, "asuncion")).toEqual({ id: 11, value: "ciudad_asuncion" });
  });

  it("write nothing a field cannot hold: a city with no option, letters in an integer field", () => {
    expect(fieldWrite(city, "Cochabamba")).toBeUndefined();
    expect(fieldWrite(syshelp, "SH-123")).toBeUndefined();
    expect(fieldWrite(syshelp, "123456")).toEqual({ id: 12, value: "123456" });
  });

  it("read and write other fields as they are, numbers as text, blanks as nothing", () => {
    expect(shownValue(cedula, " 4789123 LP ")).toBe("4789123 LP");
    expect(shownValue(syshelp, 991)).toBe("991");
    expect(shownValue(cedula, "")).toBeUndefined();
    expect(shownValue(cedula, null)).toBeUndefined();
    expect(fieldWrite(cedula, "4789123 LP")).toEqual({ id: 13, value: "4789123 LP" });
  });
});
