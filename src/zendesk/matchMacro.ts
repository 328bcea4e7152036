import { normalizeName } from "../engine/normalizeName";
import type { ApiMacro } from "./schemas";

/** A macro with its tolerant title key, computed once when the list is fetched (off the critical path) and stored with it. */
export type IndexedMacro = ApiMacro & { key?: string };

export type MacroMatch = { status: "found"; macro: ApiMacro } | { status: "missing" } | { status: "ambiguous"; macros: ApiMacro[] };

/** The account's macro list is fetched once and never mutated: it is indexed once, on first use. */
const INDEXES = new WeakMap<readonly IndexedMacro[], Map<string, IndexedMacro[]>>();

/** Gives each macro its title key, so indexing a stored list costs map inserts, not 5,000 normalisations. */
export function keyMacros(macros: readonly ApiMacro[]): IndexedMacro[] {
  return macros.map((m) => ({ ...m, key: normalizeName(m.title) }));
}

function macroIndex(macros: readonly IndexedMacro[]): Map<string, IndexedMacro[]> {
  let index = INDEXES.get(macros);
  if (!index) {
    index = new Map();
    for (const macro of macros) {
      if (!macro.active) continue;
      const key = macro.key ?? normalizeName(macro.title);
      const same = index.get(key);
      if (same) same.push(macro);
      else index.set(key, [macro]);
    }
    INDEXES.set(macros, index);
  }
  return index;
}

/**
 * Resolves a flow's canonical macro path to one of the account's active macros, tolerating case,
 * accents, spacing, "::" or ">" and the seeds' spelling variants. An exact title wins over variants.
 */
export function matchMacro(path: string, macros: readonly IndexedMacro[]): MacroMatch {
  const candidates = macroIndex(macros).get(normalizeName(path)) ?? [];
  const exact = candidates.filter((m) => m.title === path);
  if (exact.length === 1 || candidates.length === 1) return { status: "found", macro: (exact[0] ?? candidates[0])! };
  return candidates.length === 0 ? { status: "missing" } : { status: "ambiguous", macros: candidates };
}
