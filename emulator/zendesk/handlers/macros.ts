import { http } from "msw";
import { readMacroEffects } from "../macroEffects";
import type { Macro, Ticket } from "../model";
import type { ZendeskStore } from "../store";
import { htmlFromPlain } from "../commentBody";
import { paginate } from "./paginate";
import { idParam, notFound, routes, zendeskError, zendeskJson } from "./respond";

const alphabetical = (a: Macro, b: Macro) => a.title.localeCompare(b.title, "es") || a.id - b.id;

function sortedMacros(macros: Macro[]): Macro[] {
  return [...macros].sort(alphabetical);
}

/** The `sort_by` values modelled, each ascending; `usage_*` needs usage counts the emulator does not keep. */
const SORTS = new Map<string, (a: Macro, b: Macro) => number>([
  ["alphabetical", alphabetical],
  ["position", (a, b) => a.position - b.position],
  ["created_at", (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at)],
  ["updated_at", (a, b) => Date.parse(a.updated_at) - Date.parse(b.updated_at)],
]);

/**
 * Macros › List Macros: `sort_by` (alphabetical by default) and `sort_order`, asc by default for alphabetical
 * and position, desc for the others. Ties keep the alphabetical order (the docs name no tie-break). Unmodelled
 * values are refused.
 */
function list(macros: Macro[], url: URL) {
  const by = url.searchParams.get("sort_by") ?? "alphabetical";
  const order = url.searchParams.get("sort_order") ?? (by === "alphabetical" || by === "position" ? "asc" : "desc");
  const compare = SORTS.get(by);
  if (!compare) return zendeskError(400, "InvalidParameter", `sort_by ${by} is not modelled by the emulator`);
  if (order !== "asc" && order !== "desc") return zendeskError(400, "InvalidParameter", "sort_order must be asc or desc");
  const sign = order === "asc" ? 1 : -1;
  return zendeskJson(paginate("macros", [...macros].sort((a, b) => sign * compare(a, b)), url));
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
