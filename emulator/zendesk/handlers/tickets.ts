import { http } from "msw";
import { z } from "zod";
import type { ZendeskStore } from "../store";
import { TicketUpdate } from "../ticketUpdate";
import { answerUpdateFailure } from "./updateFailure";
import { idParam, notFound, paginateOffset, routes, zendeskError, zendeskJson } from "./respond";

const TicketUpdateBody = z.object({ ticket: TicketUpdate });

/** `GET/PUT /tickets/:id`, `/tickets/:id/comments`, `/tickets/:id/audits`, `/tickets` and `/tickets/show_many`. */
export function ticketHandlers(store: ZendeskStore) {
  const findTicket = (id: number | null) => (id === null ? undefined : store.data.tickets.find((t) => t.id === id));
  return [
    ...routes("/tickets/show_many").map((path) =>
      http.get(path, ({ request }) => {
        const ids = (new URL(request.url).searchParams.get("ids") ?? "").split(",").map(Number);
        return zendeskJson({ tickets: store.data.tickets.filter((t) => ids.includes(t.id)) });
      }),
    ),
    ...routes("/tickets/:id/comments").map((path) =>
      http.get(path, ({ params, request }) => {
        const ticket = findTicket(idParam(params.id));
        if (!ticket) return notFound();
        const url = new URL(request.url);
        const comments = store.comments(ticket.id);
        if (url.searchParams.get("sort_order") === "desc") comments.reverse();
        return zendeskJson(paginateOffset("comments", comments, url));
      }),
    ),
    ...routes("/tickets/:id/audits").map((path) =>
      http.get(path, ({ params, request }) => {
        const ticket = findTicket(idParam(params.id));
        if (!ticket) return notFound();
        const url = new URL(request.url);
        const audits = store.data.audits.filter((a) => a.ticket_id === ticket.id);
        if (url.searchParams.get("sort_order") === "desc") audits.reverse();
        return zendeskJson(paginateOffset("audits", audits, url));
      }),
    ),
    ...routes("/tickets/:id").map((path) =>
      http.get(path, ({ params }) => {
        const ticket = findTicket(idParam(params.id));
        return ticket ? zendeskJson({ ticket }) : notFound();
      }),
    ),
    ...routes("/tickets/:id").map((path) =>
      http.put(path, async ({ params, request }) => {
        const id = idParam(params.id);
        if (!findTicket(id) || id === null) return notFound();
        const parsed = TicketUpdateBody.safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return zendeskError(400, "InvalidRequest", `Invalid ticket update: ${parsed.error.issues[0]?.message ?? "bad body"}`);
        const outcome = store.updateTicket(id, parsed.data.ticket);
        return outcome.kind === "updated" ? zendeskJson({ ticket: outcome.ticket, audit: outcome.audit }) : answerUpdateFailure(outcome);
      }),
    ),
    ...routes("/tickets").map((path) =>
      http.get(path, ({ request }) => zendeskJson(paginateOffset("tickets", store.data.tickets, new URL(request.url)))),
    ),
  ];
}
