import { normalizeName } from "../engine/normalizeName";
import type { ApiMacro } from "./schemas";

export type MacroMatch = { status: "found"; macro: ApiMacro } | { status: "missing" } | { status: "ambiguous"; macros: ApiMacro[] };

/** The account's macro list is fetched once and never mutated: it is indexed once, on first use. */
const INDEXES = new WeakMap<readonly ApiMacro[], Map<string, ApiMacro[]>>();

function macroIndex(macros: readonly ApiMacro[]): Map<string, ApiMacro[]> {
  let index = INDEXES.get(macros);
  if (!index) {
    index = new Map();
    for (const macro of macros) {
      if (!macro.active) continue;
      const key = normalizeName(macro.title);
      index.set(key, [...(index.get(key) ?? []), macro]);
    }
    INDEXES.set(macros, index);
  }
  return index;
}

/**
 * Resolves a flow's canonical macro path to one of the account's active macros, tolerating case,
 * accents, spacing, "::" or ">" and the seeds' spelling variants. An exact title wins over variants.
 */
export function matchMacro(path: string, macros: readonly ApiMacro[]): MacroMatch {
  const candidates = macroIndex(macros).get(normalizeName(path)) ?? [];
  const exact = candidates.filter((m) => m.title === path);
  if (exact.length === 1 || candidates.length === 1) return { status: "found", macro: (exact[0] ?? candidates[0])! };
  return candidates.length === 0 ? { status: "missing" } : { status: "ambiguous", macros: candidates };
}
