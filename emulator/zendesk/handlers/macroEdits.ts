import { http, HttpResponse } from "msw";
import { z } from "zod";
import type { Macro } from "../model";
import { apiUrl } from "../seed/accountUrl";
import type { ZendeskStore } from "../store";
import { formatZendeskTime } from "../time";
import { invalidDetails } from "../validateTicket";
import { refuseNonAdmin } from "./adminOnly";
import { idParam, notFound, routes, zendeskError, zendeskJson } from "./respond";

/** The action fields a macro may set (docs "Actions reference" for macros); custom fields as `custom_fields_<id>`. */
const ACTION_FIELDS = new Set(["status", "priority", "type", "group_id", "assignee_id", "subject", "set_tags", "current_tags", "remove_tags", "comment_value", "comment_value_html", "comment_mode_is_public"]);

const Action = z.strictObject({ field: z.string(), value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]) });
const MacroInput = z.strictObject({
  title: z.string().optional(),
  actions: z.array(Action).optional(),
  active: z.boolean().optional(),
  description: z.string().nullable().optional(),
  position: z.number().int().optional(),
});
const MacroBody = z.object({ macro: MacroInput });
type MacroInput = z.infer<typeof MacroInput>;

function invalidMacro(input: MacroInput, creating: boolean) {
  if ((creating || input.title !== undefined) && !input.title?.trim()) return invalidDetails("title", "Title: cannot be blank", "BlankValue");
  if (creating && !input.actions?.length) return invalidDetails("actions", "Actions: cannot be blank", "BlankValue");
  const unknown = input.actions?.find((a) => !ACTION_FIELDS.has(a.field) && !/^custom_fields_\d+$/.test(a.field));
  return unknown ? invalidDetails("actions", `Actions: ${unknown.field} is not a valid action field`) : null;
}

/**
 * Create, Update and Delete Macro (docs "Macros"): `POST /api/v2/macros`, `PUT /api/v2/macros/{id}`
 * (an `actions` array replaces the whole list), `DELETE /api/v2/macros/{id}` (204). Shared macros are
 * edited by admins only; personal macros and restrictions are not modelled.
 */
export function macroEditHandlers(store: ZendeskStore) {
  const invalid = (details: ReturnType<typeof invalidDetails>) => zendeskError(422, "RecordInvalid", "Record validation errors", { details });
  const parse = async (request: Request) => MacroBody.safeParse(await request.json().catch(() => undefined));
  return [
    ...routes("/macros").map((p) =>
      http.post(p, async ({ request }) => {
        const refused = refuseNonAdmin(store);
        if (refused) return refused;
        const parsed = await parse(request);
        if (!parsed.success) return zendeskError(400, "InvalidRequest", `Invalid macro: ${parsed.error.issues[0]?.message ?? "bad body"}`);
        const details = invalidMacro(parsed.data.macro, true);
        if (details) return invalid(details);
        const { title = "", actions = [], active = true, description = null } = parsed.data.macro;
        const id = Math.max(0, ...store.data.macros.map((m) => m.id)) + 1;
        const now = formatZendeskTime(store.clock.now());
        const macro: Macro = {
          id, url: apiUrl("macros", id), title, raw_title: title, description, active, default: false,
          position: parsed.data.macro.position ?? store.data.macros.length, restriction: null, actions, created_at: now, updated_at: now,
        };
        store.data.macros.push(macro);
        store.accountChanged();
        return zendeskJson({ macro }, 201);
      }),
    ),
    ...routes("/macros/:id").map((p) =>
      http.put(p, async ({ params, request }) => {
        const macro = store.data.macros.find((m) => m.id === idParam(params.id));
        if (!macro) return notFound();
        const refused = refuseNonAdmin(store);
        if (refused) return refused;
        const parsed = await parse(request);
        if (!parsed.success) return zendeskError(400, "InvalidRequest", `Invalid macro: ${parsed.error.issues[0]?.message ?? "bad body"}`);
        const details = invalidMacro(parsed.data.macro, false);
        if (details) return invalid(details);
        const { title, ...rest } = parsed.data.macro;
        Object.assign(macro, rest, title !== undefined ? { title, raw_title: title } : {}, { updated_at: formatZendeskTime(store.clock.now()) });
        store.accountChanged();
        return zendeskJson({ macro });
      }),
    ),
    ...routes("/macros/:id").map((p) =>
      http.delete(p, ({ params }) => {
        const macro = store.data.macros.find((m) => m.id === idParam(params.id));
        if (!macro) return notFound();
        const refused = refuseNonAdmin(store);
        if (refused) return refused;
        store.data.macros = store.data.macros.filter((m) => m !== macro);
        store.accountChanged();
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
