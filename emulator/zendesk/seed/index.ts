import type { ZendeskData } from "../model";
import { formatZendeskTime } from "../time";
import { ACCOUNT_SUBDOMAIN } from "./accountUrl";
import { seedBrands } from "./brands";
import { seedCustomStatuses } from "./customStatuses";
import { seedMacros } from "./buildMacros";
import { seedInstallation } from "./installation";
import { seedTicketFields } from "./ticketFields";
import { seedTickets } from "./tickets";
import { AGENT_IDS, seedGroupMemberships, seedGroups, seedUsers } from "./users";

/**
 * The default account: six brands, three staff, requesters, the "Estado de Pedido" field, every macro
 * the seeds name among ~100 others, the Ruta installation and seven tickets with history ending at `now`.
 */
export function defaultSeed(now: number = Date.now()): ZendeskData {
  const setupAt = formatZendeskTime(now - 90 * 24 * 60 * 60_000);
  const data: ZendeskData = {
    account: { subdomain: ACCOUNT_SUBDOMAIN, name: "Ruta Contact Center" },
    currentUserId: AGENT_IDS.carla,
    tickets: [],
    audits: [],
    users: seedUsers(setupAt),
    brands: seedBrands(setupAt),
    groups: seedGroups(setupAt),
    groupMemberships: seedGroupMemberships(),
    macros: seedMacros(setupAt),
    ticketFields: seedTicketFields(setupAt),
    installation: seedInstallation(setupAt),
    customStatuses: seedCustomStatuses(setupAt),
    uploads: [],
    attachmentFiles: {},
    jobStatuses: [],
    appName: "Ruta",
    appVersion: "1.0.0",
    lastEventId: 7_000_000_000,
  };
  seedTickets(data, now);
  return data;
}

export * from "./ids";
