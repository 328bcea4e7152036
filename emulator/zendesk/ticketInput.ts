import { z } from "zod";

const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const TagList = z.union([z.array(z.string()), z.string()]);
/** Zendesk's own examples send `"safe_update": "true"` as well as `true`. */
export const Flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

/** A ticket's `comment` on create or update; `uploads` are tokens from `POST /api/v2/uploads.json`. */
export const CommentInput = z.strictObject({
  body: z.string().optional(),
  html_body: z.string().optional(),
  public: z.boolean().optional(),
  author_id: z.number().int().optional(),
  uploads: z.array(z.string()).optional(),
});
export type CommentInput = z.infer<typeof CommentInput>;

/**
 * The ticket properties the emulator models on both create and update (docs "Tickets" JSON format).
 * Anything else is refused (the schemas are strict) rather than dropped with a 200.
 */
export const TICKET_PROPERTIES = {
  subject: z.string().optional(),
  status: z.string().optional(),
  custom_status_id: z.number().int().optional(),
  priority: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
  requester_id: z.number().int().optional(),
  assignee_id: z.number().int().nullable().optional(),
  group_id: z.number().int().nullable().optional(),
  tags: TagList.optional(),
  custom_fields: z.array(z.object({ id: z.coerce.number(), value: FieldValue })).optional(),
  comment: CommentInput.optional(),
  /** "POST requests only" in the docs: recorded as AgentMacroReference on create, ignored on update. */
  macro_ids: z.array(z.coerce.number()).optional(),
};

/**
 * The `ticket` object of `PUT /api/v2/tickets/:id.json`. `additional_tags`/`remove_tags` are accepted
 * but only `update_many.json?ids=` honours them (docs "Adding tags to tickets without overwriting
 * existing tags"); a single-ticket update changes tags only through `tags`, which replaces the list.
 */
export const TicketUpdate = z.strictObject({
  ...TICKET_PROPERTIES,
  additional_tags: TagList.optional(),
  remove_tags: TagList.optional(),
  safe_update: Flag.optional(),
  updated_stamp: z.string().optional(),
});
export type TicketUpdate = z.infer<typeof TicketUpdate>;

/** Channels a ticket can be created through (docs "Via object reference": set only at creation). */
export const CREATE_CHANNELS = ["api", "web", "email", "voice", "native_messaging", "chat", "mobile"] as const;

/** The `ticket` object of `POST /api/v2/tickets.json`. */
export const TicketCreate = z.strictObject({
  ...TICKET_PROPERTIES,
  requester: z.strictObject({ name: z.string().optional(), email: z.string().optional(), locale_id: z.number().int().optional() }).optional(),
  submitter_id: z.number().int().optional(),
  brand_id: z.number().int().optional(),
  external_id: z.string().nullable().optional(),
  recipient: z.string().nullable().optional(),
  via: z.strictObject({ channel: z.string(), source: z.record(z.string(), z.unknown()).optional() }).optional(),
});
export type TicketCreate = z.infer<typeof TicketCreate>;

/** Normalizes Zendesk tag input (array or space-separated string) to distinct tags. */
export function toTags(input: string[] | string | undefined): string[] {
  if (input === undefined) return [];
  const raw = Array.isArray(input) ? input : input.split(/\s+/);
  return [...new Set(raw.map((t) => t.trim()).filter(Boolean))];
}
