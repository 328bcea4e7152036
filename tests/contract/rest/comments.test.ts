import { TICKET_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

const zendesk = useZendesk();
const id = TICKET_IDS.tboComplaint;

function addNotes(count: number) {
  for (let i = 1; i <= count; i += 1) zendesk.store().updateTicket(id, { comment: { body: `Nota ${i}`, public: false } });
}

async function walk(first: string, key: "comments" | "audits") {
  const seen: { id: number }[] = [];
  let next: string | null = first;
  while (next) {
    const body: { meta: { has_more: boolean; after_cursor: string | null }; links: { next: string | null } } & Record<string, { id: number }[]> = await (await fetch(next)).json();
    seen.push(...body[key]!);
    expect(body.links.next === null).toBe(!body.meta.has_more);
    next = body.links.next;
  }
  return seen;
}

// https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#list-comments
// https://developer.zendesk.com/api-reference/introduction/pagination/
describe("Ticket Comments › List Comments: sort_order and cursor pagination", () => {
  it("lists oldest first by default and newest first with sort_order=desc", async () => {
    addNotes(3);
    const asc = (await (await api(`/api/v2/tickets/${id}/comments.json`)).json()).comments.map((c: { body: string }) => c.body);
    const desc = (await (await api(`/api/v2/tickets/${id}/comments.json?sort_order=desc`)).json()).comments.map((c: { body: string }) => c.body);
    expect(asc.slice(-3)).toEqual(["Nota 1", "Nota 2", "Nota 3"]);
    expect(desc).toEqual([...asc].reverse());
  });

  it("pages by page[size] with meta.has_more, meta.after_cursor and links.next until every comment is seen once", async () => {
    addNotes(11);
    const all = store().comments(id);
    const first = await (await api(`/api/v2/tickets/${id}/comments.json?page[size]=5`)).json();
    expect(first.comments).toHaveLength(5);
    expect(first.meta).toEqual({ has_more: true, after_cursor: expect.any(String), before_cursor: expect.any(String) });
    expect(first.links.next).toContain("page%5Bafter%5D=");
    const seen = await walk(`https://ruta-cc.zendesk.com/api/v2/tickets/${id}/comments.json?page[size]=5`, "comments");
    expect(seen.map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  it("keeps a desc walk whole when a comment arrives between pages", async () => {
    addNotes(6);
    const before = store().comments(id).map((c) => c.id).reverse();
    const first = await (await api(`/api/v2/tickets/${id}/comments.json?sort_order=desc&page[size]=4`)).json();
    addNotes(1);
    const rest = await walk(first.links.next, "comments");
    expect([...first.comments, ...rest].map((c: { id: number }) => c.id)).toEqual(before);
  });

  it("caps page[size] at 100", async () => {
    addNotes(120);
    const body = await (await api(`/api/v2/tickets/${id}/comments.json?page[size]=500`)).json();
    expect(body.comments).toHaveLength(100);
    expect(body.meta.has_more).toBe(true);
  });

  it("pages by offset (page, per_page) with count and next_page when no page[...] is given", async () => {
    addNotes(4);
    const body = await (await api(`/api/v2/tickets/${id}/comments.json?per_page=2&page=2`)).json();
    expect(body.comments).toHaveLength(2);
    expect(body.count).toBe(store().comments(id).length);
    expect(body.next_page).toContain("page=3");
    expect(body.previous_page).toContain("page=1");
  });

  it("refuses a sort_order that is neither asc nor desc (docs list only those; stricter reading)", async () => {
    expect((await api(`/api/v2/tickets/${id}/comments.json?sort_order=newest`)).status).toBe(400);
  });
});

// https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/#list-audits-for-a-ticket
describe("Ticket Audits › List Audits for a Ticket: cursor pagination", () => {
  it("walks every audit once with page[size]", async () => {
    addNotes(7);
    const seen = await walk(`https://ruta-cc.zendesk.com/api/v2/tickets/${id}/audits.json?page[size]=3`, "audits");
    expect(seen.map((a) => a.id)).toEqual(store().data.audits.filter((a) => a.ticket_id === id).map((a) => a.id));
  });
});

const store = () => zendesk.store();
