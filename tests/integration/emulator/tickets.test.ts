import { TICKET_IDS, AGENT_IDS, ORDER_STATE_FIELD_ID, AGENT_SUBMIT_PATH } from "../../../emulator/zendesk";
import { api, useZendesk } from "./setupZendesk";

const zendesk = useZendesk();

describe("GET/PUT /api/v2/tickets/:id.json", () => {
  it("answers 404 RecordNotFound for an unknown ticket", async () => {
    const res = await api("/api/v2/tickets/999999.json");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "RecordNotFound", description: "Not found" });
  });

  it("answers 409 UpdateConflict when safe_update carries a stale updated_stamp", async () => {
    const { ticket } = await (await api(`/api/v2/tickets/${TICKET_IDS.prePostNew}.json`)).json();
    const first = await api(`/api/v2/tickets/${ticket.id}.json`, {
      method: "PUT",
      body: { ticket: { comment: { body: "Nota 1", public: false }, safe_update: true, updated_stamp: ticket.updated_at } },
    });
    expect(first.status).toBe(200);
    const stale = await api(`/api/v2/tickets/${ticket.id}.json`, {
      method: "PUT",
      body: { ticket: { comment: { body: "Nota 2", public: false }, safe_update: true, updated_stamp: ticket.updated_at } },
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: "UpdateConflict" });
  });

  it("answers 422 for a status Zendesk does not have", async () => {
    const res = await api(`/api/v2/tickets/${TICKET_IDS.prePostNew}.json`, { method: "PUT", body: { ticket: { status: "resuelto" } } });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: "RecordInvalid", details: { status: [expect.any(Object)] } });
  });

  it("records one audit with Comment and Change events; the agent UI's submit adds AgentMacroReference for macro_ids", async () => {
    const macro = zendesk.store().data.macros.find((m) => m.title === "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan")!;
    const res = await api(`${AGENT_SUBMIT_PATH}/${TICKET_IDS.prePostNew}.json`, {
      method: "PUT",
      body: {
        ticket: {
          status: "hold",
          tags: ["whatsapp", "tigo_bo", "migracion_pre_post"],
          custom_fields: [{ id: ORDER_STATE_FIELD_ID, value: "en_progreso__datos_insuficientes" }],
          comment: { body: "¡Tu línea califica!", public: true },
          macro_ids: [macro.id],
        },
      },
    });
    expect(res.status).toBe(200);
    const { ticket, audit } = await res.json();
    expect(ticket.status).toBe("hold");
    expect(ticket.tags).toEqual(expect.arrayContaining(["migracion_pre_post", "en_progreso__datos_insuficientes"]));

    const { audits, count, next_page } = await (await api(`/api/v2/tickets/${TICKET_IDS.prePostNew}/audits.json`)).json();
    expect(next_page).toBeNull();
    expect(count).toBe(audits.length);
    const last = audits.at(-1);
    expect(last.id).toBe(audit.id);
    expect(last.author_id).toBe(AGENT_IDS.carla);
    expect(last.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "Comment", body: "¡Tu línea califica!", public: true }),
        expect.objectContaining({ type: "Change", field_name: "status", value: "hold", previous_value: "new" }),
        expect.objectContaining({ type: "Change", field_name: String(ORDER_STATE_FIELD_ID), value: "en_progreso__datos_insuficientes", previous_value: null }),
        expect.objectContaining({ type: "Change", field_name: "tags", value: expect.arrayContaining(["migracion_pre_post"]) }),
        expect.objectContaining({ type: "AgentMacroReference", macro_id: macro.id, macro_title: macro.title }),
      ]),
    );
    expect(Date.parse(ticket.updated_at)).toBeGreaterThan(Date.parse(audits[0].created_at));
  });

  it("lists the comments with public replies and internal notes", async () => {
    const { comments } = await (await api(`/api/v2/tickets/${TICKET_IDS.prePostHalfway}/comments.json`)).json();
    expect(comments.map((c: { public: boolean }) => c.public)).toContain(false);
    expect(comments.at(-1)).toMatchObject({ public: true, author_id: expect.any(Number), body: expect.stringContaining("carnet") });
  });
});
