import { createZafHost, type ZafHost } from "../../../emulator/host";
import { ORDER_STATE_FIELD_ID, TICKET_IDS } from "../../../emulator/zendesk";
import { findStep, restorePosition } from "../../../src/engine";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { createZendeskPort } from "../../../src/zendesk/createZendeskPort";
import { MAX_KEPT_TICKETS } from "../../../src/zendesk/readHistory";
import { useZendesk, ZENDESK } from "../emulator/setupZendesk";
import { countingClient, memoryStorage } from "./readPath";

/**
 * The read path against the emulator: what a ticket costs to open. Zendesk docs: ZAF ticket sidebar
 * (apps-support-api/ticket_sidebar: Ticket, Comment, User and Ticket Field objects; `get` takes many
 * paths in one call), Ticket Audits ("List Audits for a Ticket": sort_order, 100 a page).
 */
const zendesk = useZendesk();
const prePost = CATALOG.find((f) => f.id === "pre-post")!;
let host: ZafHost;
let rest: string[];

beforeEach(() => {
  rest = [];
  host = createZafHost({ api: (path, init) => fetch(`${ZENDESK}${path}`, init), saveHookTimeoutMs: 1000 });
});

async function open(ticketId: number, storage = memoryStorage()) {
  await host.activate(ticketId);
  const { client, gets } = countingClient(host, zendesk.store, ticketId, rest);
  const port = createZendeskPort(client, { sleep: async () => undefined, storage, now: () => Date.now(), random: () => 0.5 });
  return { port, gets, storage };
}

describe("opening a ticket", () => {
  it("reads a new ticket with no REST request: values, conversation, requester phone, brand, agent and fields through ZAF", async () => {
    const { port } = await open(TICKET_IDS.prePostNew);
    const { ticket, agent } = await port.start();
    expect(rest).toEqual([]);
    expect(agent).toMatchObject({ role: "agent", locale: "es" });
    expect(ticket).toMatchObject({ id: TICKET_IDS.prePostNew, status: "new", channel: "whatsapp", brand: { subdomain: "tigo-bo" } });
    expect(ticket.requester.phone).toMatch(/\d{8}/);
    expect(ticket.messages[0]).toMatchObject({ author: "requester", public: true, body: expect.stringContaining("pospago") });
    expect(ticket.messages[0]!.body).not.toMatch(/<[a-z]/i);
    expect(ticket.fieldValues).toEqual({ linea: "71234567" });
    expect(ticket.orderStateField?.id).toBe(ORDER_STATE_FIELD_ID);
  });

  it("costs one ZAF get once the browser knows the account's field ids (a second tab)", async () => {
    const first = await open(TICKET_IDS.prePostNew);
    await first.port.start();
    const second = await open(TICKET_IDS.tboComplaint, first.storage);
    const { ticket } = await second.port.start();
    expect(second.gets).toHaveLength(1);
    expect(second.gets[0]).toEqual(expect.arrayContaining(["currentUser", "ticket.comments", `ticket.customField:custom_field_${ORDER_STATE_FIELD_ID}`, `ticketFields:custom_field_${ORDER_STATE_FIELD_ID}.options`]));
    // A drop-down reads as the agent sees it: the option's name, not its tag.
    expect(ticket.fieldValues).toMatchObject({ ciudad: "Asunción" });
  });

  it("reads the audits newest first, one page, for a ticket Ruta has placed, and not again in another tab while it is unchanged", async () => {
    const { port, storage } = await open(TICKET_IDS.prePostHalfway);
    const { ticket } = await port.start();
    expect(rest).toEqual([`GET /api/v2/tickets/${TICKET_IDS.prePostHalfway}/audits.json?sort_order=desc&page[size]=100`]);
    const position = restorePosition(prePost, ticket, Date.now());
    // The audits place it at the applied offer, waiting since its audit; the customer's answer after it is read (the agent confirms it).
    expect(position).toMatchObject({ status: "waiting", since: expect.any(Number) });
    expect(findStep(prePost, position.stepId).macro).toMatch(/Oferta/);
    const since = position.status === "waiting" ? position.since! : 0;
    expect(ticket.messages.some((m) => m.author === "requester" && m.public && m.at > since)).toBe(true);

    const again = await open(TICKET_IDS.prePostHalfway, storage);
    expect((await again.port.start()).ticket.events).toEqual(ticket.events);
    expect(rest).toHaveLength(1);
  });

  it("takes each comment's time and visibility from its audit where ZAF gives neither", async () => {
    const { port } = await open(TICKET_IDS.prePostHalfway);
    const { ticket } = await port.start();
    const saved = zendesk.store().comments(TICKET_IDS.prePostHalfway);
    expect(ticket.messages.map((m) => [m.id, m.public, m.at])).toEqual(saved.map((c) => [c.id, c.public, Date.parse(c.created_at)]));
  });

  it("reads the audits again, one page, once the ticket was saved", async () => {
    const { port } = await open(TICKET_IDS.prePostHalfway);
    const { ticket } = await port.start();
    zendesk.store().customerReply(TICKET_IDS.prePostHalfway, "ACEPTO");
    await host.refresh(TICKET_IDS.prePostHalfway);
    const after = await port.readTicket(ticket);
    expect(after.messages.at(-1)).toMatchObject({ author: "requester", body: "ACEPTO", public: true });
    expect(after.messages.at(-1)!.at).toBeGreaterThan(0);
    expect(rest).toHaveLength(2);
  });

  it("opens a 6,000-comment ticket in at most two REST requests and sees its newest comment", async () => {
    const store = zendesk.store();
    const id = TICKET_IDS.tboComplaint;
    for (let i = 1; i <= 6000; i++) store.updateTicket(id, { comment: { body: `Nota ${i}`, public: i % 2 === 0 } } as never);
    store.customerReply(id, "Último mensaje del cliente");
    await host.refresh(id);
    const { port } = await open(id);
    const { ticket } = await port.start();
    // The audits, newest first; and the newest comments when ZAF's list does not reach them.
    expect(rest.length).toBeLessThanOrEqual(2);
    expect(rest.every((r) => r.includes("sort_order=desc"))).toBe(true);
    expect(ticket.messages.at(-1)).toMatchObject({ author: "requester", body: "Último mensaje del cliente", public: true });
    expect(ticket.messages.at(-2)).toMatchObject({ author: "agent", body: "Nota 6000", public: true });
    expect(ticket.messages.at(-3)).toMatchObject({ author: "agent", body: "Nota 5999", public: false });
  }, 60_000); // building 6,000 comments and the host loading them take seconds on a loaded machine

  it("keeps at most a bounded number of ticket histories in the browser, dropping the least recently read", async () => {
    const storage = memoryStorage();
    const index = "ruta:history:ruta-cc:index";
    const older = Array.from({ length: MAX_KEPT_TICKETS }, (_, i) => `ruta:history:ruta-cc:${900000 + i}`);
    for (const key of older) storage.setItem(key, JSON.stringify({ at: Date.now(), data: { updatedAt: "x", audits: [] } }));
    storage.setItem(index, JSON.stringify({ at: Date.now(), data: older }));
    const { port } = await open(TICKET_IDS.prePostHalfway, storage);
    await port.start();
    const kept = (JSON.parse(storage.getItem(index)!) as { data: string[] }).data;
    expect(kept).toHaveLength(MAX_KEPT_TICKETS);
    expect(kept.at(-1)).toBe(`ruta:history:ruta-cc:${TICKET_IDS.prePostHalfway}`);
    expect(storage.getItem(older[0]!)).toBeNull();
    expect(storage.getItem(older[1]!)).not.toBeNull();
  });
});
