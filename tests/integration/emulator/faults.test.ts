import { TICKET_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "./setupZendesk";

const zendesk = useZendesk();

describe("fault switches", () => {
  it("answers the next 2 PUTs on tickets with 429 and Retry-After, then lets them through", async () => {
    zendesk.store().faults.arm({ kind: "rate-limit", method: "PUT", path: "/api/v2/tickets/*", count: 2, retryAfter: 3 });
    const put = () => api(`/api/v2/tickets/${TICKET_IDS.prePostNew}.json`, { method: "PUT", body: { ticket: { status: "open" } } });
    const get = await api(`/api/v2/tickets/${TICKET_IDS.prePostNew}.json`);
    expect(get.status).toBe(200);
    for (const _ of [1, 2]) {
      const res = await put();
      expect(res.status).toBe(429);
      expect(res.headers.get("Retry-After")).toBe("3");
      expect(res.headers.get("X-Rate-Limit")).toBeTruthy();
    }
    expect((await put()).status).toBe(200);
  });

  it("arms 409 and 500 answers", async () => {
    zendesk.store().faults.arm({ kind: "conflict", method: "PUT", count: 1 });
    zendesk.store().faults.arm({ kind: "server-error", method: "GET", path: "/api/v2/macros/**", count: 1 });
    expect((await api(`/api/v2/tickets/${TICKET_IDS.prePostNew}.json`, { method: "PUT", body: { ticket: {} } })).status).toBe(409);
    expect((await api("/api/v2/macros/active.json")).status).toBe(500);
    expect((await api("/api/v2/macros/active.json")).status).toBe(200);
  });

  it("delays slow answers", async () => {
    zendesk.store().faults.arm({ kind: "slow", delayMs: 150, count: 1 });
    const started = Date.now();
    expect((await api("/api/v2/brands.json")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe("customer reply", () => {
  it.each(["pending", "hold", "solved"])("reopens a %s ticket with a public comment by the requester", async (status) => {
    const store = zendesk.store();
    store.updateTicket(TICKET_IDS.tboComplaint, { status });
    const outcome = store.customerReply(TICKET_IDS.tboComplaint, "Sigue sin funcionar.");
    expect(outcome.kind).toBe("replied");
    const { ticket } = await (await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}.json`)).json();
    expect(ticket.status).toBe("open");
    const { comments } = await (await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}/comments.json`)).json();
    expect(comments.at(-1)).toMatchObject({ body: "Sigue sin funcionar.", public: true, author_id: ticket.requester_id });
  });

  it("leaves a new ticket new", () => {
    const store = zendesk.store();
    store.customerReply(TICKET_IDS.prePostNew, "¿Hola?");
    expect(store.data.tickets.find((t) => t.id === TICKET_IDS.prePostNew)!.status).toBe("new");
  });
});

describe("installation settings", () => {
  it("lets only admins change them", async () => {
    const res = await api("/api/v2/apps/installations/1.json", { method: "PUT", body: { settings: { orderStateFieldId: 1 } } });
    expect(res.status).toBe(403);
    zendesk.store().setCurrentUser(900003);
    const ok = await api("/api/v2/apps/installations/1.json", { method: "PUT", body: { settings: { orderStateFieldId: 1 } } });
    expect(ok.status).toBe(200);
    expect((await ok.json()).settings.orderStateFieldId).toBe(1);
  });
});

describe("fault kinds for the reliability suite (FaultSpec)", () => {
  const note = (body: string) => api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}.json`, { method: "PUT", body: { ticket: { comment: { body, public: false } } } });
  const bodies = () => zendesk.store().comments(TICKET_IDS.tboComplaint).map((c) => c.body);

  it("lands-then-error applies the write and answers 500", async () => {
    zendesk.store().faults.arm({ kind: "lands-then-error", method: "PUT", count: 1 });
    const res = await note("Llegó");
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: "InternalServerError" });
    expect(bodies()).toContain("Llegó");
  });

  it("drop closes the connection without applying; lands-then-drop applies first", async () => {
    zendesk.store().faults.arm({ kind: "drop", method: "PUT", count: 1 });
    await expect(note("Perdida")).rejects.toThrow(TypeError);
    expect(bodies()).not.toContain("Perdida");
    zendesk.store().faults.arm({ kind: "lands-then-drop", method: "PUT", count: 1 });
    await expect(note("Llegó sin respuesta")).rejects.toThrow(TypeError);
    expect(bodies()).toContain("Llegó sin respuesta");
  });

  it("malformed applies the write and answers 200 with a body that is not the documented shape", async () => {
    zendesk.store().faults.arm({ kind: "malformed", method: "PUT", count: 1 });
    const cut = await note("Cortada");
    expect(cut.status).toBe(200);
    await expect(cut.clone().json()).rejects.toThrow();
    expect(bodies()).toContain("Cortada");
    zendesk.store().faults.arm({ kind: "malformed", method: "GET", path: "/api/v2/tickets/*", body: '{"ticket": null}', count: 1 });
    expect(await (await api(`/api/v2/tickets/${TICKET_IDS.tboComplaint}.json`)).json()).toEqual({ ticket: null });
  });

  it("applies faults to the host page's submit on its agent-UI path", async () => {
    zendesk.store().faults.arm({ kind: "server-error", path: "/__emulator/agent-ui/tickets/*", count: 1 });
    const res = await api(`/__emulator/agent-ui/tickets/${TICKET_IDS.tboComplaint}.json`, { method: "PUT", body: { ticket: { status: "pending" } } });
    expect(res.status).toBe(500);
  });
});
