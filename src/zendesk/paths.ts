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
    comments: "ticket.comments",
    customField: (fieldId: number) => `ticket.customField:custom_field_${fieldId}`,
  },
  currentUser: "currentUser",
  ticketFields: "ticketFields",
  fieldOptions: (fieldId: number) => `ticketFields:custom_field_${fieldId}.options`,
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
  /** Newest first and bounded: what places a ticket is its latest applied step, never its oldest audits. */
  audits: (id: number) => `/api/v2/tickets/${id}/audits.json?sort_order=desc&page[size]=100`,
  macros: "/api/v2/macros/active.json?page[size]=100",
  /** One request that changes when any active macro is created, updated or removed: the count and the newest update. */
  macrosStamp: "/api/v2/macros.json?active=true&sort_by=updated_at&sort_order=desc&per_page=1",
} as const;
