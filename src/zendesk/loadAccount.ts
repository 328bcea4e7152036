import type { AccountCache } from "./accountCache";
import { findOrderStateField } from "./orderStateField";
import { API } from "./paths";
import type { Rest } from "./rest";
import { type ApiMacro, type ApiTicketField, MacrosPage, TicketFieldsPage } from "./schemas";

/** What Ruta needs of the account, fetched once and shared by every ticket's sidebar. */
export type Account = { macros: ApiMacro[]; orderStateField?: ApiTicketField };

/** Loads the active macros and the "Estado de Pedido" field, from the cache when it is fresh. */
export async function loadAccount(rest: Rest, cache: AccountCache, subdomain: string, orderStateFieldId?: number): Promise<Account> {
  const key = `ruta:account:${subdomain}:${orderStateFieldId ?? "by-title"}`;
  const cached = cache.read<Account>(key);
  if (cached) return cached;
  const [macros, fields] = await Promise.all([
    rest.all(API.macros, MacrosPage, (p) => p.macros.map(({ id, title, active }) => ({ id, title, active }))),
    rest.all(API.ticketFields, TicketFieldsPage, (p) => p.ticket_fields),
  ]);
  const field = findOrderStateField(fields, orderStateFieldId);
  const account: Account = {
    macros,
    ...(field ? { orderStateField: { ...field, custom_field_options: (field.custom_field_options ?? []).map(({ id, name, value }) => ({ id, name, value })) } } : {}),
  };
  cache.write(key, account);
  return account;
}
