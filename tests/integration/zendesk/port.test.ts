import { createHostClient, createZafHost, type ZafHost } from "../../../emulator/host";
import { ORDER_STATE_FIELD_ID, TICKET_IDS } from "../../../emulator/zendesk";
import { CATALOG } from "../../../src/flows/catalog/catalog";
import { restorePosition, findStep } from "../../../src/engine";
import { createZendeskPort } from "../../../src/zendesk/createZendeskPort";
import type { ZendeskPort } from "../../../src/zendesk/port";
import type { ZafClient } from "../../../src/zendesk/zafClient";
import { useZendesk, ZENDESK } from "../emulator/setupZendesk";

const zendesk = useZendesk();
const prePost = CATALOG.find((f) => f.id === "pre-post")!;
const OFFER = "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan";

let host: ZafHost;
let requests: string[];
let sleeps: number[];

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

async function openPort(ticketId: number, storage = memoryStorage()): Promise<{ port: ZendeskPort; client: ZafClient }> {
  await host.activate(ticketId);
  const client = createHostClient(host, ticketId) as unknown as ZafClient;
  const port = createZendeskPort(client, { sleep: async (ms) => void sleeps.push(ms), storage, now: () => Date.now(), random: () => 0 });
  return { port, client };
}

beforeEach(() => {
  requests = [];
  sleeps = [];
  host = createZafHost({
    api: (path, init) => {
      requests.push(`${init?.method ?? "GET"} ${path}`);
      return fetch(`${ZENDESK}${path}`, init);
    },
    saveHookTimeoutMs: 1000,
  });
});

describe("the Zendesk port over the emulator", () => {
  it("starts with the account, the installation's settings and the agent", async () => {
    const { port } = await openPort(TICKET_IDS.prePostNew);
    const info = await port.start();
    expect(info.context.account?.subdomain).toBe("ruta-cc");
    expect(JSON.parse(String(info.settings.brandFlows))).toMatchObject({ "tigo-bo": ["pre-post"] });
    expect(info.agent).toMatchObject({ role: "agent", locale: "es" });
  });

  it("loads every active macro across pages, then reuses them from the cache; the order-state field comes with the ticket", async () => {
    const storage = memoryStorage();
    const { port } = await openPort(TICKET_IDS.prePostNew, storage);
    const info = await port.start();
    expect(info.ticket.orderStateField?.id).toBe(ORDER_STATE_FIELD_ID);
    const macros = await port.loadMacros();
    expect(macros.length).toBeGreaterThan(100);
    expect(macros.map((m) => m.title)).toContain("BO::Despedida al resolver");
    const fetched = requests.filter((r) => r.includes("/macros")).length;
    expect(fetched).toBeGreaterThan(1);
    const second = await openPort(TICKET_IDS.tboComplaint, storage);
    await second.port.start();
    expect(await second.port.loadMacros()).toEqual(macros);
    expect(requests.filter((r) => r.includes("/macros")).length).toBe(fetched);
  });

  it("reads the ticket: editor values, conversation, requester phone and channel", async () => {
    const { port } = await openPort(TICKET_IDS.prePostNew);
    const { ticket } = await port.start();
    expect(ticket).toMatchObject({ id: TICKET_IDS.prePostNew, status: "new", channel: "whatsapp", brand: { subdomain: "tigo-bo" } });
    expect(ticket.requester.phone).toMatch(/\d{8}/);
    expect(ticket.messages[0]).toMatchObject({ author: "requester", public: true });
  });

  it("re-reads only the editor after a change there, and the history once the ticket was saved", async () => {
    const { port, client } = await openPort(TICKET_IDS.prePostNew);
    const first = (await port.start()).ticket;
    const before = requests.length;
    await client.set({ "ticket.status": "pending" });
    const edited = await port.readTicket(first);
    expect(edited.status).toBe("pending");
    expect(edited.messages).toBe(first.messages);
    expect(requests.length).toBe(before);

    zendesk.store().customerReply(TICKET_IDS.prePostNew, "Sigo esperando");
    await host.refresh(TICKET_IDS.prePostNew);
    const afterReply = await port.readTicket(edited);
    expect(afterReply.messages.at(-1)).toMatchObject({ author: "requester", body: "Sigo esperando" });
  });

  it("restores the half-way ticket from its audits: offer applied, the customer's answer read for the agent to confirm", async () => {
    const { port } = await openPort(TICKET_IDS.prePostHalfway);
    const { ticket } = await port.start();
    expect(ticket.events).toContainEqual(expect.objectContaining({ kind: "macro", title: expect.stringMatching(/Oferta/) }));
    const position = restorePosition(prePost, ticket, Date.now());
    expect(position).toMatchObject({ status: "waiting", since: expect.any(Number) });
    expect(findStep(prePost, position.stepId).macro).toMatch(/Oferta/);
    const since = position.status === "waiting" ? position.since! : 0;
    expect(ticket.messages.some((m) => m.author === "requester" && m.public && m.at > since)).toBe(true);
  });

  it("applies a macro, the status, the order state and tags in the editor; a missing macro is reported and the rest applies", async () => {
    const { port, client } = await openPort(TICKET_IDS.prePostNew);
    const { ticket } = await port.start();
    const account = { macros: await port.loadMacros(), ...(ticket.orderStateField ? { orderStateField: ticket.orderStateField } : {}) };
    const outcomes = await port.applyChanges(account, [
      { kind: "tagAdd", tag: "ruta_flow_pre_post" },
      { kind: "orderState", to: "En progreso > Datos insuficientes" },
      { kind: "status", from: "new", to: "hold" },
      { kind: "macro", to: OFFER },
    ]);
    expect(outcomes.map((o) => [o.change.kind, o.ok])).toEqual([["macro", true], ["status", true], ["orderState", true], ["tagAdd", true]]);
    const editor = await client.get(["ticket.status", "ticket.tags", `ticket.customField:custom_field_${ORDER_STATE_FIELD_ID}`, "comment.text"]);
    expect(editor["ticket.status"]).toBe("hold");
    expect(editor["ticket.tags"]).toContain("ruta_flow_pre_post");
    expect(editor[`ticket.customField:custom_field_${ORDER_STATE_FIELD_ID}`]).toBe("en_progreso__datos_insuficientes");
    expect(String(editor["comment.text"]).length).toBeGreaterThan(20);

    const missing = await port.applyChanges(account, [{ kind: "macro", to: "BO::No existe" }, { kind: "status", from: "hold", to: "pending" }]);
    expect(missing).toEqual([
      { change: { kind: "macro", to: "BO::No existe" }, ok: false, failure: "macroMissing" },
      { change: { kind: "status", from: "hold", to: "pending" }, ok: true },
    ]);
  });
});
