/** The emulated account: every record's `url` points here, as Zendesk's do. */
export const ACCOUNT_SUBDOMAIN = "ruta-cc";
export const API_BASE = `https://${ACCOUNT_SUBDOMAIN}.zendesk.com/api/v2`;

/** Builds a record's self URL, e.g. `apiUrl("tickets", 1001)`. */
export function apiUrl(collection: string, id: number): string {
  return `${API_BASE}/${collection}/${id}.json`;
}
