/** A reply longer than this is a paragraph, not a pattern; it also bounds the scan below. */
export const MAX_PATTERN_LENGTH = 200;

type Frame = { repeats: boolean };

/** True when the quantifier starting at `source[i]` can repeat its atom more than once. */
function repeatsAt(source: string, i: number): { repeats: boolean; length: number } | undefined {
  const c = source[i];
  if (c === "*" || c === "+") return { repeats: true, length: 1 };
  if (c === "?") return { repeats: false, length: 1 };
  const braces = c === "{" ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
  if (!braces) return undefined;
  const max = braces[2] === undefined ? Number(braces[1]) : braces[3] === "" ? Infinity : Number(braces[3]);
  return { repeats: max > 1, length: braces[0].length };
}

/**
 * Why a reply pattern must not run on a customer's message, or undefined when it may: it does not compile
 * (case-insensitive, unicode), it is too long, it uses a backreference, or it repeats a group that itself
 * repeats ("(a+)+", "(?:\w*\s)*"), the shape whose backtracking grows exponentially with the message.
 */
export function patternProblem(source: string): string | undefined {
  try {
    new RegExp(source, "iu");
  } catch {
    return `Invalid pattern "${source}"`;
  }
  if (source.length > MAX_PATTERN_LENGTH) return `Pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  const stack: Frame[] = [{ repeats: false }];
  let closedGroupRepeats = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const afterGroup = closedGroupRepeats;
    closedGroupRepeats = false;
    if (c === "\\") {
      if (/[1-9k]/.test(source[i + 1] ?? "")) return `Pattern "${source}" uses a backreference, which can take exponential time`;
      i++;
    } else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") {
      stack.push({ repeats: false });
    } else if (c === ")") {
      const inner = stack.pop();
      closedGroupRepeats = inner?.repeats ?? false;
      const outer = stack.at(-1);
      if (outer && closedGroupRepeats) outer.repeats = true;
    } else {
      const quantifier = repeatsAt(source, i);
      if (!quantifier) continue;
      if (quantifier.repeats && afterGroup) return `Pattern "${source}" repeats a group that repeats itself, which can take exponential time`;
      if (quantifier.repeats) stack.at(-1)!.repeats = true;
      i += quantifier.length - 1;
      if (source[i + 1] === "?") i++;
    }
  }
  return undefined;
}
