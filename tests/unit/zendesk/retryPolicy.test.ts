import { BACKOFF_BASE_MS, MAX_ATTEMPTS, MAX_WAIT_SECONDS, MIN_SPREAD_MS, retryDelayMs } from "../../../src/zendesk/retryPolicy";

const never = () => 0;
const always = () => 0.999999;

// Rate limits: developer.zendesk.com "Rate limits" — a 429 carries Retry-After (seconds) and the
// request must not be repeated before it has passed.
describe("retryDelayMs()", () => {
  it("never retries a 429 before Retry-After, and spreads the retries of many sidebars over a window", () => {
    expect(retryDelayMs({ kind: "rateLimited", status: 429, retryAfter: 5 }, 1, never)).toBe(5000);
    expect(retryDelayMs({ kind: "rateLimited", status: 429, retryAfter: 5 }, 1, always)).toBe(5000 + MIN_SPREAD_MS - 1);
    expect(retryDelayMs({ kind: "rateLimited", status: 429, retryAfter: 60 }, 1, always)).toBe(60_000 + 15_000 - 1);
  });

  it("keeps 8 sidebars told Retry-After: 60 from all coming back within the same 100 ms", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const waits = Array.from({ length: 8 }, () => retryDelayMs({ kind: "rateLimited", status: 429, retryAfter: 60 }, 1, random)!);
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(60_000);
    expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(100);
  });

  it("gives up on a Retry-After longer than the sidebar waits, so the agent is told", () => {
    expect(retryDelayMs({ kind: "rateLimited", status: 429, retryAfter: MAX_WAIT_SECONDS }, 1, never)).toBe(MAX_WAIT_SECONDS * 1000);
    expect(retryDelayMs({ kind: "rateLimited", status: 429, retryAfter: MAX_WAIT_SECONDS + 1 }, 1, never)).toBeUndefined();
  });

  it("backs off on 5xx, network loss and time-outs with half the wait random, and stops after the last attempt", () => {
    for (const kind of ["server", "network", "timeout"] as const) {
      expect(retryDelayMs({ kind, status: 500 }, 1, never)).toBe(BACKOFF_BASE_MS);
      expect(retryDelayMs({ kind, status: 500 }, 1, always)).toBe(2 * BACKOFF_BASE_MS - 1);
      expect(retryDelayMs({ kind, status: 500 }, 2, never)).toBe(2 * BACKOFF_BASE_MS);
      expect(retryDelayMs({ kind, status: 500 }, MAX_ATTEMPTS, never)).toBeUndefined();
    }
  });

  it.each(["conflict", "notFound", "forbidden", "invalid"] as const)("never retries %s by itself", (kind) => {
    expect(retryDelayMs({ kind, status: 400 }, 1, never)).toBeUndefined();
  });
});
