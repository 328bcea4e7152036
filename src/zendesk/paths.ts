/** The only place that knows ZAF path and event names. */
export const ZAF = {
  ticket: {
    id: "ticket.id",
    subject: "ticket.subject",
    status: "ticket.status",
    tags: "ticket.tags",
    brand: "ticket.brand",
    via: "ticket.via",
    requester: "ticket.requester",
    formId: "ticket.form.id",
    updatedAt: "ticket.updatedAt",
    customField: (fieldId: number) => `ticket.customField:custom_field_${fieldId}`,
  },
  currentUser: "currentUser",
  comment: { type: "comment.type", text: "comment.text" },
  invoke: { tagsAdd: "ticket.tags.add", tagsRemove: "ticket.tags.remove", macro: "macro", resize: "resize" },
  events: {
    registered: "app.registered",
    activated: "app.activated",
    saved: "ticket.saved",
    updated: "ticket.updated",
    statusChanged: "ticket.status.changed",
    tagsChanged: "ticket.tags.changed",
    brandChanged: "ticket.brand.changed",
    formChanged: "ticket.form.id.changed",
    customFieldChanged: (fieldId: number) => `ticket.custom_field_${fieldId}.changed`,
  },
} as const;

/** REST paths of the account's own API, called through `client.request` with the agent's session. */
export const API = {
  ticket: (id: number) => `/api/v2/tickets/${id}.json`,
  comments: (id: number) => `/api/v2/tickets/${id}/comments.json?sort_order=asc`,
  newestComments: (id: number, size: number) => `/api/v2/tickets/${id}/comments.json?sort_order=desc&page[size]=${size}`,
  audits: (id: number) => `/api/v2/tickets/${id}/audits.json`,
  macros: "/api/v2/macros/active.json?page[size]=100",
  ticketFields: "/api/v2/ticket_fields.json",
  user: (id: number) => `/api/v2/users/${id}.json`,
} as const;
