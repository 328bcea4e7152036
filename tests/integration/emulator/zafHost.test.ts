import { createHostClient, createZafHost, type ZafHost } from "../../../emulator/host";
import { ORDER_STATE_FIELD_ID, TICKET_IDS } from "../../../emulator/zendesk";
import { useZendesk, ZENDESK } from "./setupZendesk";

const zendesk = useZendesk();
let host: ZafHost;

beforeEach(async () => {
  host = createZafHost({ api: (path, init) => fetch(`${ZENDESK}${path}`, init), saveHookTimeoutMs: 1000 });
  await host.activate(TICKET_IDS.prePostNew);
});

const OFFER = "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan";

/**
 * developer.zendesk.com, "Ticket sidebar" (get/set/invoke paths, events, the ticket.save hook) and "ZAF
 * Client API" (a single-path call whose path has an error rejects; bulk calls answer `errors` per path).
 */
describe("ZAF host through createHostClient()", () => {
  it("registers with the ticket-sidebar context and the installation's settings", async () => {
    const client = createHostClient(host, TICKET_IDS.prePostNew);
    expect(await client.context()).toMatchObject({ product: "support", location: "ticket_sidebar", ticketId: TICKET_IDS.prePostNew, account: { subdomain: "ruta-cc" } });
    const metadata = await client.metadata();
    expect(metadata).toMatchObject({ appId: 9001, installationId: 1, name: "Ruta" });
    expect(JSON.parse((metadata.settings as { brandFlows: string }).brandFlows)).toMatchObject({ "tigo-bo": ["pre-post"] });
  });

  it("gets ticket paths, the current user and the order-state options", async () => {
    const client = createHostClient(host, TICKET_IDS.prePostNew);
    const data = await client.get(["ticket.id", "ticket.status", "ticket.brand", "ticket.via", "ticket.requester.name", "currentUser", `ticketFields:custom_field_${ORDER_STATE_FIELD_ID}.options`]);
    expect(data["ticket.id"]).toBe(TICKET_IDS.prePostNew);
    expect(data["ticket.status"]).toBe("new");
    expect(data["ticket.brand"]).toMatchObject({ name: "Tigo Bolivia", subdomain: "tigo-bo" });
    expect(data["ticket.via"]).toMatchObject({ channel: "native_messaging", source: { rel: "whatsapp" } });
    expect(data["ticket.requester.name"]).toBe("Marcelo Quispe Mamani");
    expect(data.currentUser).toMatchObject({ role: "agent", locale: "es", groups: expect.arrayContaining([expect.objectContaining({ name: "WhatsApp Bolivia" })]) });
    expect(data[`ticketFields:custom_field_${ORDER_STATE_FIELD_ID}.options`]).toContainEqual({ label: "En progreso::Datos Insuficientes", value: "en_progreso__datos_insuficientes" });
    expect(data.errors).toEqual({});
  });

  it("reports per-path errors and rejects a single unknown path", async () => {
    const client = createHostClient(host, TICKET_IDS.prePostNew);
    const data = await client.get(["ticket.id", "ticket.nonsense"]);
    expect(data["ticket.id"]).toBe(TICKET_IDS.prePostNew);
    expect((data.errors as Record<string, unknown>)["ticket.nonsense"]).toMatchObject({ name: expect.any(String), message: expect.stringContaining("ticket.nonsense") });
    await expect(client.get("ticket.nonsense")).rejects.toThrow(/ticket\.nonsense/);
    await expect(client.set("ticket.status", "resuelto")).rejects.toThrow();
    await expect(client.invoke("ticket.explode")).rejects.toThrow();
  });

  it("sets the draft and fires change events, without saving", async () => {
    const client = createHostClient(host, TICKET_IDS.prePostNew);
    const seen: unknown[] = [];
    client.on("ticket.status.changed", (s) => seen.push(s));
    client.on(`ticket.custom_field_${ORDER_STATE_FIELD_ID}.changed`, (v) => seen.push(v));
    await client.set({ "ticket.status": "pending", [`ticket.customField:custom_field_${ORDER_STATE_FIELD_ID}`]: "no_califica__mora" });
    await client.invoke("ticket.tags.add", ["ruta_pre_post"]);
    await client.set("comment.type", "internalNote");
    await client.invoke("comment.appendText", "Nota de Ruta");
    const data = await client.get(["ticket.status", "ticket.tags", `ticket.customField:custom_field_${ORDER_STATE_FIELD_ID}`, "comment.text", "comment.type"]);
    expect(data).toMatchObject({ "ticket.status": "pending", "comment.text": "Nota de Ruta", "comment.type": "internalNote" });
    expect(data["ticket.tags"]).toEqual(expect.arrayContaining(["ruta_pre_post", "no_califica__mora"]));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["pending", "no_califica__mora"]);
    expect(zendesk.store().data.tickets.find((t) => t.id === TICKET_IDS.prePostNew)!.status).toBe("new");
  });

  it("applies a macro to the editor and submits it with macro_ids", async () => {
    const client = createHostClient(host, TICKET_IDS.prePostNew);
    const macro = zendesk.store().data.macros.find((m) => m.title === OFFER)!;
    await client.invoke("macro", macro.id);
    const draft = await client.get(["ticket.status", `ticket.customField:custom_field_${ORDER_STATE_FIELD_ID}`, "comment.text", "comment.type"]);
    expect(draft).toMatchObject({ "ticket.status": "hold", [`ticket.customField:custom_field_${ORDER_STATE_FIELD_ID}`]: "en_progreso__datos_insuficientes", "comment.type": "publicReply" });
    expect(draft["comment.text"]).toContain("califica");
    const saved: unknown[] = [];
    client.on("ticket.saved", (t) => saved.push(t));
    const outcome = await host.submit(TICKET_IDS.prePostNew);
    expect(outcome.ok).toBe(true);
    const audit = zendesk.store().data.audits.filter((a) => a.ticket_id === TICKET_IDS.prePostNew).at(-1)!;
    expect(audit.events).toContainEqual(expect.objectContaining({ type: "AgentMacroReference", macro_id: macro.id, macro_title: OFFER }));
    expect(audit.events).toContainEqual(expect.objectContaining({ type: "Comment", public: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toHaveLength(1);
    expect(await client.get("comment.text")).toMatchObject({ "comment.text": "" });
  });

  it("cancels the submit when the app's ticket.save hook rejects, showing its message", async () => {
    const client = createHostClient(host, TICKET_IDS.prePostNew);
    client.on("ticket.save", () => Promise.reject(new Error("Falta el Estado de Pedido")));
    await client.set("comment.text", "Hola");
    await client.get("ticket.id");
    const outcome = await host.submit(TICKET_IDS.prePostNew, "open");
    expect(outcome).toEqual({ ok: false, reason: "hook", message: "Falta el Estado de Pedido" });
    expect(zendesk.store().data.tickets.find((t) => t.id === TICKET_IDS.prePostNew)!.status).toBe("new");
  });

  it("proxies client.request and fails with a jqXHR-like object carrying Retry-After", async () => {
    const client = createHostClient(host, TICKET_IDS.prePostNew);
    const body = await client.request<{ ticket: { id: number } }>(`/api/v2/tickets/${TICKET_IDS.prePostNew}.json`);
    expect(body.ticket.id).toBe(TICKET_IDS.prePostNew);
    zendesk.store().faults.arm({ kind: "rate-limit", path: "/api/v2/tickets/*", count: 1, retryAfter: 5 });
    await expect(client.request(`/api/v2/tickets/${TICKET_IDS.prePostNew}.json`)).rejects.toMatchObject({
      status: 429,
      responseJSON: { error: "APIRateLimitExceeded" },
      headers: { "retry-after": "5" },
    });
  });

  it("fires app.deactivated and app.activated when switching tabs", async () => {
    const first = createHostClient(host, TICKET_IDS.prePostNew);
    const second = createHostClient(host, TICKET_IDS.tboComplaint);
    const events: string[] = [];
    first.on("app.deactivated", () => events.push("first.deactivated"));
    second.on("app.activated", () => events.push("second.activated"));
    await first.context();
    await second.context();
    await host.activate(TICKET_IDS.tboComplaint);
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(["first.deactivated", "second.activated"]);
    expect(await second.get("ticket.brand.name")).toMatchObject({ "ticket.brand.name": "Tigo Paraguay" });
  });

  it("fires ticket.updated and status changes after a customer reply", async () => {
    await host.activate(TICKET_IDS.prePostHalfway);
    const client = createHostClient(host, TICKET_IDS.prePostHalfway);
    await client.context();
    zendesk.store().updateTicket(TICKET_IDS.prePostHalfway, { status: "pending" });
    await host.refresh(TICKET_IDS.prePostHalfway);
    const seen: unknown[] = [];
    client.on("ticket.status.changed", (s) => seen.push(s));
    client.on("ticket.updated", () => seen.push("updated"));
    zendesk.store().customerReply(TICKET_IDS.prePostHalfway, "¿Ya está mi plan?");
    await host.refresh(TICKET_IDS.prePostHalfway);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["open", "updated"]);
  });
});
