import { TICKET_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

const zendesk = useZendesk();
const ticketId = TICKET_IDS.tboComplaint;
const tagsUrl = `/api/v2/tickets/${ticketId}/tags.json`;

async function readTicket(id = ticketId) {
  return (await (await api(`/api/v2/tickets/${id}.json`)).json()).ticket as { tags: string[]; updated_at: string };
}

// https://developer.zendesk.com/documentation/ticketing/managing-tickets/adding-tags-to-tickets-without-overwriting-existing-tags/
describe("Adding tags to tickets without overwriting existing tags (developer docs)", () => {
  it("leaves the tags as they were when a single-ticket update sends additional_tags or remove_tags", async () => {
    const before = await readTicket();
    const res = await api(`/api/v2/tickets/${ticketId}.json`, {
      method: "PUT",
      body: { ticket: { additional_tags: ["ruta_step_x"], remove_tags: ["reclamo"], comment: { body: "Nota", public: false } } },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).ticket.tags).toEqual(before.tags);
    expect((await readTicket()).tags).toEqual(before.tags);
  });

  it("replaces the whole list when a single-ticket update sends tags", async () => {
    const res = await api(`/api/v2/tickets/${ticketId}.json`, { method: "PUT", body: { ticket: { tags: ["solo_esta"] } } });
    expect(res.status).toBe(200);
    expect((await readTicket()).tags).toEqual(["solo_esta"]);
  });
});

// https://developer.zendesk.com/api-reference/ticketing/ticket-management/tags/
describe("Tags API reference: Show, Set, Add and Remove Tags on a ticket", () => {
  it("shows the ticket's tags as {tags: [...]}", async () => {
    const res = await api(tagsUrl);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tags: (await readTicket()).tags });
  });

  it("adds tags with PUT and keeps the existing ones", async () => {
    const before = await readTicket();
    const res = await api(tagsUrl, { method: "PUT", body: { tags: ["ruta_flow_tbo"] } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tags: [...before.tags, "ruta_flow_tbo"] });
    expect((await readTicket()).tags).toEqual([...before.tags, "ruta_flow_tbo"]);
  });

  it("sets (replaces) the tags with POST", async () => {
    const res = await api(tagsUrl, { method: "POST", body: { tags: ["importante"] } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tags: ["importante"] });
  });

  it("removes only the given tags with DELETE", async () => {
    const res = await api(tagsUrl, { method: "DELETE", body: { tags: ["reclamo", "no_estaba"] } });
    expect(res.status).toBe(200);
    expect((await res.json()).tags).toEqual(["tbo", "tigo_py"]);
  });

  it("records the change as a tags Change event in a new audit and moves updated_at on", async () => {
    const before = await readTicket();
    await api(tagsUrl, { method: "PUT", body: { tags: ["nuevo"] } });
    const after = await readTicket();
    expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
    const { audits } = await (await api(`/api/v2/tickets/${ticketId}/audits.json`)).json();
    expect(audits.at(-1).events).toContainEqual(expect.objectContaining({ type: "Change", field_name: "tags", value: after.tags, previous_value: before.tags }));
  });

  it("answers 409 when safe_update carries an updated_stamp older than the ticket, and changes nothing", async () => {
    const before = await readTicket();
    await api(`/api/v2/tickets/${ticketId}.json`, { method: "PUT", body: { ticket: { comment: { body: "Otro agente", public: false } } } });
    const changed = await readTicket();
    // The docs' own example sends safe_update as the string "true".
    const res = await api(tagsUrl, { method: "PUT", body: { tags: ["tarde"], safe_update: "true", updated_stamp: before.updated_at } });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: "UpdateConflict" });
    expect((await readTicket()).tags).toEqual(changed.tags);
  });

  it("applies a safe update whose updated_stamp is the ticket's updated_at", async () => {
    const { updated_at } = await readTicket();
    const res = await api(tagsUrl, { method: "PUT", body: { tags: ["a_tiempo"], safe_update: true, updated_stamp: updated_at } });
    expect(res.status).toBe(200);
    expect((await res.json()).tags).toContain("a_tiempo");
  });

  it("answers 404 RecordNotFound for a ticket that does not exist", async () => {
    const res = await api("/api/v2/tickets/999999/tags.json", { method: "PUT", body: { tags: ["x"] } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "RecordNotFound", description: "Not found" });
  });

  it("rejects a body without tags with 400 (the docs mark tags mandatory; the error body is not documented, stricter reading)", async () => {
    const res = await api(tagsUrl, { method: "PUT", body: { labels: ["x"] } });
    expect(res.status).toBe(400);
    expect((await readTicket()).tags).toEqual(["tbo", "tigo_py", "reclamo"]);
    expect(zendesk.store().data.audits.filter((a) => a.ticket_id === ticketId)).toHaveLength(1);
  });
});
