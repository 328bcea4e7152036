import { http, HttpResponse } from "msw";
import { z } from "zod";
import type { FieldOption, TicketField } from "../model";
import { apiUrl } from "../seed/accountUrl";
import type { ZendeskStore } from "../store";
import { formatZendeskTime } from "../time";
import { invalidDetails, type InvalidDetails } from "../validateTicket";
import { refuseNonAdmin } from "./adminOnly";
import { paginate } from "./paginate";
import { idParam, notFound, routes, zendeskError, zendeskJson } from "./respond";

/** Custom field types (docs "Ticket Fields" JSON format, `type`); "tagger" is the drop-down. */
const CUSTOM_TYPES = ["text", "textarea", "checkbox", "date", "integer", "decimal", "regexp", "partialcreditcard", "multiselect", "tagger", "lookup"] as const;
const LISTS = new Set(["tagger", "multiselect"]);

/** An option as a client sends it, often read back from a GET: `raw_name` and `url` are read-only and ignored. */
const OptionInput = z.strictObject({
  id: z.number().int().optional(),
  name: z.string(),
  value: z.string(),
  raw_name: z.string().optional(),
  url: z.string().optional(),
  default: z.boolean().optional(),
});
const FieldInput = z.strictObject({
  type: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  agent_description: z.string().nullable().optional(),
  active: z.boolean().optional(),
  required: z.boolean().optional(),
  position: z.number().int().optional(),
  tag: z.string().nullable().optional(),
  custom_field_options: z.array(OptionInput).optional(),
});
type OptionInput = z.infer<typeof OptionInput>;

/** An option value becomes a tag: no spaces, unique within the field. */
function invalidOptions(options: OptionInput[]): InvalidDetails | null {
  const values = options.map((o) => o.value);
  const bad = options.find((o) => !o.name.trim() || !o.value || /\s/.test(o.value));
  if (bad) return invalidDetails("custom_field_options", `Field options: "${bad.name}" needs a name and a value without spaces`);
  const duplicate = values.find((v, i) => values.indexOf(v) !== i);
  return duplicate ? invalidDetails("custom_field_options", `Field options: ${duplicate} is used twice`, "DuplicateValue") : null;
}

/**
 * Create, Update and Delete Ticket Field and its options (docs "Ticket Fields"): `POST/PUT/DELETE
 * /api/v2/ticket_fields[/{id}]` (a PUT's `custom_field_options` replaces the list: options without an id
 * are created, omitted ones removed), `GET/POST /api/v2/ticket_fields/{id}/options` (POST with an `id`
 * updates, without creates) and `GET/DELETE /api/v2/ticket_fields/{id}/options/{option_id}`. Admins
 * only; system fields cannot be deleted.
 */
