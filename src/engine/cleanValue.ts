/** Longest value put into a note or an escalation text: a long description fits, a pasted 100 KB page does not. */
export const MAX_VALUE_LENGTH = 2000;

/**
 * C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate controls
 * (which reorder how a note reads without showing themselves). Letters of right-to-left scripts stay.
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as it may enter a note or an escalation text: line endings as "\n", control characters
 * removed, `{{`/`}}` split so no placeholder can be formed (Zendesk fills placeholders in comments), and at
 * most MAX_VALUE_LENGTH characters (a cut value ends in "…", never in half a surrogate pair).
 * It does not escape HTML: notes are plain text, and the UI renders every value as text.
 */
export function cleanValue(value: string, maxLength = MAX_VALUE_LENGTH): string {
  const clean = value
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(/\{(?=\{)/g, "{ ")
    .replace(/\}(?=\})/g, "} ");
  if (clean.length <= maxLength) return clean;
  const cut = /[\ud800-\udbff]/.test(clean[maxLength - 2] ?? "") ? maxLength - 2 : maxLength - 1;
  return `${clean.slice(0, cut)}…`;
}
