import { ApiFailure } from "./apiError";
import { API } from "./paths";
import type { Rest } from "./rest";
import { CommentsPage, TicketEnvelope } from "./schemas";

/** Conflicts re-read and retried before the agent is asked to look again. */
export const MAX_CONFLICT_RETRIES = 3;

export type NoteWrite = { ticketId: number; body: string; tags: { add: string[]; remove: string[] }; updatedStamp: string };

export type NoteResult = { status: "written"; updatedAt: string } | { status: "alreadyThere" };

/**
 * Writes an internal note (and checklist tags) through the API with `safe_update`. On 409 it re-reads
 * the ticket: if the note is already there (an earlier try got through) it stops, else it retries
 * with the fresh `updated_at`. Safe to call again after any failure.
 */
export async function writeNote(rest: Rest, write: NoteWrite): Promise<NoteResult> {
  let stamp = write.updatedStamp;
  for (let attempt = 0; ; attempt++) {
    try {
      const { ticket } = await rest.send(
        rest.json(API.ticket(write.ticketId), "PUT", {
          ticket: {
            comment: { body: write.body, public: false },
            ...(write.tags.add.length ? { additional_tags: write.tags.add } : {}),
            ...(write.tags.remove.length ? { remove_tags: write.tags.remove } : {}),
            safe_update: true,
            updated_stamp: stamp,
          },
        }),
        TicketEnvelope,
      );
      return { status: "written", updatedAt: ticket.updated_at };
    } catch (failure) {
      if (!(failure instanceof ApiFailure) || failure.error.kind !== "conflict" || attempt >= MAX_CONFLICT_RETRIES) throw failure;
      const [{ ticket }, comments] = await Promise.all([
        rest.send({ url: API.ticket(write.ticketId), type: "GET" }, TicketEnvelope),
        rest.all(API.comments(write.ticketId), CommentsPage, (p) => p.comments),
      ]);
      if (comments.some((c) => !c.public && c.body.trim() === write.body.trim())) return { status: "alreadyThere" };
      stamp = ticket.updated_at;
    }
  }
}
