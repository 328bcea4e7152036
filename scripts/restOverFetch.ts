import type { Sleep } from "../src/zendesk/rest";
import { createRest, type Rest } from "../src/zendesk/rest";
import type { ZafClient, ZafRequest } from "../src/zendesk/zafClient";

export type Credentials = { email: string; token: string } | undefined;

/**
 * The app's REST helper (pagination, 429/5xx retries) over fetch, for scripts outside Zendesk:
 * a failure rejects like ZAF's `client.request` does (status, headers, responseJSON).
 * API token auth is "{email}/token:{token}" in Basic auth (developer.zendesk.com, "Security and authentication").
 */
export function restOverFetch(baseUrl: string, credentials: Credentials, fetchImpl: typeof fetch = fetch, sleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms))): Rest {
  const origin = baseUrl.replace(/\/+$/, "");
  const authorization: Record<string, string> = credentials ? { Authorization: `Basic ${Buffer.from(`${credentials.email}/token:${credentials.token}`).toString("base64")}` } : {};
  async function request(options: ZafRequest): Promise<unknown> {
    const response = await fetchImpl(`${origin}${options.url}`, {
      method: options.type ?? "GET",
      headers: { Accept: "application/json", ...(options.contentType ? { "Content-Type": options.contentType } : {}), ...authorization },
      ...(options.data !== undefined ? { body: options.data } : {}),
    });
    const responseJSON: unknown = await response.json().catch(() => undefined);
    const complete = { status: response.status, headers: Object.fromEntries(response.headers), responseJSON };
    if (!response.ok) throw complete;
    return complete;
  }
  // createRest only calls `request`; nothing else of ZAF exists outside Zendesk.
  return createRest({ request } as Pick<ZafClient, "request"> as ZafClient, { sleep, random: Math.random });
}
