import { htmlFromPlain, plainFromHtml } from "./commentBody";
import { nextEventId } from "./ids";
import type { CommentEvent, ZendeskData } from "./model";
import type { CommentInput } from "./ticketInput";

/**
 * Builds the Comment event of a ticket write, or null when the comment is empty (Zendesk adds no
 * comment then). Its `uploads` tokens are spent: their attachments move onto the comment.
 */
export function buildCommentEvent(data: ZendeskData, comment: CommentInput | undefined, authorId: number, auditId: number): CommentEvent | null {
  if (!comment) return null;
  const body = comment.body ?? (comment.html_body !== undefined ? plainFromHtml(comment.html_body) : "");
  const uploads = data.uploads.filter((u) => comment.uploads?.includes(u.token));
  if (body.trim() === "" && uploads.length === 0) return null;
  for (const upload of uploads) upload.used = true;
  return {
    id: nextEventId(data),
    type: "Comment",
    author_id: comment.author_id ?? authorId,
    body,
    html_body: comment.html_body ?? htmlFromPlain(body),
    plain_body: body,
    public: comment.public ?? true,
    attachments: uploads.flatMap((u) => u.attachments),
    audit_id: auditId,
  };
}
