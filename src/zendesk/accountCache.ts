/** Account data (macros, ticket fields) changes rarely; every ticket tab's sidebar reuses it this long. */
export const ACCOUNT_CACHE_TTL_MS = 10 * 60_000;

type Entry<T> = { at: number; data: T };

/**
 * A time-limited cache in sessionStorage: the iframes of one Zendesk browser tab share it, so a
 * second ticket opens without refetching the account's macros. Storage failures just miss.
 */
export function createAccountCache(storage: Pick<Storage, "getItem" | "setItem"> | undefined, now: () => number) {
  return {
    read<T>(key: string): T | undefined {
      try {
        const entry = JSON.parse(storage?.getItem(key) ?? "null") as Entry<T> | null;
        return entry && now() - entry.at < ACCOUNT_CACHE_TTL_MS ? entry.data : undefined;
      } catch {
        return undefined;
      }
    },
    write<T>(key: string, data: T): void {
      try {
        storage?.setItem(key, JSON.stringify({ at: now(), data } satisfies Entry<T>));
      } catch {
        /* quota or privacy mode: the next tab fetches again */
      }
    },
  };
}
export type AccountCache = ReturnType<typeof createAccountCache>;
