import type { TicketStatus } from "../flows/schema";

/** A customer or agent message on the ticket; `at` is epoch milliseconds. */
export type Message = { author: "requester" | "agent"; body: string; public: boolean; at: number };

/** One audit the engine cares about: macros applied and tags added, in time order. */
export type TicketEvent =
  | { kind: "macro"; title: string; at: number }
  | { kind: "tags"; added: string[]; removed: string[]; at: number };

/**
 * What the engine knows of a ticket: the editor's current values plus the conversation and the audits.
 * The adapter builds it; the engine never reads Zendesk itself.
 */
export type TicketSnapshot = {
  id: number;
  subject: string;
  status: TicketStatus;
  tags: string[];
  channel: string;
  brand: { id: number; name: string; subdomain: string };
  formId?: number;
  /** The "Estado de Pedido" option name ("En progreso::En Gestión"), resolved from its tag by the adapter. */
  orderState?: string;
  requester: { name: string; email?: string; phone?: string };
  messages: Message[];
  events: TicketEvent[];
};
