/** Formats an instant the way Zendesk does: ISO 8601, UTC, whole seconds ("2026-11-20T14:03:00Z"). */
export function formatZendeskTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/** Shifts a Zendesk timestamp by `deltaMs` (negative moves it into the past). */
export function shiftZendeskTime(iso: string, deltaMs: number): string {
  return formatZendeskTime(Date.parse(iso) + deltaMs);
}

export const MINUTE_MS = 60_000;
