import type { Timer } from "../flows/schema";

export type TimerState = { endsAt: number; remainingMs: number; expired: boolean };

/** A step's countdown from the moment it was applied (`since`, epoch ms) as seen at `now`. */
export function timerState(timer: Timer, since: number, now: number): TimerState {
  const endsAt = since + timer.minutes * 60_000;
  return { endsAt, remainingMs: Math.max(0, endsAt - now), expired: now >= endsAt };
}
