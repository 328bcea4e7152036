import type { UpdateOutcome } from "../ticketUpdate";
import { notFound, zendeskError } from "./respond";

/** Zendesk's answer to a ticket update that did not happen: 404, 409 UpdateConflict or 422 RecordInvalid. */
export function answerUpdateFailure(outcome: Exclude<UpdateOutcome, { kind: "updated" }>) {
  switch (outcome.kind) {
    case "not-found":
      return notFound();
    case "conflict":
      return zendeskError(409, "UpdateConflict", "Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.");
    case "invalid":
      return zendeskError(422, "RecordInvalid", "Record validation errors", { details: outcome.details });
  }
}
