import type { AccountCache } from "./accountCache";
import { type IndexedMacro, keyMacros } from "./matchMacro";
import { API } from "./paths";
import type { Rest } from "./rest";
import { type ApiMacro, MacrosPage, MacrosStamp } from "./schemas";

/**
 * A stored list younger than this is used as is; an older one costs one stamp request before use. A
 * macro created meanwhile is not missed: a macro missing at an Apply revalidates at once.
 */
export const MACROS_CHECK_AFTER_MS = 4 * 60 * 60_000;
/** Past this a list is dropped whatever its stamp says, so a cache never outlives a working day. */
export const MACROS_MAX_AGE_MS = 12 * 60 * 60_000;

/** Stored compactly (id, title, key): 5,000 macros stay well under a megabyte of the origin's storage. */
type Stored = { stamp: string; macros: [id: number, title: string, key: string][] };

/**
 * What changes whenever a macro is created, edited, deactivated or deleted: the active count and the newest
 * `updated_at`. Computed alike from the stamp request and from a whole list, so a list fetched needs no stamp
 * request of its own. (Two edits within the same second, read between them, go unseen until the list's
 * maximum age or a macro missing at an Apply; the id of the newest would not tell them apart either, the
 * docs give no tie-break.)
 */
const stampOf = (count: number, newest: string | undefined) => `${count}:${newest ?? ""}`;

async function readStamp(rest: Rest): Promise<string> {
  const page = await rest.send({ url: API.macrosStamp, type: "GET" }, MacrosStamp);
  return stampOf(page.count ?? page.macros.length, page.macros[0]?.updated_at);
}

/** The stamp of a whole list; undefined when a macro lacks its `updated_at` (then the stamp request says it). */
function stampOfList(macros: readonly ApiMacro[]): string | undefined {
  let newest: string | undefined;
  for (const m of macros) {
    if (!m.updated_at) return undefined;
    if (newest === undefined || Date.parse(m.updated_at) > Date.parse(newest)) newest = m.updated_at;
  }
  return stampOf(macros.length, newest);
}

const unpack = (stored: Stored): IndexedMacro[] => stored.macros.map(([id, title, key]) => ({ id, title, key, active: true }));

/**
 * The agent's active macros (shared and personal), from the browser's cache when it is fresh. Fetched
 * only when needed (the first Apply) or when the sidebar is idle, never before the first suggested step.
 * Revalidation costs one request (see stampOf); a list fetched carries its own stamp. `refresh` checks the
 * stamp now (a macro was missing).
 */
export async function loadMacros(rest: Rest, cache: AccountCache, key: string, refresh = false): Promise<IndexedMacro[]> {
  const usable = () => {
    const stored = cache.entry<Stored>(key, MACROS_MAX_AGE_MS);
    return stored && !refresh && cache.now() - stored.at < MACROS_CHECK_AFTER_MS ? unpack(stored.data) : undefined;
  };
  // Checked again once the lock is held: another tab may have just fetched them.
  return usable() ?? cache.exclusive(key, async () => usable() ?? (await fetchMacros(rest, cache, key)));
}

/** The stored list kept if its stamp is unchanged, else the whole list fetched and kept with its stamp. */
async function fetchMacros(rest: Rest, cache: AccountCache, key: string): Promise<IndexedMacro[]> {
  const stored = cache.entry<Stored>(key, MACROS_MAX_AGE_MS);
  if (stored) {
    const stamp = await readStamp(rest);
    if (stored.data.stamp === stamp) {
      cache.write(key, stored.data);
      return unpack(stored.data);
    }
  }
  const listed = await rest.all(API.macros, MacrosPage, (p) => p.macros.filter((m) => m.active));
  const stamp = stampOfList(listed) ?? (await readStamp(rest));
  const fresh: Stored = { stamp, macros: keyMacros(listed).map((m) => [m.id, m.title, m.key ?? ""]) };
  cache.write(key, fresh);
  return unpack(fresh);
}
