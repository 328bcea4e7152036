import { AGENT_IDS, CUSTOM_STATUS_IDS, GROUP_IDS, REQUESTER_IDS, TICKET_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

const zendesk = useZendesk();
const id = TICKET_IDS.tboComplaint;
const put = (ticket: Record<string, unknown>) => api(`/api/v2/tickets/${id}.json`, { method: "PUT", body: { ticket } });
const read = async () => (await (await api(`/api/v2/tickets/${id}.json`)).json()).ticket;
const lastAudit = async () => (await (await api(`/api/v2/tickets/${id}/audits.json`)).json()).audits.at(-1);

// https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#update-ticket
describe("Tickets › Update Ticket: every modelled property changes the ticket and is audited", () => {
  test.each([
    ["priority", "urgent"],
    ["type", "incident"],
    ["subject", "TBO: transferencia de saldo"],
    ["assignee_id", AGENT_IDS.carla],
    ["group_id", GROUP_IDS.supervisores],
    ["requester_id", REQUESTER_IDS.luis],
  ])("sets %s and records a Change event", async (field, value) => {
    const before = await read();
    const res = await put({ [field]: value });
    expect(res.status).toBe(200);
    expect((await res.json()).ticket[field]).toEqual(value);
    expect((await lastAudit()).events).toContainEqual(expect.objectContaining({ type: "Change", field_name: field, value, previous_value: before[field] }));
  });

  test.each([
    ["priority", "altísima", "priority"],
    ["type", "reclamo", "type"],
    ["assignee_id", REQUESTER_IDS.rocio, "assignee_id"],
    ["group_id", 1, "group_id"],
    ["requester_id", 1, "requester_id"],
    ["custom_status_id", 1, "custom_status_id"],
  ])("refuses %s = %s with 422 RecordInvalid naming the property, changing nothing", async (field, value, detail) => {
    const before = await read();
    const res = await put({ [field]: value, comment: { body: "no debe quedar", public: false } });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body).toMatchObject({ error: "RecordInvalid", description: "Record validation errors" });
    expect(body.details[detail]).toEqual([expect.objectContaining({ description: expect.any(String), error: expect.any(String) })]);
    expect(await read()).toEqual(before);
  });

  it("refuses a property the emulator does not model with 400 instead of dropping it (stricter than Zendesk, which ignores unknown keys)", async () => {
    const res = await put({ due_at: "2026-12-24T00:00:00Z" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "InvalidRequest", description: expect.stringContaining("due_at") });
  });

  it("ignores macro_ids on PUT: the Tickets docs mark it 'POST requests only'", async () => {
    const macro = zendesk.store().data.macros[0]!;
    const res = await put({ macro_ids: [macro.id], comment: { body: "Nota", public: false } });
    expect(res.status).toBe(200);
    expect((await lastAudit()).events.map((e: { type: string }) => e.type)).toEqual(["Comment"]);
  });
});

// https://developer.zendesk.com/api-reference/ticketing/tickets/custom_ticket_statuses/
describe("Custom Ticket Statuses on a ticket: custom_status_id and status stay in step", () => {
  it("moves the status to a custom status's category", async () => {
    const res = await put({ custom_status_id: CUSTOM_STATUS_IDS.waitingDocuments });
    expect(res.status).toBe(200);
    expect((await res.json()).ticket).toMatchObject({ status: "pending", custom_status_id: CUSTOM_STATUS_IDS.waitingDocuments });
  });

  it("gives a status set alone its category's default custom status", async () => {
    const res = await put({ status: "hold" });
    expect((await res.json()).ticket).toMatchObject({ status: "hold", custom_status_id: CUSTOM_STATUS_IDS.hold });
  });

  it("refuses a status and a custom status of another category together (docs silent; stricter reading)", async () => {
    const res = await put({ status: "open", custom_status_id: CUSTOM_STATUS_IDS.waitingDocuments });
    expect(res.status).toBe(422);
    expect((await res.json()).details.custom_status_id).toHaveLength(1);
  });

  it("lists the account's custom statuses with one default per category", async () => {
    const res = await api("/api/v2/custom_statuses.json");
    expect(res.status).toBe(200);
    const { custom_statuses } = await res.json();
    for (const category of ["new", "open", "pending", "hold", "solved"]) {
      expect(custom_statuses.filter((s: { status_category: string; default: boolean }) => s.status_category === category && s.default)).toHaveLength(1);
    }
    expect(custom_statuses).toContainEqual(expect.objectContaining({ id: CUSTOM_STATUS_IDS.waitingDocuments, agent_label: "Esperando documentos", status_category: "pending", active: true }));
    const pending = await (await api("/api/v2/custom_statuses.json?status_categories=pending&default=false")).json();
    expect(pending.custom_statuses.map((s: { id: number }) => s.id)).toEqual([CUSTOM_STATUS_IDS.waitingDocuments]);
  });
});
