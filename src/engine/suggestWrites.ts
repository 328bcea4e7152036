import type { Flow, Step, StepStatus } from "../flows/schema";
import { checkTag, flowTag, isOtherStepCheckTag, isStepTag, isWorkTag, stepTag, workTag } from "./progressTags";
import type { TicketSnapshot } from "./snapshot";

/** What applying a step puts on the ticket; the adapter resolves names (macro title, order state) to ids. */
export type WriteSet = {
  macro?: string;
  status?: StepStatus;
  orderState?: string;
  tags: { add: string[]; remove: string[] };
};

type TagChanges = { add: string[]; remove: string[] };
const NO_TAGS: TagChanges = { add: [], remove: [] };

/**
 * Ruta's progress tags for having done `step`: the flow and this step, replacing the previous step
 * tag, any work-in-progress tag and the checklist tags of other steps (their notes record their ticks),
 * so a finished ticket carries the flow and its last step only. Tags already in place are left out,
 * so writing them twice changes nothing.
 */
export function progressTags(flow: Flow, step: Step, tags: readonly string[]): TagChanges {
  return {
    add: [flowTag(flow.id), stepTag(step.id)].filter((t) => !tags.includes(t)),
    remove: tags.filter((t) => (isStepTag(t) && t !== stepTag(step.id)) || isWorkTag(t) || isOtherStepCheckTag(t, step.id)),
  };
}

/** Tags for work saved on `step` before it is done: the flow and the step in progress, no other (nor other steps' checklist tags). */
export function workTags(flow: Flow, step: Step, tags: readonly string[]): TagChanges {
  return {
    add: [flowTag(flow.id), workTag(step.id)].filter((t) => !tags.includes(t)),
    remove: tags.filter((t) => (isWorkTag(t) && t !== workTag(step.id)) || isOtherStepCheckTag(t, step.id)),
  };
}

/** True when the step itself writes something to the ticket (beyond Ruta's own progress tags). */
export function hasWrites(step: Step): boolean {
  return Boolean(step.macro || step.status || step.orderState || step.tags?.add?.length || step.tags?.remove?.length);
}

/** The step's writes plus Ruta's progress tags; idempotent like progressTags(). */
export function suggestWrites(flow: Flow, step: Step, ticket: Pick<TicketSnapshot, "tags">): WriteSet {
  const progress = progressTags(flow, step, ticket.tags);
  const add = [...progress.add, ...(step.tags?.add ?? []).filter((t) => !ticket.tags.includes(t))];
  const remove = [...progress.remove, ...(step.tags?.remove ?? []).filter((t) => ticket.tags.includes(t))];
  return {
    ...(step.macro ? { macro: step.macro } : {}),
    ...(step.status ? { status: step.status } : {}),
    ...(step.orderState ? { orderState: step.orderState } : {}),
    tags: { add: [...new Set(add)], remove: [...new Set(remove)] },
  };
}

/** Tags for the checklist items done on a step, and those to take off when an item is unticked. */
export function checklistTags(step: Step, done: ReadonlySet<string>, tags: readonly string[]): TagChanges {
  const items = step.checklist ?? [];
  return {
    add: items.filter((i) => done.has(i.id)).map((i) => checkTag(step.id, i.id)).filter((t) => !tags.includes(t)),
    remove: items.filter((i) => !done.has(i.id)).map((i) => checkTag(step.id, i.id)).filter((t) => tags.includes(t)),
  };
}

/** Checklist items the tags record as done. */
export function doneItems(step: Step, tags: readonly string[]): Set<string> {
  return new Set((step.checklist ?? []).filter((i) => tags.includes(checkTag(step.id, i.id))).map((i) => i.id));
}

/**
 * The tags a checklist save on `step` writes, from the ticket's tags as they stand now (asked again after
 * a conflict). The step counts as done only once every required item is and it writes nothing itself (a
 * step with a macro, status or order state is done by its Apply, or the sidebar would move on past an
 * Apply not made yet); a partial save marks it in progress unless the ticket already stands on it.
 * `moved`: progress was recorded since the sidebar read the ticket (another tab, another agent): the save
 * writes its note and no tag, so a stale save never moves progress back nor brings old checklist tags back.
 * `withApply`: the note goes with the step's Apply, whose submit records the step: only its ticks, no
 * in-progress tag for the editor to take off again.
 */
export function checklistSaveTags(flow: Flow, step: Step, done: ReadonlySet<string>, tags: readonly string[], { moved = false, withApply = false } = {}): TagChanges {
  if (moved) return NO_TAGS;
  const complete = (step.checklist ?? []).every((i) => !i.required || done.has(i.id)) && !hasWrites(step);
  const onStep = withApply || tags.includes(stepTag(step.id));
  const progress = complete ? progressTags(flow, step, tags) : onStep ? NO_TAGS : workTags(flow, step, tags);
  const checks = checklistTags(step, done, tags);
  return { add: [...progress.add, ...checks.add], remove: [...new Set([...progress.remove, ...checks.remove])] };
}
