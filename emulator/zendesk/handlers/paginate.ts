/** "Most endpoints limit this to a maximum of 100" (docs "Pagination"); larger sizes are capped. */
export const MAX_PAGE_SIZE = 100;

// A cursor names the record it stops at, so records added meanwhile (a new comment first in desc order) shift nothing.
const encodeCursor = (id: number) => Buffer.from(`id:${id}`).toString("base64url");
const decodeCursor = (cursor: string) => Number(Buffer.from(cursor, "base64url").toString().slice(3));

/** Cursor pagination (`page[size]`, `page[after]`, `page[before]`) with `meta` and `links`, docs "Pagination". */
export function paginateCursor<T extends { id: number }>(key: string, items: T[], url: URL): Record<string, unknown> {
  const size = Math.min(Math.max(Number(url.searchParams.get("page[size]")) || MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const after = url.searchParams.get("page[after]");
  const before = url.searchParams.get("page[before]");
  const indexOf = (cursor: string) => {
    const id = decodeCursor(cursor);
    return items.findIndex((item) => item.id === id);
  };
  let start = after ? indexOf(after) + 1 : 0;
  if (after && start === 0) start = items.length; // a cursor naming nothing here ends the list
  if (before) start = Math.max(indexOf(before) - size, 0);
  const page = items.slice(start, start + size);
  const hasMore = start + page.length < items.length;
  const link = (param: string, cursor: string) => {
    const next = new URL(url);
    next.searchParams.delete("page[after]");
    next.searchParams.delete("page[before]");
    next.searchParams.set("page[size]", String(size));
    next.searchParams.set(param, cursor);
    return next.toString();
  };
  const afterCursor = page.length ? encodeCursor(page[page.length - 1]!.id) : null;
  const beforeCursor = page.length ? encodeCursor(page[0]!.id) : null;
  return {
    [key]: page,
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: {
      prev: start > 0 && beforeCursor ? link("page[before]", beforeCursor) : null,
      next: hasMore && afterCursor ? link("page[after]", afterCursor) : null,
    },
  };
}

/** Offset pagination as Zendesk's older list endpoints do it: `page`, `per_page` (max 100), `next_page`, `count`. */
export function paginateOffset<T>(key: string, items: T[], url: URL): Record<string, unknown> {
  const perPage = Math.min(Math.max(Number(url.searchParams.get("per_page")) || 100, 1), 100);
  const page = Math.max(Number(url.searchParams.get("page")) || 1, 1);
  const start = (page - 1) * perPage;
  const pageUrl = (n: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(n));
    next.searchParams.set("per_page", String(perPage));
    return next.toString();
  };
  return {
    [key]: items.slice(start, start + perPage),
    next_page: start + perPage < items.length ? pageUrl(page + 1) : null,
    previous_page: page > 1 ? pageUrl(page - 1) : null,
    count: items.length,
  };
}

/** Cursor pagination when any `page[...]` parameter is given, offset pagination otherwise (docs "Pagination"). */
export function paginate<T extends { id: number }>(key: string, items: T[], url: URL): Record<string, unknown> {
  const usesCursor = [...url.searchParams.keys()].some((k) => k.startsWith("page["));
  return usesCursor ? paginateCursor(key, items, url) : paginateOffset(key, items, url);
}

/** `sort_order=asc|desc` (asc by default); anything else is refused by the caller. */
export function sortOrder(url: URL): "asc" | "desc" | null {
  const value = url.searchParams.get("sort_order") ?? "asc";
  return value === "asc" || value === "desc" ? value : null;
}
