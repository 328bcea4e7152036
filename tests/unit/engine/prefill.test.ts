import { fieldOf, prefillOf } from "../../../src/engine";
import { VALUE_SOURCES } from "../../../src/flows/schema";
import { anAction, anEnd, aFlow, aTicket } from "../../support/builders";

const flow = aFlow({
  id: "p",
  steps: [
    anAction("p.datos", "p.fin", {
      checklist: [
        { id: "nombre", label: "Nombre", required: true, value: { format: "text", from: "requester.name" } },
        { id: "telefono", label: "Teléfono", required: true, value: { format: "phoneBo", from: "requester.phone" } },
        { id: "ci", label: "Carnet", required: true, value: { format: "ciBo", from: "ticket.cedula" } },
        { id: "ciudad", label: "Ciudad", required: true, value: { format: "text", from: "ticket.ciudad" } },
        { id: "ruc", label: "RUC", required: true, value: { format: "text" } },
        { id: "captura", label: "Captura", required: true, evidence: true },
      ],
    }),
    anEnd("p.fin"),
  ],
});
const step = flow.steps[0]!;

describe("prefillOf()", () => {
  it("offers what the requester and the ticket's fields hold, saying where each came from", () => {
    const ticket = aTicket({ requester: { name: "Marcelo Quispe", phone: "+591 7123 4567" }, fieldValues: { cedula: " 4789123 LP ", ciudad: "La Paz" } });
    expect(Object.fromEntries(prefillOf(step, ticket))).toEqual({
      nombre: { value: "Marcelo Quispe", from: "requester.name" },
      telefono: { value: "+591 7123 4567", from: "requester.phone" },
      ci: { value: "4789123 LP", from: "ticket.cedula" },
      ciudad: { value: "La Paz", from: "ticket.ciudad" },
    });
  });

  it("offers nothing the ticket does not know: empty fields, no phone, items without a source", () => {
    const ticket = aTicket({ requester: { name: "  " }, fieldValues: { ciudad: "" } });
    expect([...prefillOf(step, ticket).keys()]).toEqual([]);
  });

  it("prefers a value typed for the same item at an earlier step, the freshest there is", () => {
    const ticket = aTicket({ fieldValues: { cedula: "111" } });
    const offered = prefillOf(step, ticket, { ci: "4789123 LP", ruc: "20123456789", otro: "x", ciudad: " " });
    expect(offered.get("ci")).toEqual({ value: "4789123 LP", from: "earlier" });
    expect(offered.get("ruc")).toEqual({ value: "20123456789", from: "earlier" });
    expect(offered.has("otro")).toBe(false);
    expect(offered.has("ciudad")).toBe(false);
  });
});

describe("fieldOf()", () => {
  it.each(VALUE_SOURCES.map((s) => [s, s.startsWith("ticket.") ? s.slice(7) : undefined] as const))("%s goes back to %s", (source, key) => {
    expect(fieldOf(source)).toBe(key);
  });
});
