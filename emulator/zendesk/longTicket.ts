import { htmlFromPlain } from "./commentBody";
import { nextEventId } from "./ids";
import type { Ticket, ZendeskData } from "./model";
import { BRAND_IDS } from "./seed/brands";
import { openTicket, VIA } from "./seed/openTicket";
import { FIELD_IDS } from "./seed/ticketFields";
import { AGENT_IDS, GROUP_IDS, REQUESTER_IDS } from "./seed/users";
import { formatZendeskTime, MINUTE_MS } from "./time";

export interface LongTicketOptions {
  /** Comments after the description, alternating the requester and the agent. */
  comments: number;
  /** Minutes between two comments; the last one is `spacingMinutes` before `now`. */
  spacingMinutes?: number;
  now?: number;
}

/**
 * Adds a Tigo Bolivia WhatsApp ticket with `comments` comments (one audit each) in a single pass, so a
 * 6,000-comment ticket is built in milliseconds; for tests of long conversations and pagination.
 */
export function addLongTicket(data: ZendeskData, options: LongTicketOptions): Ticket {
  const now = options.now ?? Date.now();
  const spacing = options.spacingMinutes ?? 1;
  const id = Math.max(0, ...data.tickets.map((t) => t.id)) + 1;
  const ticket = openTicket(data, {
    id,
    subject: `Conversación larga (${options.comments} mensajes)`,
    description: "Hola, quiero pasar mi línea prepago a un plan pospago.",
    requesterId: REQUESTER_IDS.marcelo, brandId: BRAND_IDS.tigoBo, groupId: GROUP_IDS.whatsappBo, assigneeId: AGENT_IDS.carla,
    via: VIA.whatsapp("+59171234567"), status: "open", tags: ["whatsapp", "tigo_bo"],
    customFields: [{ id: FIELD_IDS.lineNumber, value: "71234567" }], createdMinutesAgo: (options.comments + 1) * spacing,
  }, now);
  for (let i = 1; i <= options.comments; i += 1) {
    const fromCustomer = i % 2 === 1;
    const authorId = fromCustomer ? ticket.requester_id : AGENT_IDS.carla;
    const body = fromCustomer ? `Mensaje ${i} del cliente` : `Respuesta ${i} del agente`;
    const auditId = nextEventId(data);
    data.audits.push({
      id: auditId,
      ticket_id: id,
      created_at: formatZendeskTime(now - (options.comments + 1 - i) * spacing * MINUTE_MS),
      author_id: authorId,
      metadata: { system: {}, custom: {} },
      via: fromCustomer ? ticket.via : { channel: "web", source: { from: {}, to: {}, rel: null } },
      events: [{ id: nextEventId(data), type: "Comment", author_id: authorId, body, html_body: htmlFromPlain(body), plain_body: body, public: true, attachments: [], audit_id: auditId }],
    });
  }
  ticket.updated_at = data.audits.at(-1)?.created_at ?? ticket.updated_at;
  return ticket;
}
