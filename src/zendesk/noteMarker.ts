/** A note's marker as it appears at the end of its first line: `[Ruta] Flow · Step [ref:0k3j9x2]`. */
const MARKER = /\s\[ref:([0-9a-z]{7})\]$/;

/** FNV-1a over the UTF-16 code units: short, deterministic, no crypto needed (it names a write, it guards nothing). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The marker of a note Ruta writes for `stepId` on `ticketId` with `body`: the same inputs always give the
 * same marker, so a write whose reply was lost can be found on the ticket instead of being written again.
 */
export function noteMarker(ticketId: number, stepId: string, body: string): string {
  return hash(`${ticketId}\u0000${stepId}\u0000${body.trim()}`).toString(36).padStart(7, "0");
}

/** `body` with `marker` at the end of its first line (the header line agents and the restore logic read). */
export function markNote(body: string, marker: string): string {
  const text = body.trim();
  const end = text.indexOf("\n");
  return end < 0 ? `${text} [ref:${marker}]` : `${text.slice(0, end)} [ref:${marker}]${text.slice(end)}`;
}

/** The marker in a note's first line, if it has one. */
export function readMarker(body: string): string | undefined {
  const end = body.indexOf("\n");
  return MARKER.exec(end < 0 ? body.trimEnd() : body.slice(0, end).trimEnd())?.[1];
}

/** A note's text without its marker, to compare it with a note about to be written. */
export function unmarkNote(body: string): string {
  const end = body.indexOf("\n");
  const first = end < 0 ? body.trimEnd() : body.slice(0, end).trimEnd();
  return (first.replace(MARKER, "") + (end < 0 ? "" : body.slice(end))).trim();
}
