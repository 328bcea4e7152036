import { templateValues } from "../../../src/engine";
import { aTicket, NOW } from "../../support/builders";

describe("templateValues()", () => {
  const ticket = aTicket({ id: 4242, requester: { name: "Ana Pérez", email: "ana@example.com" }, brand: { id: 1, name: "Tigo Bolivia", subdomain: "tigobo" } });

  it("fills the ticket and agent placeholders, date and time in the agent's zone", () => {
    expect(templateValues(ticket, { name: "Luis", timeZone: "America/La_Paz" }, NOW)).toEqual({
      "requester.name": "Ana Pérez",
      "requester.email": "ana@example.com",
      "requester.phone": undefined,
      "agent.name": "Luis",
      "ticket.id": "4242",
      "brand.name": "Tigo Bolivia",
      date: "09/06/2026",
      time: "11:00",
    });
  });

  it("reads the date across midnight in the agent's zone", () => {
    const lateUtc = Date.UTC(2026, 5, 10, 2, 30);
    expect(templateValues(ticket, { name: "Luis", timeZone: "America/Guayaquil" }, lateUtc)).toMatchObject({ date: "09/06/2026", time: "21:30" });
  });

  it("lets typed checklist values add to the ticket's", () => {
    expect(templateValues(ticket, { name: "Luis" }, NOW, { linea: "77390000" })).toMatchObject({ linea: "77390000", "agent.name": "Luis" });
  });
});
