import { http } from "msw";
import { z } from "zod";
import type { ZendeskStore } from "../store";
import { toTags, TicketUpdate } from "../ticketInput";
import { idParam, notFound, routes, zendeskError, zendeskJson } from "./respond";
import { answerUpdateFailure } from "./updateFailure";

const TagsBody = z.object({
  tags: z.union([z.array(z.string()), z.string()]),
  safe_update: TicketUpdate.shape.safe_update,
  updated_stamp: z.string().optional(),
});

type TagEdit = (current: string[], given: string[]) => string[];

/** Set (POST) replaces the list, Add (PUT) adds to it, Remove (DELETE) takes away; docs "Tags" API reference. */
const EDITS: Record<"post" | "put" | "delete", TagEdit> = {
  post: (_current, given) => given,
  put: (current, given) => [...new Set([...current, ...given])],
  delete: (current, given) => current.filter((t) => !given.includes(t)),
};

/**
 * `GET/POST/PUT/DELETE /api/v2/tickets/{id}/tags.json` (docs "Tags"): each write is one ticket update
 * that changes only `tags`, so `safe_update` + a stale `updated_stamp` answers 409 and a closed ticket
 * refuses it ("The Add Tags, Set Tags, and Remove Tags endpoints cannot be used ... on closed tickets").
 */
export function tagHandlers(store: ZendeskStore) {
  const findTicket = (id: number | null) => store.data.tickets.find((t) => t.id === id);
  const write = (method: keyof typeof EDITS) =>
    routes("/tickets/:id/tags").map((p) =>
      http[method](p, async ({ params, request }) => {
        const ticket = findTicket(idParam(params.id));
        if (!ticket) return notFound();
        const parsed = TagsBody.safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return zendeskError(400, "InvalidRequest", 'Expected {"tags": [...]}');
        const { tags, safe_update, updated_stamp } = parsed.data;
        const outcome = store.updateTicket(ticket.id, {
          tags: EDITS[method](ticket.tags, toTags(tags)),
          ...(safe_update !== undefined ? { safe_update } : {}),
          ...(updated_stamp !== undefined ? { updated_stamp } : {}),
        });
        return outcome.kind === "updated" ? zendeskJson({ tags: outcome.ticket.tags }) : answerUpdateFailure(outcome);
      }),
    );
  return [
    ...routes("/tickets/:id/tags").map((p) =>
      http.get(p, ({ params }) => {
        const ticket = findTicket(idParam(params.id));
        return ticket ? zendeskJson({ tags: ticket.tags }) : notFound();
      }),
    ),
    ...write("post"),
    ...write("put"),
    ...write("delete"),
  ];
}
