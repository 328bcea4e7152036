import type { PageModel } from "./pageModel";
import { channelLabel, formatTime } from "./labels";

/** The ticket's conversation: public replies, and internal notes on yellow as Zendesk shows them. Text only, never HTML. */
export function Conversation({ model, ticketId }: { model: PageModel; ticketId: number }) {
  const comments = model.comments.value[ticketId] ?? [];
  return (
    <section class="conversation" aria-label="Conversación" data-testid="conversation">
      {comments.map((c) => {
        const author = model.users.value[c.author_id];
        const isAgent = author && author.role !== "end-user";
        return (
          <article key={c.id} class={`comment ${c.public ? "public" : "internal"} ${isAgent ? "agent" : "customer"}`} data-testid="comment">
            <header>
              <strong>{author?.name ?? `Usuario ${c.author_id}`}</strong>
              <span class="comment-meta">
                {c.public ? "" : "Nota interna · "}
                {isAgent ? "" : `${channelLabel(c.via)} · `}
                {formatTime(c.created_at)}
              </span>
            </header>
            <p class="comment-body">{c.body}</p>
            {c.attachments.length ? (
              <ul class="comment-attachments">
                {c.attachments.map((a) => (
                  <li key={a.id} data-testid="comment-attachment">
                    📎 {a.file_name} <span class="muted">({Math.max(1, Math.round(a.size / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
