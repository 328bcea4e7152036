import { TICKET_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "./setupZendesk";

const zendesk = useZendesk();

describe("GET /api/v2/macros.json", () => {
  it("pages with cursors of at most 100 macros until has_more is false", async () => {
    const titles: string[] = [];
    let next: string | null = "/api/v2/macros.json?page[size]=100";
    let pages = 0;
    while (next) {
      const body: any = await (await api(next.replace(/^https?:\/\/[^/]+/, ""))).json();
      expect(body.macros.length).toBeLessThanOrEqual(100);
      titles.push(...body.macros.map((m: { title: string }) => m.title));
      next = body.meta.has_more ? body.links.next : null;
      if (!body.meta.has_more) expect(body.links.next).toBeNull();
      pages += 1;
    }
    expect(pages).toBeGreaterThan(1);
    expect(titles).toHaveLength(zendesk.store().data.macros.length);
    expect(titles).toContain("BO::Despedida al resolver");
  });

  it("caps page[size] at 100", async () => {
    const body = await (await api("/api/v2/macros.json?page[size]=500")).json();
    expect(body.macros).toHaveLength(100);
  });

  it("lists only active macros on /macros/active", async () => {
    const body = await (await api("/api/v2/macros/active.json")).json();
    expect(body.macros.every((m: { active: boolean }) => m.active)).toBe(true);
    expect(body.count).toBeLessThan(zendesk.store().data.macros.length);
  });

  it("searches titles", async () => {
    const body = await (await api(`/api/v2/macros/search.json?query=${encodeURIComponent("Despedida al resolver")}`)).json();
    expect(body.macros.map((m: { title: string }) => m.title)).toEqual(["BO::Despedida al resolver"]);
  });

  it("previews a macro on a ticket without saving it", async () => {
    const macro = zendesk.store().data.macros.find((m) => m.title === "BO::Despedida al resolver")!;
    const body = await (await api(`/api/v2/tickets/${TICKET_IDS.prePostNew}/macros/${macro.id}/apply.json`)).json();
    expect(body.result.ticket).toMatchObject({ id: TICKET_IDS.prePostNew, status: "solved", comment: { public: true } });
    expect(body.result.ticket.comment.scoped_body[0][0]).toBe("channel:all");
    expect(zendesk.store().data.tickets.find((t) => t.id === TICKET_IDS.prePostNew)!.status).toBe("new");
  });
});
