import { AGENT_IDS, BRAND_IDS, CUSTOM_STATUS_IDS, GROUP_IDS, ORDER_STATE_FIELD_ID } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

const zendesk = useZendesk();
const create = (ticket: Record<string, unknown>) => api("/api/v2/tickets.json", { method: "POST", body: { ticket } });

// https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket
// https://developer.zendesk.com/documentation/ticketing/managing-tickets/creating-and-updating-tickets/
describe("Tickets › Create Ticket", () => {
  it("creates the ticket with 201, a requester made from {name, email}, and the comment as its description", async () => {
    const res = await create({
      subject: "Quiero pasar a pospago",
      comment: { body: "Hola, quiero un plan pospago." },
      requester: { name: "Ana Pérez", email: "ana.perez@correo.bo.example" },
      brand_id: BRAND_IDS.tigoBo,
      group_id: GROUP_IDS.whatsappBo,
      priority: "high",
      type: "question",
      tags: ["whatsapp", "tigo_bo"],
      custom_fields: [{ id: ORDER_STATE_FIELD_ID, value: "acepta__plan_recomendado" }],
      via: { channel: "native_messaging", source: { from: { phone: "+59170000001" }, rel: "whatsapp" } },
    });
    expect(res.status).toBe(201);
    const { ticket, audit } = await res.json();
    expect(ticket).toMatchObject({
      subject: "Quiero pasar a pospago",
      description: "Hola, quiero un plan pospago.",
      status: "new",
      custom_status_id: CUSTOM_STATUS_IDS.new,
      brand_id: BRAND_IDS.tigoBo,
      group_id: GROUP_IDS.whatsappBo,
      priority: "high",
      type: "question",
      submitter_id: AGENT_IDS.carla,
      via: { channel: "native_messaging", source: { from: { phone: "+59170000001" }, rel: "whatsapp" } },
    });
    // A dropdown's option tag joins the tags, as on update.
    expect(ticket.tags).toEqual(["whatsapp", "tigo_bo", "acepta__plan_recomendado"]);
    const requester = (await (await api(`/api/v2/users/${ticket.requester_id}.json`)).json()).user;
    expect(requester).toMatchObject({ name: "Ana Pérez", email: "ana.perez@correo.bo.example", role: "end-user" });
    expect(audit.events[0]).toMatchObject({ type: "Comment", body: "Hola, quiero un plan pospago.", public: true, author_id: AGENT_IDS.carla });
    const shown = await (await api(`/api/v2/tickets/${ticket.id}.json`)).json();
    expect(shown.ticket).toEqual(ticket);
  });

  it("reuses the user whose email the requester names, and lets comment.author_id write the first comment", async () => {
    const first = await (await create({ comment: { body: "Uno" }, requester: { name: "Ana", email: "ana@correo.example" } })).json();
    const res = await create({ comment: { body: "Dos", author_id: first.ticket.requester_id }, requester: { name: "Ana", email: "ANA@correo.example" } });
    const { ticket, audit } = await res.json();
    expect(ticket.requester_id).toBe(first.ticket.requester_id);
    expect(audit.events[0].author_id).toBe(first.ticket.requester_id);
  });

  it("opens an assigned ticket as open and records macro_ids as AgentMacroReference", async () => {
    const macro = zendesk.store().data.macros[0]!;
    const { ticket, audit } = await (await create({ comment: { body: "Llamada" }, assignee_id: AGENT_IDS.diego, macro_ids: [macro.id] })).json();
    expect(ticket.status).toBe("open");
    expect(ticket.requester_id).toBe(AGENT_IDS.carla);
    expect(audit.events).toContainEqual(expect.objectContaining({ type: "AgentMacroReference", macro_id: macro.id }));
  });

  test.each([
    [{ subject: "Sin comentario" }, "description"],
    [{ comment: { body: "x" }, status: "closed" }, "status"],
    [{ comment: { body: "x" }, priority: "maxima" }, "priority"],
    [{ comment: { body: "x" }, brand_id: 1 }, "brand_id"],
    [{ comment: { body: "x" }, via: { channel: "twitter_dm" } }, "via"],
    [{ comment: { body: "x" }, requester: { email: "sin.nombre@correo.example" } }, "requester"],
  ])("answers 422 RecordInvalid for %j, creating nothing", async (ticket, field) => {
    const before = zendesk.store().data.tickets.length;
    const res = await create(ticket);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body).toMatchObject({ error: "RecordInvalid", description: "Record validation errors" });
    expect(body.details[field]).toEqual([expect.objectContaining({ description: expect.any(String), error: expect.any(String) })]);
    expect(zendesk.store().data.tickets).toHaveLength(before);
  });
});

// https://developer.zendesk.com/api-reference/ticketing/users/users/#create-user
describe("Users › Create User", () => {
  it("creates an end-user by default with 201", async () => {
    const res = await api("/api/v2/users.json", { method: "POST", body: { user: { name: "Pedro Mamani", email: "pedro@correo.bo.example", phone: "+59170000002" } } });
    expect(res.status).toBe(201);
    const { user } = await res.json();
    expect(user).toMatchObject({ id: expect.any(Number), name: "Pedro Mamani", email: "pedro@correo.bo.example", phone: "+59170000002", role: "end-user", active: true });
    expect((await (await api(`/api/v2/users/${user.id}.json`)).json()).user).toEqual(user);
  });

  it("refuses a duplicate email with 422 DuplicateValue and a missing name with 422", async () => {
    await api("/api/v2/users.json", { method: "POST", body: { user: { name: "A", email: "dup@correo.example" } } });
    const dup = await api("/api/v2/users.json", { method: "POST", body: { user: { name: "B", email: "dup@correo.example" } } });
    expect(dup.status).toBe(422);
    expect((await dup.json()).details.email).toEqual([expect.objectContaining({ error: "DuplicateValue" })]);
    const nameless = await api("/api/v2/users.json", { method: "POST", body: { user: { email: "x@correo.example" } } });
    expect(nameless.status).toBe(422);
    expect((await nameless.json()).details.name).toHaveLength(1);
  });
});
