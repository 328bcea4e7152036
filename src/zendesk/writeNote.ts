import { ApiFailure } from "./apiError";
import { markNote, noteMarker, readMarker } from "./noteMarker";
import { API } from "./paths";
import { readNewestComments } from "./readNewestComments";
import type { OnWait, Rest } from "./rest";
import { TicketEnvelope } from "./schemas";

/** Conflicts re-read and retried before the agent is asked to look again. */
export const MAX_CONFLICT_RETRIES = 3;

/**
 * What a save puts on the ticket, worked out from the ticket's tags as they stand: the note, the whole
 * new tag list, and the ticket fields the typed values go back to.
 */
export type NotePlan = { body: string; tags: string[]; fields?: { id: number; value: string }[] };

/**
 * A save as an intent rather than a diff: `plan` is asked again with the fresh tags after a conflict, so
 * tags another agent or a trigger added meanwhile survive and progress recorded meanwhile is not undone.
 * `plan` returns undefined when nothing is left to write.
 */
export type NoteIntent = {
  ticketId: number;
  stepId: string;
  /** The ticket as the sidebar read it. */
  tags: readonly string[];
  updatedStamp: string;
  plan: (tags: readonly string[]) => NotePlan | undefined;
  onWait?: OnWait;
};

/** Ruta's own tag changes, for mirroring them into the editor. */
export type TagChanges = { add: string[]; remove: string[] };

export type NoteResult =
  | { status: "written"; updatedAt: string; tags: TagChanges }
  | { status: "alreadyThere"; tags: TagChanges }
  | { status: "unchanged" };

const changesBetween = (from: readonly string[], to: readonly string[]): TagChanges => ({
  add: to.filter((t) => !from.includes(t)),
  remove: from.filter((t) => !to.includes(t)),
});

/** Failures after which the write may have landed all the same (the reply was lost or unreadable). */
const maybeLanded = (failure: unknown) =>
  failure instanceof ApiFailure && (["server", "network", "timeout"].includes(failure.error.kind) || (failure.error.kind === "invalid" && failure.error.status === 200));

/** The markers of the internal notes among the ticket's newest comments. */
async function markersOnTicket(rest: Rest, ticketId: number): Promise<Set<string | undefined>> {
  const comments = await readNewestComments(rest, ticketId);
  return new Set(comments.filter((c) => !c.public).map((c) => readMarker(c.body)));
}

/**
 * Writes a save in one PUT: the internal note (with a marker derived from ticket, step and text) and
 * the whole tag list, under `safe_update`. On 409 it re-reads the ticket and its newest comments and
 * plans again from the fresh tags; a marker already on the ticket means the note landed, so only tags
 * still missing are written. After a failure whose reply was lost (5xx, dropped connection, unreadable
 * body) it looks for the marker before reporting the failure, and a save that changes no tag looks for it
 * before writing. Safe to call again after any outcome.
 */
export async function writeNote(rest: Rest, intent: NoteIntent): Promise<NoteResult> {
  let tags = intent.tags;
  let stamp = intent.updatedStamp;
  let noteOnTicket = false;
  for (let attempt = 0; ; attempt++) {
    const plan = intent.plan(tags);
    if (!plan) return { status: "unchanged" };
    const marker = noteMarker(intent.ticketId, intent.stepId, plan.body);
    const changes = changesBetween(tags, plan.tags);
    const noTagChange = changes.add.length + changes.remove.length === 0;
    if (noteOnTicket && noTagChange) return { status: "alreadyThere", tags: changes };
    // A save that changes no tag writes only its note: the same save again, whose first write the sidebar
    // may not have seen yet. One read of the newest comments tells.
    if (attempt === 0 && noTagChange && (await markersOnTicket(rest, intent.ticketId)).has(marker)) return { status: "alreadyThere", tags: changes };
    try {
      const { ticket } = await rest.send(
        rest.json(API.ticket(intent.ticketId), "PUT", {
          ticket: {
            ...(noteOnTicket ? {} : { comment: { body: markNote(plan.body, marker), public: false } }),
            tags: plan.tags,
            ...(plan.fields?.length ? { custom_fields: plan.fields } : {}),
            safe_update: true,
            updated_stamp: stamp,
          },
        }),
        TicketEnvelope,
        intent.onWait,
      );
      return noteOnTicket ? { status: "alreadyThere", tags: changes } : { status: "written", updatedAt: ticket.updated_at, tags: changes };
    } catch (failure) {
      const conflict = failure instanceof ApiFailure && failure.error.kind === "conflict";
      if (!conflict && !maybeLanded(failure)) throw failure;
      if (conflict && attempt >= MAX_CONFLICT_RETRIES) throw failure;
      const [{ ticket }, markers] = await Promise.all([
        rest.send({ url: API.ticket(intent.ticketId), type: "GET" }, TicketEnvelope, intent.onWait),
        markersOnTicket(rest, intent.ticketId),
      ]);
      if (!conflict) {
        if (markers.has(marker)) return { status: "written", updatedAt: ticket.updated_at, tags: changes };
        throw failure;
      }
      tags = ticket.tags;
      stamp = ticket.updated_at;
      const fresh = intent.plan(tags);
      noteOnTicket = fresh !== undefined && markers.has(noteMarker(intent.ticketId, intent.stepId, fresh.body));
    }
  }
}
