import type { ZendeskStore } from "../store";
import { accountHandlers } from "./account";
import { bulkUpdateHandlers } from "./bulkUpdate";
import { faultHandler } from "./faultHandler";
import { macroHandlers } from "./macros";
import { tagHandlers } from "./tags";
import { ticketHandlers } from "./tickets";

/**
 * msw handlers for the emulated account's REST API on any origin (`*\/api/v2/...`), answering from
 * `store`. The fault catch-all comes first; macro routes precede ticket routes so
 * `/tickets/:tid/macros/:mid/apply` is not taken for something else, and `update_many` precedes `/tickets/:id`.
 */
export function zendeskHandlers(store: ZendeskStore) {
  return [faultHandler(store), ...macroHandlers(store), ...tagHandlers(store), ...bulkUpdateHandlers(store), ...ticketHandlers(store), ...accountHandlers(store)];
}
