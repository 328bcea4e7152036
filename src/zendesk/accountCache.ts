type Entry<T> = { at: number; data: T };
export type StoredEntry<T> = Entry<T>;

/**
 * A time-stamped cache over Web Storage (localStorage in the app: every ticket tab of the agent's
 * browser shares it, so a second tab opens without refetching). Each read says how old an entry may be.
 * Storage failures (quota, privacy mode) just miss; nothing here holds more than Zendesk already shows.
 */
export type CacheStorage = Pick<Storage, "getItem" | "setItem"> & Partial<Pick<Storage, "removeItem">>;

/** Runs `task` while holding the lock `name` for every tab of the origin (the Web Locks API in the app). */
export type TabLock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

export function createAccountCache(storage: CacheStorage | undefined, now: () => number, lock?: TabLock) {
  return {
    now,
    /**
     * Runs `task` (which fills `key`) in one tab at a time: tabs opened together wait for the first and take
     * what it kept instead of fetching the same data each. Without the lock, or where it is refused (an
     * opaque origin), the task just runs.
     */
    async exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
      if (!lock) return task();
      let ran = false;
      try {
        return await lock(key, () => ((ran = true), task()));
      } catch (error) {
        if (ran) throw error;
        return task();
      }
    },
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
