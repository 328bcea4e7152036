import { setupServer } from "msw/node";
import { createHostClient, createZafHost, type ZafHost } from "../../emulator/host";
import { createZendesk, TICKET_IDS, zendeskHandlers, type ZendeskStore } from "../../emulator/zendesk";
import { CATALOG } from "../../src/flows/catalog/catalog";
import { createSidebarModel, inMemoryCatalog } from "../../src/ui/createSidebarModel";
import { createZendeskPort } from "../../src/zendesk/createZendeskPort";
import type { ZafClient } from "../../src/zendesk/zafClient";

/** The account's origin for the in-process API (msw answers any path under it). */
const ZENDESK = "https://ruta-cc.zendesk.com";
/** A working day of ticket opens, as issue 9 counts them. */
export const SHIFT_OPENS = 200;
const SHIFT_MS = 8 * 60 * 60_000;

export type RequestCounts = {
  firstTicket: number;
  firstTicketIdle: number;
  shiftPerOpen: number;
  shiftWithRepliesPerOpen: number;
  perSubmit: number;
  longTicket: number;
};

function memoryStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

/** One agent's browser over one account: a host for its ticket tabs, a shared localStorage and a clock, with every app REST request counted. */
function aBrowser(store: ZendeskStore) {
  const host: ZafHost = createZafHost({ api: (path, init) => fetch(`${ZENDESK}${path}`, init), saveHookTimeoutMs: 1000 });
  const storage = memoryStorage();
  const state = { requests: 0, now: Date.now() };
  /** A new ticket tab: a fresh app instance (its own iframe) over the shared storage. */
  async function openTab(ticketId: number) {
    await host.activate(ticketId);
    const inner = createHostClient(host, ticketId);
    const client = {
      ...inner,
      on: inner.on.bind(inner),
      off: inner.off.bind(inner),
      request: (options: Record<string, unknown>) => (state.requests++, inner.request(options)),
    } as unknown as ZafClient;
    return createZendeskPort(client, { sleep: async () => undefined, storage, now: () => state.now, random: Math.random });
  }
  return { host, store, state, openTab };
}

async function countFirstTicket(store: ZendeskStore): Promise<{ open: number; idle: number }> {
  const browser = aBrowser(store);
  const port = await browser.openTab(TICKET_IDS.prePostHalfway);
  await port.start();
  const open = browser.state.requests;
  await port.loadMacros();
  return { open, idle: browser.state.requests - open };
}

async function countShift(store: ZendeskStore, replyEvery: number): Promise<number> {
  const browser = aBrowser(store);
  const tickets = Object.values(TICKET_IDS);
  for (let i = 0; i < SHIFT_OPENS; i++) {
    const ticketId = tickets[i % tickets.length]!;
    if (replyEvery && i % replyEvery === replyEvery - 1) {
      store.customerReply(ticketId, "¿Alguna novedad?");
      await browser.host.refresh(ticketId);
    }
    browser.state.now += SHIFT_MS / SHIFT_OPENS;
    const port = await browser.openTab(ticketId);
    await port.start();
    await port.loadMacros(); // the idle prefetch every tab makes
  }
  return browser.state.requests / SHIFT_OPENS;
}

/** Apply the first suggested step in the sidebar, submit in the editor, let the sidebar re-read: the requests from the submit on. */
async function countSubmit(store: ZendeskStore): Promise<number> {
  const browser = aBrowser(store);
  const port = await browser.openTab(TICKET_IDS.prePostNew);
  const model = createSidebarModel(port, inMemoryCatalog(CATALOG), { now: () => Date.now() }, () => "pendiente");
  await model.start();
  await port.loadMacros();
  await model.apply();
  const before = browser.state.requests;
  await browser.host.submit(TICKET_IDS.prePostNew);
  await new Promise((settled) => setTimeout(settled, 600));
  await model.reload("editor");
  return browser.state.requests - before;
}

async function countLongTicket(store: ZendeskStore): Promise<number> {
  const id = TICKET_IDS.tboComplaint;
  for (let i = 1; i <= 6000; i++) store.updateTicket(id, { comment: { body: `Nota ${i}`, public: i % 2 === 0 } } as never);
  const browser = aBrowser(store);
  await browser.host.refresh(id);
  const port = await browser.openTab(id);
  const { ticket } = await port.start();
  if (!ticket.messages.some((m) => m.body === "Nota 6000")) throw new Error("The long ticket opened blind to its newest comment.");
  return browser.state.requests;
}

/** REST requests the app makes in each situation of the budget, over the in-process emulator (deterministic). */
export async function countRequests(): Promise<RequestCounts> {
  let store = createZendesk();
  const server = setupServer(...zendeskHandlers(store));
  server.listen({ onUnhandledRequest: "error" });
  const fresh = () => {
    store = createZendesk();
    server.resetHandlers(...zendeskHandlers(store));
    return store;
  };
  try {
    const first = await countFirstTicket(fresh());
    return {
      firstTicket: first.open,
      firstTicketIdle: first.idle,
      shiftPerOpen: await countShift(fresh(), 0),
      shiftWithRepliesPerOpen: await countShift(fresh(), 10),
      perSubmit: await countSubmit(fresh()),
      longTicket: await countLongTicket(fresh()),
    };
  } finally {
    server.close();
  }
}
