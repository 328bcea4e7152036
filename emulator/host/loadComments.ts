import type { Comment, User } from "../zendesk/model";
import type { ApiFetch } from "./hostData";

/**
 * How many of the newest comments `ticket.comments` holds. The docs do not promise the whole conversation
 * and Zendesk's ticket view loads it in pages: the stricter reading gives one page, so an app that needs
 * older comments reads them through the REST API.
 */
export const CONVERSATION_COMMENTS = 100;

/** The newest comments of a ticket, newest first, and their authors. */
export interface Conversation {
  comments: Comment[];
  authors: User[];
}

async function getJson<T>(api: ApiFetch, path: string): Promise<T | null> {
  const response = await api(path, { headers: { Accept: "application/json" } });
  return response.ok ? ((await response.json()) as T) : null;
}

/** Reads the newest page of a ticket's comments (one REST request) and the users who wrote them. */
export async function loadComments(api: ApiFetch, ticketId: number): Promise<Conversation> {
  const path = `/api/v2/tickets/${ticketId}/comments.json?sort_order=desc&page[size]=${CONVERSATION_COMMENTS}`;
  const page = await getJson<{ comments: Comment[] }>(api, path);
  if (!page) throw new Error(`GET ${path} failed; the host cannot show the conversation without it.`);
  const authorIds = [...new Set(page.comments.map((c) => c.author_id))];
  const authors = await Promise.all(authorIds.map(async (id) => (await getJson<{ user: User }>(api, `/api/v2/users/${id}.json`))?.user ?? null));
  return { comments: page.comments, authors: authors.filter((u): u is User => u !== null) };
}
