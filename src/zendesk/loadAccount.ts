import type { IndexedMacro } from "./matchMacro";
import type { ApiTicketField } from "./schemas";

/**
 * What an Apply needs of the account: the macros (loaded by `loadMacros` at the first Apply or when
 * idle) and the "Estado de Pedido" field (read through ZAF with the ticket).
 */
export type Account = { macros: IndexedMacro[]; orderStateField?: ApiTicketField };
