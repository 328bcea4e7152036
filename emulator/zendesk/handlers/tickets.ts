import { http } from "msw";
import { z } from "zod";
import type { ZendeskStore } from "../store";
import { TicketCreate, TicketUpdate } from "../ticketInput";
import { answerUpdateFailure } from "./updateFailure";
import { paginate, sortOrder } from "./paginate";
import { idParam, notFound, routes, zendeskError, zendeskJson } from "./respond";

const TicketUpdateBody = z.object({ ticket: TicketUpdate });
const TicketCreateBody = z.object({ ticket: TicketCreate });

/** A ticket's comments or audits, oldest first unless `sort_order=desc`, paginated by cursor or offset. */
function listSorted<T extends { id: number }>(key: string, items: T[], url: URL) {
  const order = sortOrder(url);
  if (!order) return zendeskError(400, "InvalidParameter", "sort_order must be asc or desc");
  return zendeskJson(paginate(key, order === "desc" ? [...items].reverse() : items, url));
}

const badBody = (error: z.ZodError) => zendeskError(400, "InvalidRequest", `Invalid ticket: ${error.issues[0]?.message ?? "bad body"}`);

/** `POST /tickets`, `GET/PUT /tickets/:id`, `/tickets/:id/comments`, `/tickets/:id/audits`, `/tickets` and `/tickets/show_many`. */
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
        return listSorted("comments", store.comments(ticket.id), new URL(request.url));
      }),
    ),
    ...routes("/tickets/:id/audits").map((path) =>
      http.get(path, ({ params, request }) => {
        const ticket = findTicket(idParam(params.id));
        if (!ticket) return notFound();
        return listSorted("audits", store.data.audits.filter((a) => a.ticket_id === ticket.id), new URL(request.url));
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
        if (!parsed.success) return badBody(parsed.error);
        const outcome = store.updateTicket(id, parsed.data.ticket);
        return outcome.kind === "updated" ? zendeskJson({ ticket: outcome.ticket, audit: outcome.audit }) : answerUpdateFailure(outcome);
      }),
    ),
    ...routes("/tickets").map((path) =>
      http.get(path, ({ request }) => zendeskJson(paginate("tickets", store.data.tickets, new URL(request.url)))),
    ),
    ...routes("/tickets").map((path) =>
      http.post(path, async ({ request }) => {
        const parsed = TicketCreateBody.safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return badBody(parsed.error);
        const outcome = store.createTicket(parsed.data.ticket);
        if (outcome.kind === "invalid") return zendeskError(422, "RecordInvalid", "Record validation errors", { details: outcome.details });
        return zendeskJson({ ticket: outcome.ticket, audit: outcome.audit }, 201, { Location: outcome.ticket.url });
      }),
    ),
  ];
}
