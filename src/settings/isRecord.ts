/** A JSON object (not an array, not null), read through its own keys only. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The own enumerable entries: a key named "constructor" or "__proto__" is data here, never a built-in. */
export function ownEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.keys(value).map((key) => [key, Object.getOwnPropertyDescriptor(value, key)?.value]);
}
