import { AGENT_UI_HEADER } from "../zendesk/agentUi";
import type { Brand, Group, GroupMembership, Installation, Macro, Ticket, TicketField, User } from "../zendesk/model";

/** How the host reaches the account's REST API (same-origin fetch in the page, msw-intercepted fetch in Node). */
export type ApiFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** What the host knows about the account, loaded once per agent. */
export interface AccountSnapshot {
  subdomain: string;
  me: User;
  /** The account's agents and admins: whom a ticket can be assigned to (the editor's assignee choices). */
  agents: User[];
  myGroups: Group[];
  groups: Group[];
  brands: Brand[];
  fields: TicketField[];
  installation: Installation;
}

/** A ticket and the people on it, as the editor shows them. */
export interface TicketSnapshot {
  ticket: Ticket;
  requester: User | null;
  assignee: User | null;
}

/** The agent UI's reads are not counted against the API rate limit. */
const AGENT_UI_READ = { Accept: "application/json", [AGENT_UI_HEADER]: "1" };

async function getJson<T>(api: ApiFetch, path: string): Promise<T> {
  const response = await api(path, { headers: AGENT_UI_READ });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}; the host cannot show the ticket without it.`);
  return (await response.json()) as T;
}

export async function loadAccount(api: ApiFetch, subdomain: string, installationId: number): Promise<AccountSnapshot> {
  const [{ user: me }, { users: agents }, { groups }, { brands }, { ticket_fields: fields }, installation, { group_memberships }] = await Promise.all([
    getJson<{ user: User }>(api, "/api/v2/users/me.json"),
    getJson<{ users: User[] }>(api, "/api/v2/users.json?role[]=agent&role[]=admin"),
    getJson<{ groups: Group[] }>(api, "/api/v2/groups.json"),
    getJson<{ brands: Brand[] }>(api, "/api/v2/brands.json"),
    getJson<{ ticket_fields: TicketField[] }>(api, "/api/v2/ticket_fields.json"),
    getJson<Installation>(api, `/api/v2/apps/installations/${installationId}.json`),
    getJson<{ group_memberships: GroupMembership[] }>(api, "/api/v2/users/me/group_memberships.json"),
  ]);
  const myGroupIds = new Set(group_memberships.map((m) => m.group_id));
  return { subdomain, me, agents, groups, brands, fields, installation, myGroups: groups.filter((g) => myGroupIds.has(g.id)) };
}

export async function loadTicket(api: ApiFetch, ticketId: number): Promise<TicketSnapshot> {
  const { ticket } = await getJson<{ ticket: Ticket }>(api, `/api/v2/tickets/${ticketId}.json`);
  const user = async (id: number | null) => (id ? (await getJson<{ user: User }>(api, `/api/v2/users/${id}.json`)).user : null);
  const [requester, assignee] = await Promise.all([user(ticket.requester_id), user(ticket.assignee_id)]);
  return { ticket, requester, assignee };
}

export async function loadMacro(api: ApiFetch, macroId: number): Promise<Macro | null> {
  const response = await api(`/api/v2/macros/${macroId}.json`, { headers: AGENT_UI_READ });
  if (!response.ok) return null;
  return ((await response.json()) as { macro: Macro }).macro;
}
