import type { Timer } from "../flows/schema";

export type TimerState = { endsAt: number; remainingMs: number; expired: boolean };

/**
 * A step's countdown from the moment it was applied (`since`, epoch ms) as seen at `now`. A `since`
 * ahead of `now` (Zendesk's clock ahead of the agent's) counts from `now`, so it never shows more than the timer.
 */
export function timerState(timer: Timer, since: number, now: number): TimerState {
  const endsAt = Math.min(since, now) + timer.minutes * 60_000;
  return { endsAt, remainingMs: Math.max(0, endsAt - now), expired: now >= endsAt };
}