export function ticketFieldEditHandlers(store: ZendeskStore) {
  const data = () => store.data;
  const now = () => formatZendeskTime(store.clock.now());
  const invalid = (details: InvalidDetails) => zendeskError(422, "RecordInvalid", "Record validation errors", { details });
  const badBody = (error: z.ZodError) => zendeskError(400, "InvalidRequest", `Invalid ticket field: ${error.issues[0]?.message ?? "bad body"}`);
  const findField = (id: string | readonly string[] | undefined) => data().ticketFields.find((f) => f.id === idParam(id));
  const toOptions = (field: TicketField, inputs: OptionInput[]): FieldOption[] =>
    inputs.map((o) => {
      const id = o.id ?? Math.max(field.id * 100, ...data().ticketFields.flatMap((f) => f.custom_field_options ?? []).map((x) => x.id)) + 1;
      const option = { id, name: o.name, raw_name: o.name, value: o.value, default: o.default ?? false };
      (field.custom_field_options ??= []).push(option); // keeps the next generated id above this one
      return option;
    });
  const touched = <T>(value: T) => (store.accountChanged(), value);
  return [
    ...routes("/ticket_fields").map((p) =>
      http.post(p, async ({ request }) => {
        const refused = refuseNonAdmin(store);
        if (refused) return refused;
        const parsed = z.object({ ticket_field: FieldInput }).safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return badBody(parsed.error);
        const input = parsed.data.ticket_field;
        if (!input.title?.trim()) return invalid(invalidDetails("title", "Title: cannot be blank", "BlankValue"));
        if (!(CUSTOM_TYPES as readonly string[]).includes(input.type ?? "")) return invalid(invalidDetails("type", `Type: ${input.type ?? ""} is not a valid field type`));
        if (LISTS.has(input.type!) && !input.custom_field_options?.length) return invalid(invalidDetails("custom_field_options", "Field options: a drop-down needs options", "BlankValue"));
        const optionsInvalid = invalidOptions(input.custom_field_options ?? []);
        if (optionsInvalid) return invalid(optionsInvalid);
        const id = Math.max(0, ...data().ticketFields.map((f) => f.id)) + 1;
        const { custom_field_options, ...rest } = input;
        const field: TicketField = {
          id, url: apiUrl("ticket_fields", id), type: input.type!, title: input.title, raw_title: input.title,
          description: rest.description ?? "", raw_description: rest.description ?? "", agent_description: rest.agent_description ?? null,
          position: rest.position ?? data().ticketFields.length + 1, active: rest.active ?? true, required: rest.required ?? false,
          collapsed_for_agents: false, regexp_for_validation: null, title_in_portal: input.title, visible_in_portal: false,
          editable_in_portal: false, required_in_portal: false, tag: rest.tag ?? null, removable: true, created_at: now(), updated_at: now(),
        };
        if (custom_field_options) toOptions(field, custom_field_options.map(({ id: _id, ...o }) => o));
        data().ticketFields.push(field);
        return touched(zendeskJson({ ticket_field: field }, 201));
      }),
    ),
    ...routes("/ticket_fields/:id").map((p) =>
      http.put(p, async ({ params, request }) => {
        const field = findField(params.id);
        if (!field) return notFound();
        const refused = refuseNonAdmin(store);
        if (refused) return refused;
        const parsed = z.object({ ticket_field: FieldInput }).safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return badBody(parsed.error);
        const { custom_field_options, type, title, description, ...rest } = parsed.data.ticket_field;
        if (type !== undefined && type !== field.type) return invalid(invalidDetails("type", "Type: cannot be changed"));
        if (title !== undefined && !title.trim()) return invalid(invalidDetails("title", "Title: cannot be blank", "BlankValue"));
        if (custom_field_options) {
          if (!field.custom_field_options) return invalid(invalidDetails("custom_field_options", "Field options: this field has none"));
          const optionsInvalid = invalidOptions(custom_field_options);
          if (optionsInvalid) return invalid(optionsInvalid);
          const kept = new Map(field.custom_field_options.map((o) => [o.id, o]));
          field.custom_field_options = [];
          for (const o of custom_field_options) {
            const existing = o.id !== undefined ? kept.get(o.id) : undefined;
            if (existing) field.custom_field_options.push({ ...existing, name: o.name, raw_name: o.name, value: o.value, default: o.default ?? existing.default });
            else toOptions(field, [{ name: o.name, value: o.value, ...(o.default !== undefined ? { default: o.default } : {}) }]);
          }
        }
        Object.assign(field, rest, title !== undefined ? { title, raw_title: title, title_in_portal: title } : {}, description !== undefined ? { description, raw_description: description } : {}, { updated_at: now() });
        return touched(zendeskJson({ ticket_field: field }));
      }),
    ),
    ...routes("/ticket_fields/:id").map((p) =>
      http.delete(p, ({ params }) => {
        const field = findField(params.id);
        if (!field) return notFound();
        const refused = refuseNonAdmin(store);
        if (refused) return refused;
        if (!field.removable) return invalid(invalidDetails("base", `${field.title} is a system field and cannot be deleted`));
        data().ticketFields = data().ticketFields.filter((f) => f !== field);
        return touched(new HttpResponse(null, { status: 204 }));
      }),
    ),
    ...routes("/ticket_fields/:id/options").map((p) =>
      http.get(p, ({ params, request }) => {
        const field = findField(params.id);
        return field?.custom_field_options ? zendeskJson(paginate("custom_field_options", field.custom_field_options, new URL(request.url))) : notFound();
      }),
    ),
    ...routes("/ticket_fields/:id/options").map((p) =>
      http.post(p, async ({ params, request }) => {
        const field = findField(params.id);
        if (!field?.custom_field_options) return notFound();
        const refused = refuseNonAdmin(store);
        if (refused) return refused;
        const parsed = z.object({ custom_field_option: OptionInput }).safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return badBody(parsed.error);
        const input = parsed.data.custom_field_option;
        const existing = input.id !== undefined ? field.custom_field_options.find((o) => o.id === input.id) : undefined;
        if (input.id !== undefined && !existing) return notFound();
        const others = field.custom_field_options.filter((o) => o !== existing);
        const optionsInvalid = invalidOptions([...others, input]);
        if (optionsInvalid) return invalid(optionsInvalid);
        field.updated_at = now();
        if (existing) {
          Object.assign(existing, { name: input.name, raw_name: input.name, value: input.value });
          return touched(zendeskJson({ custom_field_option: existing }));
        }
        const [created] = toOptions(field, [{ name: input.name, value: input.value }]);
        return touched(zendeskJson({ custom_field_option: created }, 201));
      }),
    ),
    ...routes("/ticket_fields/:id/options/:optionId").map((p) =>
      http.get(p, ({ params }) => {
        const option = findField(params.id)?.custom_field_options?.find((o) => o.id === idParam(params.optionId));
        return option ? zendeskJson({ custom_field_option: option }) : notFound();
      }),
    ),
    ...routes("/ticket_fields/:id/options/:optionId").map((p) =>
      http.delete(p, ({ params }) => {
        const field = findField(params.id);
        const option = field?.custom_field_options?.find((o) => o.id === idParam(params.optionId));
        if (!field || !option) return notFound();
        const refused = refuseNonAdmin(store);
        if (refused) return refused;
        field.custom_field_options = field.custom_field_options!.filter((o) => o !== option);
        field.updated_at = now();
        return touched(new HttpResponse(null, { status: 204 }));
      }),
    ),
  ];
}
