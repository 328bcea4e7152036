import * as z from "zod/mini";
import { TicketStatus } from "../flows/schema/primitives";

/** REST and ZAF payloads, parsed at the edge; unknown keys are kept out of the way, not rejected. */
export const ApiTicket = z.looseObject({
  id: z.number(),
  subject: z.nullish(z.string()),
  status: TicketStatus,
  tags: z.array(z.string()),
  updated_at: z.string(),
  requester_id: z.number(),
  custom_fields: z.optional(z.array(z.looseObject({ id: z.number(), value: z.optional(z.unknown()) }))),
});
export type ApiTicket = z.infer<typeof ApiTicket>;
export const TicketEnvelope = z.looseObject({ ticket: ApiTicket });

export const ApiAttachment = z.looseObject({ file_name: z.string(), content_type: z.nullish(z.string()) });
export const ApiComment = z.looseObject({
  id: z.number(),
  author_id: z.number(),
  body: z.string(),
  public: z.boolean(),
  created_at: z.string(),
  attachments: z.optional(z.array(ApiAttachment)),
});
export type ApiComment = z.infer<typeof ApiComment>;
export const CommentsPage = z.looseObject({ comments: z.array(ApiComment), next_page: z.nullish(z.string()) });

const AuditEvent = z.looseObject({
  type: z.string(),
  field_name: z.nullish(z.string()),
  value: z.optional(z.unknown()),
  previous_value: z.optional(z.unknown()),
  macro_title: z.nullish(z.string()),
  macro_id: z.nullish(z.number()),
  /** A Comment event's comment id, author and visibility. */
  id: z.optional(z.number()),
  author_id: z.nullish(z.number()),
  public: z.nullish(z.boolean()),
});
export const ApiAudit = z.looseObject({ id: z.number(), created_at: z.string(), events: z.array(AuditEvent) });
export const AuditsPage = z.looseObject({ audits: z.array(ApiAudit), next_page: z.nullish(z.string()) });
export type ApiAudit = z.infer<typeof ApiAudit>;

export const ApiMacro = z.looseObject({ id: z.number(), title: z.string(), active: z.boolean(), updated_at: z.optional(z.string()) });
export type ApiMacro = z.infer<typeof ApiMacro>;
/** The stamp request's answer (offset pagination: it carries the count). */
export const MacrosStamp = z.looseObject({ macros: z.array(ApiMacro), count: z.optional(z.number()) });
export const MacrosPage = z.looseObject({
  macros: z.array(ApiMacro),
  meta: z.optional(z.looseObject({ has_more: z.boolean(), after_cursor: z.nullish(z.string()) })),
  links: z.optional(z.looseObject({ next: z.nullish(z.string()) })),
  next_page: z.nullish(z.string()),
});

/** `id` is REST's; options read through ZAF carry only their name and tag value. */
export const FieldOption = z.looseObject({ id: z.optional(z.number()), name: z.string(), value: z.string() });
export type FieldOption = z.infer<typeof FieldOption>;
export const ApiTicketField = z.looseObject({
  id: z.number(),
  title: z.string(),
  type: z.string(),
  active: z.optional(z.boolean()),
  custom_field_options: z.nullish(z.array(FieldOption)),
});
export type ApiTicketField = z.infer<typeof ApiTicketField>;
export const TicketFieldsPage = z.looseObject({ ticket_fields: z.array(ApiTicketField), next_page: z.nullish(z.string()) });


/** What `client.get` returns for the editor's ticket. */
export const TagList = z.array(z.string());
export const ZafBrand = z.looseObject({ id: z.number(), name: z.string(), subdomain: z.optional(z.string()) });
export const ZafVia = z.looseObject({ channel: z.optional(z.string()), source: z.optional(z.looseObject({ rel: z.nullish(z.string()) })) });
/** ZAF's User object; a phone number is one of its identities. */
export const ZafRequester = z.looseObject({
  id: z.number(),
  name: z.string(),
  email: z.nullish(z.string()),
  identities: z.nullish(z.array(z.looseObject({ type: z.string(), value: z.unknown() }))),
});
/** ZAF's Comment Attachment object. */
export const ZafAttachment = z.looseObject({ filename: z.string(), contentType: z.nullish(z.string()) });
/**
 * ZAF's Comment object (`ticket.comments`): `value` is the comment's HTML, `author` a User object.
 * Its creation time and visibility are optional here: where ZAF leaves them out, the audits give them.
 */
export const ZafComment = z.looseObject({
  id: z.number(),
  value: z.nullish(z.string()),
  author: z.looseObject({ id: z.number() }),
  createdAt: z.nullish(z.string()),
  imageAttachments: z.nullish(z.array(ZafAttachment)),
  nonImageAttachments: z.nullish(z.array(ZafAttachment)),
});
export type ZafComment = z.infer<typeof ZafComment>;
/** ZAF's Ticket Field Option objects (`ticketFields:custom_field_<id>.options`): a label and the tag value. */
export const ZafFieldOptions = z.array(z.looseObject({ label: z.string(), value: z.unknown() }));
/** ZAF's Ticket Field object (`ticketFields`); custom ones are named `custom_field_<id>`. */
export const ZafTicketField = z.looseObject({
  name: z.string(),
  label: z.nullish(z.string()),
  type: z.nullish(z.string()),
  options: z.nullish(ZafFieldOptions),
});
export type ZafTicketField = z.infer<typeof ZafTicketField>;
export const ZafCurrentUser = z.looseObject({
  id: z.number(),
  name: z.string(),
  role: z.optional(z.string()),
  locale: z.optional(z.string()),
  timeZone: z.optional(z.union([z.string(), z.looseObject({ ianaName: z.optional(z.string()), name: z.optional(z.string()) })])),
});
export type ZafCurrentUser = z.infer<typeof ZafCurrentUser>;

export const ZafMetadata = z.looseObject({
  appId: z.optional(z.number()),
  installationId: z.optional(z.number()),
  settings: z.optional(z.record(z.string(), z.unknown())),
});
export const ZafContext = z.looseObject({ ticketId: z.optional(z.number()), account: z.optional(z.looseObject({ subdomain: z.string() })) });
