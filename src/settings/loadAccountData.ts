import * as z from "zod/mini";
import type { Rest } from "../zendesk/rest";
import { MacrosPage, TicketFieldsPage } from "../zendesk/schemas";
import { API } from "../zendesk/paths";
import type { AccountData } from "./checkAccount";

const BrandsPage = z.looseObject({ brands: z.array(z.looseObject({ id: z.number(), name: z.string(), subdomain: z.string() })), next_page: z.nullish(z.string()) });
const GroupsPage = z.looseObject({ groups: z.array(z.looseObject({ id: z.number(), name: z.string() })), next_page: z.nullish(z.string()) });

/** REST paths only the doctor reads (developer.zendesk.com: "Brands", "Groups", "Ticket Fields"); the sidebar reads fields through ZAF. */
export const DOCTOR_API = { brands: "/api/v2/brands.json", groups: "/api/v2/groups.json", ticketFields: "/api/v2/ticket_fields.json" } as const;

/** Everything the doctor checks, read through the account's REST API (ZAF's client.request in the editor, fetch in the CLI). */
export async function loadAccountData(rest: Rest): Promise<AccountData> {
  const [brands, groups, macros, ticketFields] = await Promise.all([
    rest.all(DOCTOR_API.brands, BrandsPage, (p) => p.brands.map(({ id, name, subdomain }) => ({ id, name, subdomain }))),
    rest.all(DOCTOR_API.groups, GroupsPage, (p) => p.groups.map(({ id, name }) => ({ id, name }))),
    rest.all(API.macros, MacrosPage, (p) => p.macros.map(({ id, title, active }) => ({ id, title, active }))),
    rest.all(DOCTOR_API.ticketFields, TicketFieldsPage, (p) => p.ticket_fields),
  ]);
  return { brands, groups, macros, ticketFields };
}
