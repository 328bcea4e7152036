import { API } from "./paths";
import type { Rest } from "./rest";
import type * as z from "zod/mini";
import { ApiComment, CommentsPage } from "./schemas";

/** One page, newest first: a note Ruta just wrote is among them unless a hundred comments landed since. */
export const NEWEST_COMMENTS = 100;

/** The ticket's newest comments, newest first, in one bounded request whatever the ticket's length. */
export async function readNewestComments(rest: Rest, ticketId: number): Promise<z.infer<typeof ApiComment>[]> {
  const page = await rest.send({ url: API.newestComments(ticketId, NEWEST_COMMENTS), type: "GET" }, CommentsPage);
  return page.comments.slice(0, NEWEST_COMMENTS);
}
