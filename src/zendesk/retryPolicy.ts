import type { ApiError } from "./apiError";

/** Tries a call gets before its failure is shown: enough to ride out a rate-limit window or a blip. */
export const MAX_ATTEMPTS = 4;

/** Longest wait honoured from Retry-After (Zendesk's limits reset each minute); beyond it the agent is told instead of the sidebar hanging. */
export const MAX_WAIT_SECONDS = 60;

/**
 * Spread added after a Retry-After wait, as a share of it (at least MIN_SPREAD_MS): the open sidebars
 * of one account all got the same Retry-After, and must not all come back in the same instant.
 */
export const RETRY_AFTER_SPREAD = 0.25;
export const MIN_SPREAD_MS = 2000;

/** First back-off after a 5xx, network failure or time-out; doubles each attempt. */
export const BACKOFF_BASE_MS = 500;

/**
 * How long to wait before trying again after `error` on attempt `attempt` (1-based), or undefined to stop.
 * 429 waits Retry-After plus a random spread; 5xx, network errors and time-outs back off exponentially
 * with "equal jitter" (half fixed, half random); the rest is final. `random` is in [0, 1), injected so
 * tests decide it. 409 is not retried here: a conflict needs the caller to re-read the ticket first.
 */
export function retryDelayMs(error: ApiError, attempt: number, random: () => number): number | undefined {
  if (attempt >= MAX_ATTEMPTS) return undefined;
  if (error.kind === "rateLimited") {
    const seconds = error.retryAfter ?? 2 ** attempt;
    if (seconds > MAX_WAIT_SECONDS) return undefined;
    const wait = seconds * 1000;
    return wait + Math.floor(random() * Math.max(MIN_SPREAD_MS, wait * RETRY_AFTER_SPREAD));
  }
  if (error.kind === "server" || error.kind === "network" || error.kind === "timeout") {
    const ceiling = BACKOFF_BASE_MS * 2 ** attempt;
    return ceiling / 2 + Math.floor(random() * (ceiling / 2));
  }
  return undefined;
}
