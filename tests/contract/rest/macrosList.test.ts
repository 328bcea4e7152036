import { AGENT_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

const zendesk = useZendesk();
type Listed = { macros: { id: number; title: string; updated_at: string }[]; count?: number };
const list = async (query: string): Promise<Listed> => (await api(`/api/v2/macros.json?${query}`)).json();

// https://developer.zendesk.com/api-reference/ticketing/business-rules/macros/#list-macros
describe("Macros › List Macros: sort_by and sort_order", () => {
  it("lists alphabetically by default, ascending", async () => {
    const { macros } = await list("active=true");
    const titles = macros.map((m) => m.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "es")));
  });

  it("puts the most recently updated macro first with sort_by=updated_at (descending by default)", async () => {
    const store = zendesk.store();
    store.setCurrentUser(AGENT_IDS.veronica);
    const edited = store.data.macros.at(-1)!;
    await api(`/api/v2/macros/${edited.id}.json`, { method: "PUT", body: { macro: { title: `${edited.title} (editada)` } } });
    const newest = await list("active=true&sort_by=updated_at&per_page=1");
    expect(newest.macros.map((m) => m.id)).toEqual([edited.id]);
    expect(newest.count).toBe(store.data.macros.filter((m) => m.active).length);
    const ascending = (await list("active=true&sort_by=updated_at&sort_order=asc&per_page=100")).macros.map((m) => Date.parse(m.updated_at));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThan(Date.parse(newest.macros[0]!.updated_at));
  });

  it("refuses a sort_order that is neither asc nor desc", async () => {
    expect((await api("/api/v2/macros.json?sort_by=updated_at&sort_order=newest")).status).toBe(400);
  });
});
