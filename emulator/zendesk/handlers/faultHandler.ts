import { delay, http } from "msw";
import type { ZendeskStore } from "../store";
import { zendeskError, zendeskJson } from "./respond";

/**
 * The catch-all placed first: answers with the armed fault matching the request (429 with Retry-After,
 * 409, 500), waits for a "slow" one and then falls through, or falls through at once when none is armed.
 */
export function faultHandler(store: ZendeskStore, path = "*/api/v2/*") {
  return http.all(path, async ({ request }) => {
    const fault = store.faults.take(request.method, new URL(request.url).pathname);
    if (!fault) return undefined;
    switch (fault.kind) {
      case "slow":
        await delay(fault.delayMs ?? 2000);
        return undefined;
      case "rate-limit": {
        const retryAfter = String(fault.retryAfter ?? 1);
        return zendeskJson({ error: "APIRateLimitExceeded", description: "Number of allowed API requests per minute exceeded" }, 429, {
          "Retry-After": retryAfter,
          "X-Rate-Limit-Remaining": "0",
        });
      }
      case "conflict":
        return zendeskError(409, "UpdateConflict", "Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.");
      case "server-error":
        return zendeskError(500, "InternalServerError", "Something went wrong on our end. Please try again.");
    }
  });
}
