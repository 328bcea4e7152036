/** The in-memory Zendesk account and its REST API as msw handlers. */
export { createZendesk, type ZendeskStore, type StoreChange, type Clock } from "./store";
export { zendeskHandlers, agentUiHandlers } from "./handlers";
export { AGENT_SUBMIT_PATH, AGENT_UI_HEADER } from "./agentUi";
export { defaultSeed } from "./seed";
export * from "./seed/ids";
export type * from "./model";
export type { FaultSpec, ArmedFault } from "./faults";
export { addLongTicket, type LongTicketOptions } from "./longTicket";
export { readMacroEffects, type MacroEffects } from "./macroEffects";
export { TicketUpdate, TicketCreate } from "./ticketInput";
