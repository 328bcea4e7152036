/**
 * Lists the keys that appear twice in the same JSON object, as `path.to.key`.
 * `JSON.parse` silently keeps the last one; Zendesk's parser refuses them (manifest.json, requirements.json).
 * Expects text that `JSON.parse` already accepted, so it only tokenises strings and brackets.
 */
export function findDuplicateKeys(text: string): string[] {
  const duplicates: string[] = [];
  /** One frame per open object or array: the keys seen so far, and the key being read. */
  const stack: { keys: Set<string> | null; name: string; pendingKey: string | null }[] = [];
  let expectKey = false;

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const value = JSON.parse(text.slice(i, end + 1)) as string;
      const frame = stack.at(-1);
      if (expectKey && frame?.keys) {
        const path = [...stack.slice(1).map((f) => f.name), value].join(".");
        if (frame.keys.has(value)) duplicates.push(path);
        frame.keys.add(value);
        frame.pendingKey = value;
        expectKey = false;
      }
      i = end;
    } else if (char === "{" || char === "[") {
      const parent = stack.at(-1);
      const name = parent ? (parent.keys ? (parent.pendingKey ?? "") : "[]") : "";
      stack.push({ keys: char === "{" ? new Set() : null, name, pendingKey: null });
      expectKey = char === "{";
    } else if (char === "}" || char === "]") {
      stack.pop();
    } else if (char === ",") {
      expectKey = stack.at(-1)?.keys != null;
    }
  }
  return duplicates;
}
