import { http } from "msw";
import { readMacroEffects } from "../macroEffects";
import type { Macro, Ticket } from "../model";
import type { ZendeskStore } from "../store";
import { htmlFromPlain } from "../commentBody";
import { paginate } from "./paginate";
import { idParam, notFound, routes, zendeskError, zendeskJson } from "./respond";

function sortedMacros(macros: Macro[]): Macro[] {
  return [...macros].sort((a, b) => a.title.localeCompare(b.title, "es") || a.id - b.id);
}

function list(macros: Macro[], url: URL) {
  return zendeskJson(paginate("macros", macros, url));
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
