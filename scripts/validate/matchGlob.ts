/**
 * Turns a `.zcliignore` glob into a RegExp over a package-relative path (forward slashes).
 * Supports what zcli's glob ignore (minimatch) is used for in practice: `**`, `*`, `?` and literal paths.
 * Like zcli, a pattern names files, not folders: ignore `tmp/**`, not `tmp`. Brace sets and negations are not supported.
 */
export function globToRegExp(glob: string): RegExp {
  const pattern = glob.trim().replace(/^\.\//, "").replace(/^\//, "");
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "*" && pattern[i + 1] === "*") {
      const slashAfter = pattern[i + 2] === "/";
      source += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** Reads `.zcliignore` text as zcli does: one glob a line, blank lines and `#` comments skipped. */
export function parseIgnoreFile(text: string): string[] {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
