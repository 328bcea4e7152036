import type { ZendeskStore } from "../store";
import { zendeskError } from "./respond";

/** Zendesk's 403 for an agent calling an admin endpoint; null when the current user is an admin. */
export function refuseNonAdmin(store: ZendeskStore) {
  return store.currentUser().role === "admin"
    ? null
    : zendeskError(403, "Forbidden", "You do not have access to this page. Please contact the account owner of this help desk for further help.");
}
