import { http } from "msw";
import { readMacroEffects } from "../macroEffects";
import type { Macro, Ticket } from "../model";
import type { ZendeskStore } from "../store";
import { htmlFromPlain } from "../commentBody";
import { idParam, notFound, paginateOffset, routes, zendeskError, zendeskJson } from "./respond";

/** Zendesk's cursor pagination caps a page at 100. */
export const MAX_PAGE_SIZE = 100;

const encodeCursor = (index: number) => Buffer.from(`i:${index}`).toString("base64url");
const decodeCursor = (cursor: string) => Number(Buffer.from(cursor, "base64url").toString().slice(2));

function sortedMacros(macros: Macro[]): Macro[] {
  return [...macros].sort((a, b) => a.title.localeCompare(b.title, "es") || a.id - b.id);
}

/** Cursor pagination (`page[size]`, `page[after]`, `page[before]`) with `meta` and `links`, as Zendesk's list endpoints. */
function paginateCursor(macros: Macro[], url: URL): Record<string, unknown> {
  const size = Math.min(Math.max(Number(url.searchParams.get("page[size]")) || MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const after = url.searchParams.get("page[after]");
  const before = url.searchParams.get("page[before]");
  let start = after ? decodeCursor(after) + 1 : 0;
  if (before) start = Math.max(decodeCursor(before) - size, 0);
  const page = macros.slice(start, start + size);
  const end = start + page.length - 1;
  const hasMore = end < macros.length - 1;
  const link = (param: string, cursor: string) => {
    const next = new URL(url);
    next.searchParams.delete("page[after]");
    next.searchParams.delete("page[before]");
    next.searchParams.set("page[size]", String(size));
    next.searchParams.set(param, cursor);
    return next.toString();
  };
  const afterCursor = page.length ? encodeCursor(end) : null;
  const beforeCursor = page.length ? encodeCursor(start) : null;
  return {
    macros: page,
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: {
      prev: start > 0 && beforeCursor ? link("page[before]", beforeCursor) : null,
      next: hasMore && afterCursor ? link("page[after]", afterCursor) : null,
    },
  };
}

function list(macros: Macro[], url: URL) {
  const usesCursor = [...url.searchParams.keys()].some((k) => k.startsWith("page["));
  return zendeskJson(usesCursor ? paginateCursor(macros, url) : paginateOffset("macros", macros, url));
}

/** The ticket as it would be after the macro, plus its comment: `GET .../macros/:id/apply` (nothing is saved). */
function applyPreview(macro: Macro, ticket: Ticket | undefined) {
  const effects = readMacroEffects(macro);
  const text = effects.comment?.text ?? "";
  const comment = {
    body: text,
    html_body: effects.comment?.html ? text : htmlFromPlain(text),
    public: effects.commentPublic ?? true,
    scoped_body: [["channel:all", text]],
  };
  let tags = effects.setTags ?? [...(ticket?.tags ?? [])];
  tags = [...new Set([...tags, ...effects.addTags])].filter((t) => !effects.removeTags.includes(t));
  const fields = effects.customFields.map((f) => ({ id: f.id, value: f.value }));
  const result: Record<string, unknown> = {
    ...(ticket ? { id: ticket.id, url: ticket.url } : {}),
    ...(effects.status ? { status: effects.status } : {}),
    ...(effects.groupId ? { group_id: effects.groupId } : {}),
    ...(effects.subject ? { subject: effects.subject } : {}),
    tags,
    fields,
    custom_fields: fields,
    ...(effects.comment ? { comment } : {}),
  };
  return zendeskJson({ result: { ticket: result, ...(effects.comment ? { comment } : {}) } });
}

/** Macros: list (offset or cursor), active, search by title, categories, show, and the apply preview. */
export function macroHandlers(store: ZendeskStore) {
  const all = () => sortedMacros(store.data.macros);
  const findMacro = (id: number | null) => store.data.macros.find((m) => m.id === id);
  return [
    ...routes("/macros/active").map((p) => http.get(p, ({ request }) => list(all().filter((m) => m.active), new URL(request.url)))),
    ...routes("/macros/search").map((p) =>
      http.get(p, ({ request }) => {
        const url = new URL(request.url);
        const query = (url.searchParams.get("query") ?? "").trim().toLowerCase();
        if (!query) return zendeskError(400, "InvalidParameter", "query is required");
        return list(all().filter((m) => m.title.toLowerCase().includes(query)), url);
      }),
    ),
    ...routes("/macros/categories").map((p) =>
      http.get(p, () => zendeskJson({ categories: [...new Set(all().filter((m) => m.title.includes("::")).map((m) => m.title.split("::")[0]))] })),
    ),
    ...routes("/macros/:id/apply").map((p) =>
      http.get(p, ({ params }) => {
        const macro = findMacro(idParam(params.id));
        return macro ? applyPreview(macro, undefined) : notFound();
      }),
    ),
    ...routes("/tickets/:tid/macros/:mid/apply").map((p) =>
      http.get(p, ({ params }) => {
        const ticket = store.data.tickets.find((t) => t.id === idParam(params.tid));
        const macro = findMacro(idParam(params.mid));
        return ticket && macro ? applyPreview(macro, ticket) : notFound();
      }),
    ),
    ...routes("/macros/:id").map((p) =>
      http.get(p, ({ params }) => {
        const macro = findMacro(idParam(params.id));
        return macro ? zendeskJson({ macro }) : notFound();
      }),
    ),
    ...routes("/macros").map((p) =>
      http.get(p, ({ request }) => {
        const url = new URL(request.url);
        const active = url.searchParams.get("active");
        const macros = active === null ? all() : all().filter((m) => m.active === (active === "true"));
        return list(macros, url);
      }),
    ),
  ];
}
