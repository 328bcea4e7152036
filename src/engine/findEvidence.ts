import type { Step } from "../flows/schema";
import { isStepTag, isWorkTag } from "./progressTags";
import type { TicketSnapshot } from "./snapshot";

/** A file on the ticket that stands for an evidence item: its name, when its message was added (epoch ms) and who sent it. */
export type EvidenceFile = { name: string; at: number; from: "customer" | "note" };

/** What counts as a capture or a document: an image or a PDF. */
const isEvidenceFile = (contentType: string) => contentType.startsWith("image/") || contentType === "application/pdf";

/**
 * When the ticket came to its current step: the last audit in which Ruta recorded another step
 * (its step or work tag), 0 when none did. Evidence for the step must be newer than that.
 */
export function stepStartedAt(step: Step, ticket: Pick<TicketSnapshot, "events">): number {
  const own = (tag: string) => tag.endsWith(step.id.replace(/[.-]/g, "_"));
  const moves = ticket.events.filter((e) => e.kind === "tags" && e.added.some((t) => (isStepTag(t) || isWorkTag(t)) && !own(t)));
  return moves.reduce((latest, e) => Math.max(latest, e.at), 0);
}

/**
 * The step's evidence items found on the ticket, from files (images and PDFs) added since the step began,
 * one file each, oldest first: internal notes' files go to the items the agent attaches, then the
 * customer's files to the items the customer sends, with the notes' files left over after them. An item
 * with no file left is not found, whatever was ticked; items in `recorded` (gathered from earlier notes) take none.
 */
export function findEvidence(step: Step, ticket: Pick<TicketSnapshot, "messages" | "events">, recorded: ReadonlySet<string> = new Set()): Map<string, EvidenceFile> {
  const since = stepStartedAt(step, ticket);
  const filesOf = (from: EvidenceFile["from"]) =>
    ticket.messages
      .filter((m) => m.at >= since && (from === "note" ? !m.public && m.author === "agent" : m.author === "requester"))
      .sort((a, b) => a.at - b.at)
      .flatMap((m) => (m.attachments ?? []).filter((a) => isEvidenceFile(a.contentType)).map((a): EvidenceFile => ({ name: a.name, at: m.at, from })));
  const items = (step.checklist ?? []).filter((i) => i.evidence && !recorded.has(i.id));
  const notes = filesOf("note");
  const byAgent = items.filter((i) => i.evidence === true);
  const byCustomer = items.filter((i) => i.evidence === "customer");
  const pool = [...filesOf("customer"), ...notes.slice(byAgent.length)];
  return new Map([
    ...byAgent.flatMap((item, i) => (notes[i] ? [[item.id, notes[i]] as const] : [])),
    ...byCustomer.flatMap((item, i) => (pool[i] ? [[item.id, pool[i]] as const] : [])),
  ]);
}
