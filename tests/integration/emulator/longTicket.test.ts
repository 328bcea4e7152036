import { addLongTicket, createZendesk } from "../../../emulator/zendesk";
import { api, useZendesk } from "./setupZendesk";

const zendesk = useZendesk();

describe("addLongTicket()", () => {
  it("builds a 6,000-comment ticket fast, oldest first, ending a minute ago", () => {
    const store = createZendesk();
    const started = performance.now();
    const ticket = addLongTicket(store.data, { comments: 6000, now: Date.parse("2026-12-01T12:00:00Z") });
    // One pass: linear in the comments (a quadratic build would take minutes); the bound is loose for a loaded machine.
    expect(performance.now() - started).toBeLessThan(5000);
    const comments = store.comments(ticket.id);
    expect(comments).toHaveLength(6001);
    expect(comments.at(-1)).toMatchObject({ body: "Respuesta 6000 del agente", created_at: "2026-12-01T11:59:00Z" });
    expect(ticket.updated_at).toBe("2026-12-01T11:59:00Z");
  });

  it("pages through every comment newest first by cursor", async () => {
    const ticket = zendesk.store().addLongTicket(1500);
    let next: string | null = `https://ruta-cc.zendesk.com/api/v2/tickets/${ticket.id}/comments.json?sort_order=desc&page[size]=100`;
    let count = 0;
    let first: string | undefined;
    while (next) {
      const body: { comments: { body: string }[]; links: { next: string | null } } = await (await fetch(next)).json();
      first ??= body.comments[0]?.body;
      count += body.comments.length;
      next = body.links.next;
    }
    expect(count).toBe(1501);
    expect(first).toBe("Respuesta 1500 del agente");
    expect((await api(`/api/v2/tickets/${ticket.id}.json`)).status).toBe(200);
  }, 60_000);
});
