/**
 * A Zendesk id as a team lead may type it: a positive safe integer, or its plain decimal digits.
 * "0x1F", "1e3", "12.0", " 7" and "99999999999999999999" are not ids (Number() would accept them or round them).
 */
export function toFieldId(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== "string" || !/^[1-9][0-9]{0,15}$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}
