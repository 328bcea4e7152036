import { delay, getResponse, http, HttpResponse, type RequestHandler } from "msw";
import { AGENT_UI_HEADER } from "../agentUi";
import type { ArmedFault } from "../faults";
import type { ZendeskStore } from "../store";
import { zendeskError, zendeskJson } from "./respond";

const RATE_LIMITED = { error: "APIRateLimitExceeded", description: "Number of allowed API requests per minute exceeded" };

/** Answers an armed fault; `forward` runs the request for real (the write lands). */
async function answerFault(fault: ArmedFault, forward: () => Promise<Response>): Promise<Response> {
  switch (fault.kind) {
    case "slow":
      await delay(fault.delayMs ?? 2000);
      return forward();
    case "rate-limit":
      return zendeskJson(RATE_LIMITED, 429, { "Retry-After": String(fault.retryAfter ?? 1), "X-Rate-Limit-Remaining": "0" });
    case "conflict":
      return zendeskError(409, "UpdateConflict", "Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.");
    case "server-error":
      return zendeskError(500, "InternalServerError", "Something went wrong on our end. Please try again.");
    case "lands-then-error":
      await forward();
      return zendeskError(500, "InternalServerError", "Something went wrong on our end. Please try again.");
    case "drop":
      return HttpResponse.error();
    case "lands-then-drop":
      await forward();
      return HttpResponse.error();
    case "malformed": {
      const real = await (await forward()).text();
      return new HttpResponse(fault.body ?? real.slice(0, Math.floor(real.length / 2)), { status: 200, headers: { "Content-Type": "application/json; charset=utf-8" } });
    }
  }
}

/** Adds the rate-limit headers Zendesk sends on every answer ("Rate limits": X-Rate-Limit, X-Rate-Limit-Remaining, ratelimit-reset). */
function withRateHeaders(response: Response, headers: Record<string, string>): Response {
  if (response.type === "error") return response;
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) if (!merged.has(name)) merged.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}

/**
 * The one entry for requests on `path`: counts them against the plan's per-minute limit (429 with
 * `Retry-After` once the minute is spent, when `metered`; the agent UI's own reads are not counted), answers an armed fault, else hands the
 * request to `rest` and stamps the rate-limit headers on its answer. Falls through when `rest` has
 * no route, so msw reports the request as unhandled.
 */
export function gateway(store: ZendeskStore, path: string, rest: () => RequestHandler[], metered: boolean) {
  return http.all(path, async ({ request }) => {
    let headers: Record<string, string> = {};
    if (metered && !request.headers.has(AGENT_UI_HEADER)) {
      const admission = store.rateLimit.admit();
      if (!admission.admitted) {
        return zendeskJson(RATE_LIMITED, 429, { "Retry-After": String(admission.retryAfter), "X-Rate-Limit": String(admission.limit), "X-Rate-Limit-Remaining": "0" });
      }
      headers = { "X-Rate-Limit": String(admission.limit), "X-Rate-Limit-Remaining": String(admission.remaining), "ratelimit-reset": String(admission.resetSeconds) };
    }
    const fault = store.faults.take(request.method, new URL(request.url).pathname);
    if (!fault) {
      const response = await getResponse(rest(), request.clone());
      return response ? withRateHeaders(response, headers) : undefined;
    }
    const forward = async () => (await getResponse(rest(), request.clone())) ?? zendeskError(404, "InvalidEndpoint", "Not found");
    return withRateHeaders(await answerFault(fault, forward), headers);
  });
}
