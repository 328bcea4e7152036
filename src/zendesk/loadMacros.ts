import type { AccountCache } from "./accountCache";
import { type IndexedMacro, keyMacros } from "./matchMacro";
import { API } from "./paths";
import type { Rest } from "./rest";
import { MacrosPage, MacrosStamp } from "./schemas";

/**
 * A stored list younger than this is used as is; an older one costs one stamp request before use. A
 * macro created meanwhile is not missed: a macro missing at an Apply revalidates at once.
 */
export const MACROS_CHECK_AFTER_MS = 4 * 60 * 60_000;
/** Past this a list is dropped whatever its stamp says, so a cache never outlives a working day. */
export const MACROS_MAX_AGE_MS = 12 * 60 * 60_000;

/** Stored compactly (id, title, key): 5,000 macros stay well under a megabyte of the origin's storage. */
type Stored = { stamp: string; macros: [id: number, title: string, key: string][] };

async function readStamp(rest: Rest): Promise<string> {
  const page = await rest.send({ url: API.macrosStamp, type: "GET" }, MacrosStamp);
  const newest = page.macros[0];
  return `${page.count ?? page.macros.length}:${newest?.id ?? 0}:${newest?.updated_at ?? ""}`;
}

const unpack = (stored: Stored): IndexedMacro[] => stored.macros.map(([id, title, key]) => ({ id, title, key, active: true }));

/**
 * The agent's active macros (shared and personal), from the browser's cache when it is fresh. Fetched
 * only when needed (the first Apply) or when the sidebar is idle, never before the first suggested step.
 * Revalidation costs one request: the active count and the most recently updated macro change whenever
 * a macro is created, edited, deactivated or deleted. `refresh` checks the stamp now (a macro was missing).
 */
export async function loadMacros(rest: Rest, cache: AccountCache, key: string, refresh = false): Promise<IndexedMacro[]> {
  const stored = cache.entry<Stored>(key, MACROS_MAX_AGE_MS);
  if (stored && !refresh && cache.now() - stored.at < MACROS_CHECK_AFTER_MS) return unpack(stored.data);
  const stamp = await readStamp(rest);
  if (stored?.data.stamp === stamp) {
    cache.write(key, stored.data);
    return unpack(stored.data);
  }
  const macros = keyMacros(await rest.all(API.macros, MacrosPage, (p) => p.macros.filter((m) => m.active)));
  const fresh: Stored = { stamp, macros: macros.map((m) => [m.id, m.title, m.key ?? ""]) };
  cache.write(key, fresh);
  return unpack(fresh);
}
