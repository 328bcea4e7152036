/**
 * The budget issue 9 sets, one place for the bench and the size test. Sizes are gzipped bytes;
 * times are milliseconds; request counts are per what each names.
 */
export const BUDGET = {
  /** JS+CSS a ticket of one brand loads: the page's static graph plus its flow's chunk. */
  ticketLoadBytes: 35 * 1024,
  /** Ruta's time to its first suggested step over the minimal app's time to first render, cold and on a second tab. */
  firstStepRatio: 1.2,
  firstTicketRequests: 2,
  requestsPerOpen: 0.05,
  requestsPerSubmit: 1,
  longTicketRequests: 3,
  macroIndexMs: 5,
  flowValidateMs: 10,
  /** Reading the position from a 120,000-character customer reply, over reading it from a short one: one frame. */
  longReplyExtraMs: 16,
} as const;
