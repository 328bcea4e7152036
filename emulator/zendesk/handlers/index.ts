import type { ZendeskStore } from "../store";
import { accountHandlers } from "./account";
import { AGENT_SUBMIT_PATH } from "../agentUi";
import { agentSubmitHandlers } from "./agentSubmit";
import { bulkUpdateHandlers } from "./bulkUpdate";
import { customStatusHandlers } from "./customStatuses";
import { gateway } from "./gateway";
import { macroEditHandlers } from "./macroEdits";
import { macroHandlers } from "./macros";
import { tagHandlers } from "./tags";
import { ticketFieldEditHandlers } from "./ticketFieldEdits";
import { ticketHandlers } from "./tickets";
import { attachmentContentHandler, uploadHandlers } from "./uploads";

/**
 * msw handlers for the emulated account's REST API on any origin (`*\/api/v2/...`) and the agent UI's
 * submit, answering from `store`. A gateway takes every request first (rate limit, faults) and hands it to the routes; macro routes precede ticket routes so
 * `/tickets/:tid/macros/:mid/apply` is not taken for something else, and `update_many` precedes `/tickets/:id`.
 */
export function zendeskHandlers(store: ZendeskStore) {
  const api = [
    ...macroHandlers(store),
    ...macroEditHandlers(store),
    ...tagHandlers(store),
    ...bulkUpdateHandlers(store),
    ...ticketHandlers(store),
    ...accountHandlers(store),
    ...ticketFieldEditHandlers(store),
    ...customStatusHandlers(store),
    ...uploadHandlers(store),
  ];
  return [gateway(store, "*/api/v2/*", () => api, true), attachmentContentHandler(store), ...agentUiHandlers(store)];
}

/** The agent UI's own endpoints (the host page's submit): faults armed on their paths apply, the API's rate limit does not. */
export function agentUiHandlers(store: ZendeskStore) {
  const submit = agentSubmitHandlers(store);
  return [gateway(store, `*${AGENT_SUBMIT_PATH}/*`, () => submit, false)];
}
