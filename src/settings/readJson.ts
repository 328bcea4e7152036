export type JsonRead = { ok: true; value: unknown } | { ok: false; line: number; column: number };

/** The 1-based line and column of `offset` in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
}

/**
 * Parses JSON text and, when it is malformed, says where: V8 names either the position or the line
 * and column in its message; with neither (an unexpected end), the end of the text is where it broke.
 */
export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) return { ok: false, line: Number(lc[1]), column: Number(lc[2]) };
    const position = /position (\d+)/.exec(message);
    return { ok: false, ...lineAndColumn(text, position ? Number(position[1]) : text.length) };
  }
}
