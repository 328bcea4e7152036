import type { TicketStatus } from "../flows/schema";

/** A file on a comment, as the ticket shows it (an evidence capture is an image or a PDF on an internal note). */
export type Attachment = { name: string; contentType: string };

/** A customer or agent message on the ticket; `at` is epoch milliseconds; `id` is Zendesk's comment id when known. */
export type Message = { id?: number; author: "requester" | "agent"; body: string; public: boolean; at: number; attachments?: Attachment[] };

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
  /** Values of the ticket fields the flows name by key ("cedula", "ciudad", "linea"…), resolved by the adapter. */
  fieldValues?: Record<string, string>;
  messages: Message[];
  events: TicketEvent[];
};
