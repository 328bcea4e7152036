import type { ZendeskStore } from "../store";
import { accountHandlers } from "./account";
import { AGENT_SUBMIT_PATH } from "../agentSubmitPath";
import { agentSubmitHandlers } from "./agentSubmit";
import { bulkUpdateHandlers } from "./bulkUpdate";
import { customStatusHandlers } from "./customStatuses";
import { faultHandler } from "./faultHandler";
import { macroHandlers } from "./macros";
import { tagHandlers } from "./tags";
import { ticketHandlers } from "./tickets";
import { uploadHandlers } from "./uploads";

/**
 * msw handlers for the emulated account's REST API on any origin (`*\/api/v2/...`) and the agent UI's
 * submit, answering from `store`. The fault catch-all comes first; macro routes precede ticket routes so
 * `/tickets/:tid/macros/:mid/apply` is not taken for something else, and `update_many` precedes `/tickets/:id`.
 */
export function zendeskHandlers(store: ZendeskStore) {
  return [
    faultHandler(store),
    ...macroHandlers(store),
    ...tagHandlers(store),
    ...bulkUpdateHandlers(store),
    ...ticketHandlers(store),
    ...accountHandlers(store),
    ...customStatusHandlers(store),
    ...uploadHandlers(store),
    ...agentUiHandlers(store),
  ];
}

/** The agent UI's own endpoints (the host page's submit), with faults armed on their paths. */
export function agentUiHandlers(store: ZendeskStore) {
  return [faultHandler(store, `*${AGENT_SUBMIT_PATH}/*`), ...agentSubmitHandlers(store)];
}
