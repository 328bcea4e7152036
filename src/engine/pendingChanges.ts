import type { Flow, Step } from "../flows/schema";
import { type Change, diffWrites } from "./diffWrites";
import { stepTag } from "./progressTags";
import type { TicketSnapshot } from "./snapshot";
import { suggestWrites } from "./suggestWrites";

/**
 * True once a submit recorded `step` as applied: its tag is on the ticket and the last audit touching
 * that tag added it. The step tag goes on with the step's macro in one Apply, so its macro was applied
 * then. A tag only in the editor does not count: a macro that failed there can still be applied again.
 */
export function stepRecorded(step: Step, ticket: Pick<TicketSnapshot, "tags" | "events">): boolean {
  const tag = stepTag(step.id);
  const last = ticket.events.findLast((e) => e.kind === "tags" && (e.added.includes(tag) || e.removed.includes(tag)));
  return ticket.tags.includes(tag) && last?.kind === "tags" && last.added.includes(tag);
}

/**
 * What applying `step` would still change in the editor: its writes and Ruta's progress tags, less
 * what is already there and the macro the editor has (`inEditor`, macros applied since the last read).
 * Nothing once a submit recorded the step: what changed since (a customer reply reopens a ticket on
 * hold) is the ticket's life, not a write still owed.
 */
export function pendingChanges(flow: Flow, step: Step, ticket: TicketSnapshot, inEditor: readonly string[]): Change[] {
  if (stepRecorded(step, ticket)) return [];
  return diffWrites(suggestWrites(flow, step, ticket), {
    status: ticket.status,
    ...(ticket.orderState ? { orderState: ticket.orderState } : {}),
    tags: ticket.tags,
    appliedMacros: [...inEditor],
  });
}
