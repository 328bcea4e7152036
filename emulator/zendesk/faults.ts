import { z } from "zod";

/**
 * One armed fault: what to answer, for which requests, how many times. Kinds:
 * - `rate-limit`: 429 APIRateLimitExceeded with `Retry-After: retryAfter`; nothing applied.
 * - `conflict`: 409 UpdateConflict; nothing applied.
 * - `server-error`: 500; nothing applied.
 * - `slow`: waits `delayMs`, then answers for real.
 * - `lands-then-error`: the request is applied, then 500 is answered.
 * - `drop`: the connection closes with no answer (a network error); nothing applied.
 * - `lands-then-drop`: the request is applied, then the connection closes with no answer.
 * - `malformed`: the request is applied and 200 is answered with a body that is not the documented
 *   shape: `body` when given, else the real body cut in half (not JSON).
 */
export const FaultSpec = z.object({
  kind: z.enum(["rate-limit", "conflict", "server-error", "slow", "lands-then-error", "drop", "lands-then-drop", "malformed"]),
  /** HTTP method to match ("PUT"); any when absent. */
  method: z.string().optional(),
  /** Path pattern, `*` = one segment, `**` = any rest; ".json" is ignored on both sides ("/api/v2/tickets/*"). */
  path: z.string().optional(),
  /** How many matching requests it hits; forever when absent. */
  count: z.number().int().positive().optional(),
  /** For rate-limit: the Retry-After seconds. */
  retryAfter: z.number().int().nonnegative().optional(),
  /** For slow: the delay before the real answer, in ms. */
  delayMs: z.number().int().nonnegative().optional(),
  /** For malformed: the exact body to answer with 200. */
  body: z.string().optional(),
});
export type FaultSpec = z.infer<typeof FaultSpec>;

export interface ArmedFault extends FaultSpec {
  id: number;
  remaining: number | null;
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/\.json$/, "")
    .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\*\*/g, "\u0000")
    .replace(/\*/g, "[^/]+")
    .replace(/\u0000/g, ".*");
  return new RegExp(`^${escaped}$`);
}

/** Runtime fault switches: arm, match-and-consume, clear. */
export interface FaultSwitches {
  arm(spec: FaultSpec): ArmedFault;
  /** Finds the first armed fault matching the request and uses one of its hits. */
  take(method: string, pathname: string): ArmedFault | null;
  clear(): void;
  list(): ArmedFault[];
}

export function createFaultSwitches(onChange: () => void = () => {}): FaultSwitches {
  let faults: ArmedFault[] = [];
  let lastId = 0;
  return {
    arm(spec) {
      const armed: ArmedFault = { ...FaultSpec.parse(spec), id: ++lastId, remaining: spec.count ?? null };
      faults.push(armed);
      onChange();
      return armed;
    },
    take(method, pathname) {
      const path = pathname.replace(/\.json$/, "");
      const fault = faults.find(
        (f) => (!f.method || f.method.toUpperCase() === method.toUpperCase()) && (!f.path || patternToRegExp(f.path).test(path)),
      );
      if (!fault) return null;
      if (fault.remaining !== null) {
        fault.remaining -= 1;
        if (fault.remaining <= 0) faults = faults.filter((f) => f !== fault);
        onChange();
      }
      return fault;
    },
    clear() {
      faults = [];
      onChange();
    },
    list: () => faults.map((f) => ({ ...f })),
  };
}
