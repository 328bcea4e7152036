type Entry<T> = { at: number; data: T };
export type StoredEntry<T> = Entry<T>;

/**
 * A time-stamped cache over Web Storage (localStorage in the app: every ticket tab of the agent's
 * browser shares it, so a second tab opens without refetching). Each read says how old an entry may be.
 * Storage failures (quota, privacy mode) just miss; nothing here holds more than Zendesk already shows.
 */
export type CacheStorage = Pick<Storage, "getItem" | "setItem"> & Partial<Pick<Storage, "removeItem">>;

export function createAccountCache(storage: CacheStorage | undefined, now: () => number) {
  return {
    now,
    /** The entry and its age, or undefined when missing, unreadable or older than `maxAgeMs`. */
    entry<T>(key: string, maxAgeMs: number): Entry<T> | undefined {
      try {
        const entry = JSON.parse(storage?.getItem(key) ?? "null") as Entry<T> | null;
        return entry && typeof entry.at === "number" && now() - entry.at < maxAgeMs ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    read<T>(key: string, maxAgeMs: number): T | undefined {
      return this.entry<T>(key, maxAgeMs)?.data;
    },
    write<T>(key: string, data: T, at = now()): void {
      try {
        storage?.setItem(key, JSON.stringify({ at, data } satisfies Entry<T>));
      } catch {
        /* quota or privacy mode: the next tab fetches again */
      }
    },
    remove(key: string): void {
      try {
        storage?.removeItem?.(key);
      } catch {
        /* nothing to free */
      }
    },
  };
}
export type AccountCache = ReturnType<typeof createAccountCache>;
