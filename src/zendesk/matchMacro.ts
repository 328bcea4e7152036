import { normalizeName } from "../engine/normalizeName";
import type { ApiMacro } from "./schemas";

export type MacroMatch = { status: "found"; macro: ApiMacro } | { status: "missing" } | { status: "ambiguous"; macros: ApiMacro[] };

/**
 * Resolves a flow's canonical macro path to one of the account's active macros, tolerating case,
 * accents, spacing, "::" or ">" and the seeds' spelling variants. An exact title wins over variants.
 */
export function matchMacro(path: string, macros: readonly ApiMacro[]): MacroMatch {
  const key = normalizeName(path);
  const candidates = macros.filter((m) => m.active && normalizeName(m.title) === key);
  const exact = candidates.filter((m) => m.title === path);
  if (exact.length === 1 || candidates.length === 1) return { status: "found", macro: (exact[0] ?? candidates[0])! };
  return candidates.length === 0 ? { status: "missing" } : { status: "ambiguous", macros: candidates };
}
