import type { Disposition, Step } from "../flows/schema";
import { hasWrites } from "./suggestWrites";

/**
 * How a leaf closes: what the customer is told — the step's macro, its speech, or the text its
 * disposition implies (go to the Sucursal Virtual with these documents, a requirement was created…) —
 * and what stays on the ticket: the step's own writes through Apply, else Ruta's closing note.
 */
export type Closing = { customer: { kind: "macro" } | { kind: "speech" } | { kind: "disposition"; disposition: Disposition } | undefined; record: "apply" | "note" };

/** Disposition kinds that tell the customer something; the others (close in OPEN, do not use) are the agent's alone. */
const TOLD: ReadonlySet<Disposition["kind"]> = new Set(["createTicket", "sucursalVirtual", "webForm", "emergencyNotice", "deliveryDelay", "otherChannel"]);

/** The closing of an end step; undefined for a step that is not a leaf. */
export function closingOf(step: Step): Closing | undefined {
  if (step.kind !== "end") return undefined;
  const d = step.disposition;
  const customer: Closing["customer"] = step.macro
    ? { kind: "macro" }
    : step.speech?.length
      ? { kind: "speech" }
      : d && TOLD.has(d.kind)
        ? { kind: "disposition", disposition: d }
        : undefined;
  return { customer, record: hasWrites(step) ? "apply" : "note" };
}
