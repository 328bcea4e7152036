import type { Comment, User } from "../zendesk/model";
import type { ApiFetch } from "./hostData";

/** Bounds the pages followed, so a store that keeps answering `has_more` cannot hang the host. */
const MAX_COMMENT_PAGES = 50;

interface CommentsPage {
  comments: Comment[];
  next_page?: string | null;
  links?: { next?: string | null };
  meta?: { has_more?: boolean };
}

/** A ticket's conversation, oldest first, and its authors. */
export interface Conversation {
  comments: Comment[];
  authors: User[];
}

/** The whole conversation of a ticket, following the REST API's pages (offset or cursor), and its authors. */
export async function loadComments(api: ApiFetch, ticketId: number): Promise<Conversation> {
  const comments: Comment[] = [];
  let path: string | null = `/api/v2/tickets/${ticketId}/comments.json`;
  for (let page = 0; path && page < MAX_COMMENT_PAGES; page++) {
    const response = await api(path, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}; the host cannot show the conversation without it.`);
    const body = (await response.json()) as CommentsPage;
    comments.push(...body.comments);
    const next: string | null = body.meta?.has_more === false ? null : (body.links?.next ?? body.next_page ?? null);
    path = next ? new URL(next, "http://host.invalid").pathname + new URL(next, "http://host.invalid").search : null;
  }
  const authorIds = [...new Set(comments.map((c) => c.author_id))];
  const authors = await Promise.all(
    authorIds.map(async (id) => {
      const response = await api(`/api/v2/users/${id}.json`, { headers: { Accept: "application/json" } });
      return response.ok ? ((await response.json()) as { user: User }).user : null;
    }),
  );
  return { comments, authors: authors.filter((u): u is User => u !== null) };
}
