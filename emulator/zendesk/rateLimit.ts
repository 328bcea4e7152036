import { MINUTE_MS } from "./time";

/** Support API requests per minute by plan (docs "Rate limits", Zendesk Suite plan limits and the High Volume API add-on). */
export const PLAN_LIMITS = {
  team: 200,
  growth: 400,
  professional: 400,
  enterprise: 700,
  "enterprise-plus": 2500,
  "high-volume": 2500,
} as const;
export type Plan = keyof typeof PLAN_LIMITS;
export const PLANS = Object.keys(PLAN_LIMITS) as Plan[];

export const DEFAULT_PLAN: Plan = "enterprise";

export type Admission = { admitted: true; limit: number; remaining: number; resetSeconds: number } | { admitted: false; limit: number; retryAfter: number };

/** The account's per-minute request budget, counted in fixed minutes of the store's clock. */
export interface RateLimiter {
  readonly plan: Plan;
  setPlan(plan: Plan): void;
  /** Counts one request when the minute still has room. */
  admit(): Admission;
  usage(): { plan: Plan; limit: number; used: number; resetSeconds: number };
  clear(): void;
}

export function createRateLimiter(now: () => number): RateLimiter {
  let plan: Plan = DEFAULT_PLAN;
  let windowStart = 0;
  let used = 0;
  const roll = () => {
    const start = Math.floor(now() / MINUTE_MS) * MINUTE_MS;
    if (start !== windowStart) {
      windowStart = start;
      used = 0;
    }
    return Math.max(1, Math.ceil((windowStart + MINUTE_MS - now()) / 1000));
  };
  return {
    get plan() {
      return plan;
    },
    setPlan(next) {
      plan = next;
    },
    admit() {
      const resetSeconds = roll();
      const limit = PLAN_LIMITS[plan];
      if (used >= limit) return { admitted: false, limit, retryAfter: resetSeconds };
      used += 1;
      return { admitted: true, limit, remaining: limit - used, resetSeconds };
    },
    usage() {
      const resetSeconds = roll();
      return { plan, limit: PLAN_LIMITS[plan], used, resetSeconds };
    },
    clear() {
      used = 0;
    },
  };
}
