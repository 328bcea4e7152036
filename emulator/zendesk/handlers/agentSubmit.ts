import { http } from "msw";
import { z } from "zod";
import { AGENT_SUBMIT_PATH } from "../agentUi";
import type { ZendeskStore } from "../store";
import { TicketUpdate } from "../ticketInput";
import { idParam, notFound, zendeskError, zendeskJson } from "./respond";
import { answerUpdateFailure } from "./updateFailure";


const SubmitBody = z.object({ ticket: TicketUpdate });

/**
 * The agent UI's submit (emulator-internal): the same ticket update as the REST PUT, except that the
 * macros the agent applied are recorded as AgentMacroReference events, as Zendesk's own agent UI
 * records them; the public PUT ignores `macro_ids` ("POST requests only" in the Tickets docs).
 */
export function agentSubmitHandlers(store: ZendeskStore) {
  return [
    http.put(`*${AGENT_SUBMIT_PATH}/:id.json`, async ({ params, request }) => {
      const id = idParam(params.id);
      if (id === null) return notFound();
      const parsed = SubmitBody.safeParse(await request.json().catch(() => undefined));
      if (!parsed.success) return zendeskError(400, "InvalidRequest", `Invalid ticket update: ${parsed.error.issues[0]?.message ?? "bad body"}`);
      const outcome = store.updateTicket(id, parsed.data.ticket, { macroReferences: true });
      return outcome.kind === "updated" ? zendeskJson({ ticket: outcome.ticket, audit: outcome.audit }) : answerUpdateFailure(outcome);
    }),
  ];
}
