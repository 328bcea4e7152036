import type { Step, TicketFieldKey, ValueSource } from "../flows/schema";
import type { TicketSnapshot } from "./snapshot";

/** A value the sidebar offers before the agent types: where it came from, and the value. */
export type Prefill = { value: string; from: ValueSource | "earlier" };

const fromField = (key: TicketFieldKey) => (t: TicketSnapshot) => t.fieldValues?.[key];

/** How each source reads the ticket. */
const SOURCES: Record<ValueSource, (t: TicketSnapshot) => string | undefined> = {
  "requester.name": (t) => t.requester.name,
  "requester.email": (t) => t.requester.email,
  "requester.phone": (t) => t.requester.phone,
  "ticket.cedula": fromField("cedula"),
  "ticket.ciudad": fromField("ciudad"),
  "ticket.linea": fromField("linea"),
  "ticket.syshelp": fromField("syshelp"),
};

/** The ticket field a typed value goes back to, if its source is one. */
export function fieldOf(source: ValueSource | undefined): TicketFieldKey | undefined {
  return source?.startsWith("ticket.") ? (source.slice("ticket.".length) as TicketFieldKey) : undefined;
}

/**
 * What the sidebar offers for a step's typed items: a value typed for the same item at an earlier step
 * (`earlier`, by item id) first, the freshest, else what the item's source holds on the ticket. Empty
 * values are never offered.
 */
export function prefillOf(step: Step, ticket: TicketSnapshot, earlier: Readonly<Record<string, string>> = {}): Map<string, Prefill> {
  const offered = new Map<string, Prefill>();
  for (const item of step.checklist ?? []) {
    if (!item.value) continue;
    const typed = earlier[item.id]?.trim();
    const known = item.value.from && SOURCES[item.value.from](ticket)?.trim();
    if (typed) offered.set(item.id, { value: typed, from: "earlier" });
    else if (known && item.value.from) offered.set(item.id, { value: known, from: item.value.from });
  }
  return offered;
}
