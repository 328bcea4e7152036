import { http } from "msw";
import { z } from "zod";
import { UserCreate } from "../createUser";
import { USER_ROLES } from "../model";
import type { ZendeskStore } from "../store";
import { paginate } from "./paginate";
import { idParam, notFound, routes, zendeskError, zendeskJson } from "./respond";

const InstallationUpdate = z.object({ settings: z.record(z.string(), z.unknown()).optional(), enabled: z.boolean().optional() });

/** Brands, users (listed by `role` / `role[]`), groups, ticket fields and the app installation. */
export function accountHandlers(store: ZendeskStore) {
  const data = () => store.data;
  return [
    ...routes("/brands").map((p) => http.get(p, ({ request }) => zendeskJson(paginate("brands", data().brands, new URL(request.url))))),
    ...routes("/brands/:id").map((p) =>
      http.get(p, ({ params }) => {
        const brand = data().brands.find((b) => b.id === idParam(params.id));
        return brand ? zendeskJson({ brand }) : notFound();
      }),
    ),
    ...routes("/users/me").map((p) => http.get(p, () => zendeskJson({ user: store.currentUser() }))),
    ...routes("/users/:id/group_memberships").map((p) =>
      http.get(p, ({ params, request }) => {
        const userId = params.id === "me" ? store.currentUser().id : idParam(params.id);
        const memberships = data().groupMemberships.filter((m) => m.user_id === userId);
        return zendeskJson(paginate("group_memberships", memberships, new URL(request.url)));
      }),
    ),
    ...routes("/users").map((p) =>
      http.get(p, ({ request }) => {
        const url = new URL(request.url);
        const roles = [...url.searchParams.getAll("role"), ...url.searchParams.getAll("role[]")];
        // Docs silent on an unknown role; stricter reading: refused rather than answering no users.
        const unknown = roles.find((r) => !(USER_ROLES as readonly string[]).includes(r));
        if (unknown !== undefined) return zendeskError(400, "InvalidParameter", `role must be one of ${USER_ROLES.join(", ")}, not ${unknown}`);
        const users = roles.length ? data().users.filter((u) => roles.includes(u.role)) : data().users;
        return zendeskJson(paginate("users", users, url));
      }),
    ),
    ...routes("/users").map((p) =>
      http.post(p, async ({ request }) => {
        const parsed = z.object({ user: UserCreate }).safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return zendeskError(400, "InvalidRequest", `Invalid user: ${parsed.error.issues[0]?.message ?? "bad body"}`);
        const outcome = store.createUser(parsed.data.user);
        if (outcome.kind === "invalid") return zendeskError(422, "RecordInvalid", "Record validation errors", { details: outcome.details });
        return zendeskJson({ user: outcome.user }, 201, { Location: outcome.user.url });
      }),
    ),
    ...routes("/users/:id").map((p) =>
      http.get(p, ({ params }) => {
        const user = data().users.find((u) => u.id === idParam(params.id));
        return user ? zendeskJson({ user }) : notFound();
      }),
    ),
    ...routes("/groups").map((p) => http.get(p, ({ request }) => zendeskJson(paginate("groups", data().groups, new URL(request.url))))),
    ...routes("/ticket_fields").map((p) =>
      http.get(p, ({ request }) => zendeskJson(paginate("ticket_fields", data().ticketFields, new URL(request.url)))),
    ),
    ...routes("/ticket_fields/:id").map((p) =>
      http.get(p, ({ params }) => {
        const field = data().ticketFields.find((f) => f.id === idParam(params.id));
        return field ? zendeskJson({ ticket_field: field }) : notFound();
      }),
    ),
    ...routes("/apps/installations").map((p) => http.get(p, () => zendeskJson({ installations: [data().installation] }))),
    ...routes("/apps/installations/:id").map((p) =>
      http.get(p, ({ params }) => (idParam(params.id) === data().installation.id ? zendeskJson(data().installation) : notFound())),
    ),
    ...routes("/apps/installations/:id").map((p) =>
      http.put(p, async ({ params, request }) => {
        if (idParam(params.id) !== data().installation.id) return notFound();
        if (store.currentUser().role !== "admin") {
          return zendeskError(403, "Forbidden", "You do not have access to this page. Please contact the account owner of this help desk for further help.");
        }
        const parsed = InstallationUpdate.safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return zendeskError(400, "InvalidRequest", "Expected {\"settings\": {...}}");
        if (parsed.data.enabled !== undefined) data().installation.enabled = parsed.data.enabled;
        return zendeskJson(store.updateInstallationSettings(parsed.data.settings ?? {}));
      }),
    ),
  ];
}
