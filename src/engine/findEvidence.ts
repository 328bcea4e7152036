import type { Step } from "../flows/schema";
import { isStepTag, isWorkTag } from "./progressTags";
import type { TicketSnapshot } from "./snapshot";

/** A file on the ticket that stands for an evidence item: its name and when its note was added (epoch ms). */
export type EvidenceFile = { name: string; at: number };

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
 * The step's evidence items found on the ticket: images and PDFs on internal notes added since the
 * step began, given to the evidence items in order, oldest file first, one file each. An item with
 * no file left is not found, whatever was ticked.
 */
export function findEvidence(step: Step, ticket: Pick<TicketSnapshot, "messages" | "events">): Map<string, EvidenceFile> {
  const since = stepStartedAt(step, ticket);
  const files = ticket.messages
    .filter((m) => !m.public && m.author === "agent" && m.at >= since)
    .sort((a, b) => a.at - b.at)
    .flatMap((m) => (m.attachments ?? []).filter((a) => isEvidenceFile(a.contentType)).map((a) => ({ name: a.name, at: m.at })));
  const items = (step.checklist ?? []).filter((i) => i.evidence);
  return new Map(items.flatMap((item, i) => (files[i] ? [[item.id, files[i]] as const] : [])));
}
