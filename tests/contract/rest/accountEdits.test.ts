import { AGENT_IDS, ORDER_STATE_FIELD_ID } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

const zendesk = useZendesk();
const asAdmin = () => zendesk.store().setCurrentUser(AGENT_IDS.veronica);
const DESPEDIDA = "BO::Despedida al resolver";
const macroId = () => zendesk.store().data.macros.find((m) => m.title === DESPEDIDA)!.id;

// https://developer.zendesk.com/api-reference/ticketing/business-rules/macros/
describe("Macros › Create, Update and Delete Macro", () => {
  it("refuses agents with 403: shared macros are edited by admins", async () => {
    const res = await api(`/api/v2/macros/${macroId()}.json`, { method: "PUT", body: { macro: { title: "Otro" } } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: "Forbidden" });
  });

  it("renames a macro, so the old title no longer finds it and the new one does", async () => {
    asAdmin();
    const id = macroId();
    const res = await api(`/api/v2/macros/${id}.json`, { method: "PUT", body: { macro: { title: "BO::Despedida final" } } });
    expect(res.status).toBe(200);
    expect((await res.json()).macro).toMatchObject({ id, title: "BO::Despedida final", raw_title: "BO::Despedida final" });
    const found = await (await api(`/api/v2/macros/search.json?query=${encodeURIComponent("Despedida final")}`)).json();
    expect(found.macros.map((m: { id: number }) => m.id)).toEqual([id]);
    const old = await (await api(`/api/v2/macros/search.json?query=${encodeURIComponent(DESPEDIDA)}`)).json();
    expect(old.macros).toEqual([]);
  });

  it("deactivates a macro (gone from /macros/active) and deletes another (204, then 404)", async () => {
    asAdmin();
    const id = macroId();
    await api(`/api/v2/macros/${id}.json`, { method: "PUT", body: { macro: { active: false } } });
    const active = await (await api("/api/v2/macros/active.json?page[size]=100")).json();
    expect(active.macros.some((m: { id: number }) => m.id === id)).toBe(false);
    expect((await api(`/api/v2/macros/${id}.json`, { method: "DELETE" })).status).toBe(204);
    expect((await api(`/api/v2/macros/${id}.json`)).status).toBe(404);
  });

  it("creates a macro with 201 and replaces its actions as a whole on update", async () => {
    asAdmin();
    const created = await api("/api/v2/macros.json", { method: "POST", body: { macro: { title: "BO::Nueva", actions: [{ field: "status", value: "pending" }, { field: "current_tags", value: "nueva" }] } } });
    expect(created.status).toBe(201);
    const { macro } = await created.json();
    expect(macro).toMatchObject({ title: "BO::Nueva", active: true, actions: [{ field: "status", value: "pending" }, { field: "current_tags", value: "nueva" }] });
    const updated = await (await api(`/api/v2/macros/${macro.id}.json`, { method: "PUT", body: { macro: { actions: [{ field: "status", value: "solved" }] } } })).json();
    expect(updated.macro.actions).toEqual([{ field: "status", value: "solved" }]);
  });

  test.each([
    [{ actions: [{ field: "status", value: "open" }] }, "title"],
    [{ title: "Sin acciones" }, "actions"],
    [{ title: "Mala", actions: [{ field: "hacer_magia", value: "x" }] }, "actions"],
  ])("answers 422 RecordInvalid for %j", async (macro, field) => {
    asAdmin();
    const res = await api("/api/v2/macros.json", { method: "POST", body: { macro } });
    expect(res.status).toBe(422);
    expect((await res.json()).details[field]).toHaveLength(1);
  });
});

// https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/
describe("Ticket Fields › Create, Update, Delete and the options endpoints", () => {
  const options = async () => (await (await api(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}/options.json`)).json()).custom_field_options as { id: number; name: string; value: string }[];

  it("renames an option through POST .../options with its id (200) and adds one without (201)", async () => {
    asAdmin();
    const [first] = await options();
    const renamed = await api(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}/options.json`, { method: "POST", body: { custom_field_option: { id: first!.id, name: "Acepta::Plan Sugerido", value: first!.value } } });
    expect(renamed.status).toBe(200);
    expect((await renamed.json()).custom_field_option).toMatchObject({ id: first!.id, name: "Acepta::Plan Sugerido" });
    const added = await api(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}/options.json`, { method: "POST", body: { custom_field_option: { name: "Nuevo estado", value: "nuevo_estado" } } });
    expect(added.status).toBe(201);
    const field = (await (await api(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}.json`)).json()).ticket_field;
    expect(field.custom_field_options.map((o: { value: string }) => o.value)).toContain("nuevo_estado");
  });

  it("removes an option (204): the field then refuses that value on a ticket", async () => {
    asAdmin();
    const [first] = await options();
    expect((await api(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}/options/${first!.id}.json`, { method: "DELETE" })).status).toBe(204);
    expect((await options()).some((o) => o.id === first!.id)).toBe(false);
    const ticket = zendesk.store().data.tickets[0]!;
    const res = await api(`/api/v2/tickets/${ticket.id}.json`, { method: "PUT", body: { ticket: { custom_fields: [{ id: ORDER_STATE_FIELD_ID, value: first!.value }] } } });
    expect(res.status).toBe(422);
  });

  it("replaces the options on PUT (omitted ones removed), renames the field, and refuses a duplicate value", async () => {
    asAdmin();
    const [first, second] = await options();
    const res = await api(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}.json`, { method: "PUT", body: { ticket_field: { title: "Estado del pedido", custom_field_options: [first, { name: "Otro", value: "otro" }] } } });
    expect(res.status).toBe(200);
    const { ticket_field } = await res.json();
    expect(ticket_field.title).toBe("Estado del pedido");
    expect(ticket_field.custom_field_options.map((o: { value: string }) => o.value)).toEqual([first!.value, "otro"]);
    expect(ticket_field.custom_field_options[0].id).toBe(first!.id);
    const dup = await api(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}.json`, { method: "PUT", body: { ticket_field: { custom_field_options: [{ name: "A", value: second!.value }, { name: "B", value: second!.value }] } } });
    expect(dup.status).toBe(422);
  });

  it("creates a drop-down field with 201 and deletes it with 204; a system field cannot be deleted", async () => {
    asAdmin();
    const created = await api("/api/v2/ticket_fields.json", { method: "POST", body: { ticket_field: { type: "tagger", title: "Canal", custom_field_options: [{ name: "WhatsApp", value: "canal_whatsapp" }] } } });
    expect(created.status).toBe(201);
    const { ticket_field } = await created.json();
    expect(ticket_field).toMatchObject({ type: "tagger", title: "Canal", custom_field_options: [expect.objectContaining({ name: "WhatsApp", value: "canal_whatsapp" })] });
    expect((await api(`/api/v2/ticket_fields/${ticket_field.id}.json`, { method: "DELETE" })).status).toBe(204);
    const system = zendesk.store().data.ticketFields.find((f) => !f.removable)!;
    expect((await api(`/api/v2/ticket_fields/${system.id}.json`, { method: "DELETE" })).status).toBe(422);
  });

  it("refuses agents with 403", async () => {
    const res = await api(`/api/v2/ticket_fields/${ORDER_STATE_FIELD_ID}/options.json`, { method: "POST", body: { custom_field_option: { name: "X", value: "x" } } });
    expect(res.status).toBe(403);
  });
});
