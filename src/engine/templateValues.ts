import type { TemplateValues } from "./renderTemplate";
import type { TicketSnapshot } from "./snapshot";

export type Agent = { name: string; timeZone?: string; locale?: string };

/** Ticket and agent values every template may use, `date` and `time` in the agent's time zone. */
export function templateValues(ticket: TicketSnapshot, agent: Agent, now: number, typed: Record<string, string> = {}): TemplateValues {
  const zone = agent.timeZone ? { timeZone: agent.timeZone } : {};
  const at = new Date(now);
  return {
    "requester.name": ticket.requester.name,
    "requester.email": ticket.requester.email,
    "requester.phone": ticket.requester.phone,
    "agent.name": agent.name,
    "ticket.id": String(ticket.id),
    "brand.name": ticket.brand.name,
    date: new Intl.DateTimeFormat("es", { ...zone, day: "2-digit", month: "2-digit", year: "numeric" }).format(at),
    time: new Intl.DateTimeFormat("es", { ...zone, hour: "2-digit", minute: "2-digit", hour12: false }).format(at),
    ...typed,
  };
}
