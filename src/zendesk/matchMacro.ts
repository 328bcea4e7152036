import { normalizeName } from "../engine/normalizeName";
import type { ApiMacro } from "./schemas";

/** A macro with its tolerant title key, computed once when the list is fetched (off the critical path) and stored with it. */
export type IndexedMacro = ApiMacro & { key?: string };

export type MacroMatch = { status: "found"; macro: ApiMacro } | { status: "missing" } | { status: "ambiguous"; macros: ApiMacro[] };

/** Gives each macro its title key, so matching a stored list costs string comparisons, not 5,000 normalisations. */
export function keyMacros(macros: readonly ApiMacro[]): IndexedMacro[] {
  return macros.map((m) => ({ ...m, key: normalizeName(m.title) }));
}

/**
 * Resolves a flow's canonical macro path to one of the account's active macros, tolerating case,
 * accents, spacing, "::" or ">" and the seeds' spelling variants. An exact title wins over variants.
 */
export function matchMacro(path: string, macros: readonly IndexedMacro[]): MacroMatch {
  // One scan over the stored keys: an Apply matches one or two paths, so building an index would cost more than it saves.
  const key = normalizeName(path);
  const candidates = macros.filter((m) => m.active && (m.key ?? normalizeName(m.title)) === key);
  const exact = candidates.filter((m) => m.title === path);
  if (exact.length === 1 || candidates.length === 1) return { status: "found", macro: (exact[0] ?? candidates[0])! };
  return candidates.length === 0 ? { status: "missing" } : { status: "ambiguous", macros: candidates };
}
