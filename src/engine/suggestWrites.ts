import type { Flow, Step, StepStatus } from "../flows/schema";
import { checkTag, flowTag, isStepTag, isWorkTag, stepTag, workTag } from "./progressTags";
import type { TicketSnapshot } from "./snapshot";

/** What applying a step puts on the ticket; the adapter resolves names (macro title, order state) to ids. */
export type WriteSet = {
  macro?: string;
  status?: StepStatus;
  orderState?: string;
  tags: { add: string[]; remove: string[] };
};

/**
 * Ruta's progress tags for having done `step`: the flow and this step, replacing the previous step
 * tag and any work-in-progress tag. Tags already in place are left out, so writing them twice changes nothing.
 */
export function progressTags(flow: Flow, step: Step, tags: readonly string[]): { add: string[]; remove: string[] } {
  return {
    add: [flowTag(flow.id), stepTag(step.id)].filter((t) => !tags.includes(t)),
    remove: tags.filter((t) => (isStepTag(t) && t !== stepTag(step.id)) || isWorkTag(t)),
  };
}

/** Tags for work saved on `step` before it is done: the flow and the step in progress, no other. */
export function workTags(flow: Flow, step: Step, tags: readonly string[]): { add: string[]; remove: string[] } {
  return {
    add: [flowTag(flow.id), workTag(step.id)].filter((t) => !tags.includes(t)),
    remove: tags.filter((t) => isWorkTag(t) && t !== workTag(step.id)),
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
export function checklistTags(step: Step, done: ReadonlySet<string>, tags: readonly string[]): { add: string[]; remove: string[] } {
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
