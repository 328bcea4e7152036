import type { ApiError } from "./apiError";

/** Tries a call gets before its failure is shown: enough to ride out a rate-limit window or a blip. */
export const MAX_ATTEMPTS = 4;

/** Longest wait honoured from Retry-After; beyond it the agent is told instead of the sidebar hanging. */
export const MAX_WAIT_SECONDS = 30;

/**
 * How long to wait before trying again after `error` on attempt `attempt` (1-based), or undefined to stop.
 * 429 waits Retry-After; 5xx, network errors and time-outs back off exponentially; the rest is final.
 * 409 is not retried here: a conflict needs the caller to re-read the ticket first.
 */
export function retryDelayMs(error: ApiError, attempt: number): number | undefined {
  if (attempt >= MAX_ATTEMPTS) return undefined;
  if (error.kind === "rateLimited") {
    const seconds = error.retryAfter ?? 2 ** attempt;
    return seconds <= MAX_WAIT_SECONDS ? seconds * 1000 : undefined;
  }
  if (error.kind === "server" || error.kind === "network" || error.kind === "timeout") return 500 * 2 ** (attempt - 1);
  return undefined;
}
