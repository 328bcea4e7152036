import * as z from "zod/mini";

/** Zendesk API values of a ticket's status; the seeds name them in Spanish (status.* in translations/). */
export const TICKET_STATUSES = ["new", "open", "pending", "hold", "solved", "closed"] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** The statuses a step may leave a ticket in: an agent never sets "new", and only automations close a ticket. */
export const STEP_STATUSES = ["open", "pending", "hold", "solved"] as const;
export const StepStatus = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof StepStatus>;

/** How Zendesk nests a name: macro categories ("Móvil::WhatsApp::…") and dropdown options ("En progreso::En Gestión"). */
export const NAME_SEPARATOR = "::";

/** True when `path` is "A::B::C": non-empty segments, no spaces around "::", no other separator. */
export function isCanonicalPath(path: string): boolean {
  const segments = path.split(NAME_SEPARATOR);
  return segments.every((s) => s.length > 0 && s === s.trim() && !s.includes(">") && !s.includes(":"));
}

/** A macro's canonical title, "Móvil::WhatsApp::Migración Pre a Post::Oferta::…", as Zendesk nests categories. */
export const MacroPath = z.string().check(
  z.refine(isCanonicalPath, { message: 'Macro path must be canonical "A::B::C" (no spaces around "::", no ">")' }),
);
export type MacroPath = z.infer<typeof MacroPath>;

/** An "Estado de Pedido" option name, nested with "::" like Zendesk dropdown options ("En progreso::En Gestión"). */
export const OrderState = z.string().check(
  z.refine(isCanonicalPath, { message: 'Order state must be canonical "A::B" (no spaces around "::")' }),
);
export type OrderState = z.infer<typeof OrderState>;

/** Stable, readable, dotted ids: "pre-post.oferta.linea-confirmada". */
export const STEP_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
export const StepId = z.string().check(z.regex(STEP_ID_PATTERN, "Ids are lower-case words joined by '-' and '.'"));
export type StepId = z.infer<typeof StepId>;

/** Short local ids (checklist items, options, replies): "ci-anverso". */
export const LocalId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Local ids are lower-case words joined by '-'"));

/** A plain tag as Zendesk stores it: no spaces, lower case. */
export const Tag = z.string().check(z.regex(/^[a-z0-9_\-:.]+$/, "Tags are lower-case with no spaces"));

/** Formats a typed value can be checked against; validateValue() in the engine holds the rules. */
export const VALUE_FORMATS = [
  "text",
  "number",
  "date",
  "email",
  "phoneIntl",
  "phoneBo",
  "phonePy",
  "phoneEc",
  "phonePe",
  "ciBo",
  "ciPy",
  "nitBo",
  "rucPy",
  "rucPe",
  "url",
] as const;
export const ValueFormat = z.enum(VALUE_FORMATS);
export type ValueFormat = z.infer<typeof ValueFormat>;

/** Ticket fields a typed value may come from and go back to, by key (the adapter finds each by its title). */
export const TICKET_FIELD_KEYS = ["cedula", "ciudad", "linea", "syshelp"] as const;
export type TicketFieldKey = (typeof TICKET_FIELD_KEYS)[number];

/**
 * Where the ticket already knows a typed value: the requester's profile or a ticket field. A value from a
 * ticket field is written back to it when the agent saves another one.
 */
export const VALUE_SOURCES = ["requester.name", "requester.email", "requester.phone", ...TICKET_FIELD_KEYS.map((k) => `ticket.${k}` as const)] as const;
export const ValueSource = z.enum(VALUE_SOURCES);
export type ValueSource = z.infer<typeof ValueSource>;

/** Placeholders every template may use, filled from the ticket and the agent; checklist values add `{{<itemId>}}`. */
export const TICKET_PLACEHOLDERS = [
  "requester.name",
  "requester.email",
  "requester.phone",
  "agent.name",
  "ticket.id",
  "brand.name",
  "date",
  "time",
] as const;

/** A `{{name}}` placeholder; the one definition the lint and the engine's renderTemplate() share. */
export const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9.\-_]+)\s*\}\}/g;

/** Names used as `{{name}}` in a template, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

/** The template with its well-formed placeholders taken out: a "{{" left over is a half-written one. */
export function withoutPlaceholders(template: string): string {
  return template.replace(PLACEHOLDER, "");
}

/** A link or form address an agent opens: http(s) only, so no `javascript:` or `data:` URL reaches a link. */
export const HttpUrl = z.string().check(z.refine((url) => /^https?:\/\/[^\s]+$/i.test(url), { message: "URL must start with http:// or https://" }));
