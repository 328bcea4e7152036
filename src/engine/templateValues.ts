import type { TemplateValues } from "./renderTemplate";
import type { TicketSnapshot } from "./snapshot";

export type Agent = { name: string; timeZone?: string; locale?: string };

type Formatters = { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat };
/** One pair per time zone: building an Intl formatter costs far more than formatting with it. */
const FORMATTERS = new Map<string, Formatters>();

function formattersFor(timeZone: string | undefined): Formatters {
  const key = timeZone ?? "";
  let found = FORMATTERS.get(key);
  if (!found) {
    const zone = timeZone ? { timeZone } : {};
    found = {
      date: new Intl.DateTimeFormat("es", { ...zone, day: "2-digit", month: "2-digit", year: "numeric" }),
      time: new Intl.DateTimeFormat("es", { ...zone, hour: "2-digit", minute: "2-digit", hour12: false }),
    };
    FORMATTERS.set(key, found);
  }
  return found;
}

/**
 * Ticket and agent values every template may use, `date` and `time` in the agent's time zone: formatted
 * only when a template reads them (the first formatter of a page loads the locale's data, ≈ 30 ms).
 */
export function templateValues(ticket: TicketSnapshot, agent: Agent, now: number, typed: Record<string, string> = {}): TemplateValues {
  const at = new Date(now);
  return {
    "requester.name": ticket.requester.name,
    "requester.email": ticket.requester.email,
    "requester.phone": ticket.requester.phone,
    "agent.name": agent.name,
    "ticket.id": String(ticket.id),
    "brand.name": ticket.brand.name,
    get date() {
      return formattersFor(agent.timeZone).date.format(at);
    },
    get time() {
      return formattersFor(agent.timeZone).time.format(at);
    },
    ...typed,
  };
}
