import { createZafHost, type ZafHost } from "../../../emulator/host";
import { TICKET_IDS } from "../../../emulator/zendesk";
import type { TabLock } from "../../../src/zendesk/accountCache";
import { createZendeskPort } from "../../../src/zendesk/createZendeskPort";
import { MACROS_CHECK_AFTER_MS, MACROS_MAX_AGE_MS } from "../../../src/zendesk/loadMacros";
import { matchMacro } from "../../../src/zendesk/matchMacro";
import { useZendesk, ZENDESK } from "../emulator/setupZendesk";
import { countingClient, memoryLock, memoryStorage } from "./readPath";

/**
 * Macros off the critical path and shared by the agent's tabs. Zendesk docs: Macros, "List Active
 * Macros" (cursor pagination, 100 a page) and "List Macros" (`active`, `sort_by=updated_at`,
 * `sort_order`; offset pagination answers `count`): the stamp request.
 */
const zendesk = useZendesk();
let host: ZafHost;
let rest: string[];
let clock: number;

beforeEach(() => {
  rest = [];
  clock = Date.now();
  host = createZafHost({ api: (path, init) => fetch(`${ZENDESK}${path}`, init), saveHookTimeoutMs: 1000 });
});

async function openTab(ticketId: number, storage: ReturnType<typeof memoryStorage>, lock?: TabLock) {
  await host.activate(ticketId);
  const { client } = countingClient(host, zendesk.store, ticketId, rest);
  const port = createZendeskPort(client, { sleep: async () => undefined, storage, ...(lock ? { lock } : {}), now: () => clock, random: () => 0.5 });
  await port.start();
  return port;
}

const macroRequests = () => rest.filter((r) => r.includes("/macros"));

describe("loadMacros()", () => {
  it("fetches the list once for every tab of the browser while it is fresh", async () => {
    const storage = memoryStorage();
    const first = await (await openTab(TICKET_IDS.prePostNew, storage)).loadMacros();
    const fetched = macroRequests().length;
    expect(fetched).toBeGreaterThan(1);
    const second = await (await openTab(TICKET_IDS.tboComplaint, storage)).loadMacros();
    expect(second).toEqual(first);
    expect(macroRequests()).toHaveLength(fetched);
    expect(matchMacro("BO::Despedida al resolver", second)).toMatchObject({ status: "found" });
  });

  it("fetches a cold browser's list without a stamp request: the list carries its stamp", async () => {
    await (await openTab(TICKET_IDS.prePostNew, memoryStorage())).loadMacros();
    expect(macroRequests().length).toBeGreaterThan(1);
    expect(macroRequests().every((r) => r.startsWith("GET /api/v2/macros/active.json"))).toBe(true);
  });

  it("lists them once for tabs that load them together, the others taking what the first kept", async () => {
    const storage = memoryStorage();
    const lock = memoryLock();
    const tabs = [await openTab(TICKET_IDS.prePostNew, storage, lock), await openTab(TICKET_IDS.tboComplaint, storage, lock), await openTab(TICKET_IDS.prePostHalfway, storage, lock)];
    const lists = await Promise.all(tabs.map((tab) => tab.loadMacros()));
    const pages = macroRequests().length;
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
    rest.length = 0;
    await (await openTab(TICKET_IDS.prePostNew, memoryStorage())).loadMacros();
    expect(macroRequests()).toHaveLength(pages);
  });

  it("still lists them where the lock is refused (an opaque origin)", async () => {
    const refused: TabLock = () => Promise.reject(new DOMException("The request was denied.", "SecurityError"));
    const macros = await (await openTab(TICKET_IDS.prePostNew, memoryStorage(), refused)).loadMacros();
    expect(matchMacro("BO::Despedida al resolver", macros)).toMatchObject({ status: "found" });
  });

  it("asks the stamp request when a listed macro lacks its updated_at", async () => {
    const store = zendesk.store();
    delete (store.data.macros[0] as { updated_at?: string }).updated_at;
    await (await openTab(TICKET_IDS.prePostNew, memoryStorage())).loadMacros();
    expect(macroRequests().at(-1)).toBe("GET /api/v2/macros.json?active=true&sort_by=updated_at&sort_order=desc&per_page=1");
  });

  it("fetches the list again past its check age when a macro was edited since", async () => {
    const storage = memoryStorage();
    await (await openTab(TICKET_IDS.prePostNew, storage)).loadMacros();
    const store = zendesk.store();
    const edited = store.data.macros.find((m) => m.title === "BO::Despedida al resolver")!;
    Object.assign(edited, { title: "BO::Despedida cordial", updated_at: new Date(Date.parse(edited.updated_at) + 60_000).toISOString() });
    clock += MACROS_CHECK_AFTER_MS + 1;
    const macros = await (await openTab(TICKET_IDS.tboComplaint, storage)).loadMacros();
    expect(matchMacro("BO::Despedida cordial", macros)).toMatchObject({ status: "found", macro: { id: edited.id } });
  });

  it("revalidates a list past its check age with one request and keeps it when nothing changed", async () => {
    const storage = memoryStorage();
    await (await openTab(TICKET_IDS.prePostNew, storage)).loadMacros();
    const fetched = macroRequests().length;
    clock += MACROS_CHECK_AFTER_MS + 1;
    await (await openTab(TICKET_IDS.tboComplaint, storage)).loadMacros();
    expect(macroRequests().slice(fetched)).toEqual(["GET /api/v2/macros.json?active=true&sort_by=updated_at&sort_order=desc&per_page=1"]);
  });

  it("fetches the list again when a macro was created since, and finds it", async () => {
    const storage = memoryStorage();
    await (await openTab(TICKET_IDS.prePostNew, storage)).loadMacros();
    const store = zendesk.store();
    const model = store.data.macros[0]!;
    store.data.macros.push({ ...model, id: 999_001, title: "BO::Macro recién creada", updated_at: new Date(clock).toISOString() });
    const tab = await openTab(TICKET_IDS.tboComplaint, storage);
    expect(matchMacro("BO::Macro recién creada", await tab.loadMacros())).toEqual({ status: "missing" });
    expect(matchMacro("BO::Macro recién creada", await tab.loadMacros(true))).toMatchObject({ status: "found", macro: { id: 999_001 } });
  });

  it("drops a list older than its maximum age whatever its stamp", async () => {
    const storage = memoryStorage();
    await (await openTab(TICKET_IDS.prePostNew, storage)).loadMacros();
    const fetched = macroRequests().length;
    clock += MACROS_MAX_AGE_MS + 1;
    await (await openTab(TICKET_IDS.tboComplaint, storage)).loadMacros();
    expect(macroRequests().length - fetched).toBe(fetched);
  });
});
