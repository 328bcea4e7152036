import { HttpResponse } from "msw";

/** A JSON answer; the gateway adds the rate-limit headers. */
export function zendeskJson(body: unknown, status = 200, headers: Record<string, string> = {}): HttpResponse<any> {
  return HttpResponse.json(body as any, { status, headers });
}

/** Zendesk's error body: `{"error": "RecordNotFound", "description": "Not found"}`. */
export function zendeskError(status: number, error: string, description: string, extra: Record<string, unknown> = {}): HttpResponse<any> {
  return zendeskJson({ error, description, ...extra }, status);
}

export const notFound = () => zendeskError(404, "RecordNotFound", "Not found");

/** The two spellings Zendesk accepts for an endpoint: with and without ".json". */
export function routes(path: string): string[] {
  return [`*/api/v2${path}.json`, `*/api/v2${path}`];
}

/** Numeric path parameter, or null when it is not a positive integer. */
export function idParam(value: string | readonly string[] | undefined): number | null {
  const id = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(id) && id > 0 ? id : null;
}
