/** The seeded account's well-known ids, for tests and the host page. */
export { TICKET_IDS } from "./tickets";
export { AGENT_IDS, REQUESTER_IDS, GROUP_IDS } from "./users";
export { BRAND_IDS } from "./brands";
export { FIELD_IDS } from "./ticketFields";
export { ORDER_STATE_FIELD_ID, ORDER_STATE_OPTIONS } from "./orderStates";
export { APP_ID, INSTALLATION_ID } from "./installation";
export { CUSTOM_STATUS_IDS } from "./customStatuses";
