import { http } from "msw";
import type { ZendeskStore } from "../store";
import { idParam, notFound, routes, zendeskJson } from "./respond";

/** `?active=true|false`, `?default=true|false`: absent shows all. */
const flagFilter = (url: URL, name: string) => {
  const value = url.searchParams.get(name);
  return value === null ? () => true : (flag: boolean) => flag === (value === "true");
};

/**
 * `GET /api/v2/custom_statuses` ("Lists all undeleted custom ticket statuses for the account. No
 * pagination is provided.", filters `status_categories`, `active`, `default`) and
 * `GET /api/v2/custom_statuses/{id}`; docs "Custom Ticket Statuses". Creating and editing them is not modelled.
 */
export function customStatusHandlers(store: ZendeskStore) {
  return [
    ...routes("/custom_statuses").map((p) =>
      http.get(p, ({ request }) => {
        const url = new URL(request.url);
        const categories = url.searchParams.get("status_categories")?.split(",");
        const active = flagFilter(url, "active");
        const isDefault = flagFilter(url, "default");
        const statuses = store.data.customStatuses.filter(
          (s) => (!categories || categories.includes(s.status_category)) && active(s.active) && isDefault(s.default),
        );
        return zendeskJson({ custom_statuses: statuses });
      }),
    ),
    ...routes("/custom_statuses/:id").map((p) =>
      http.get(p, ({ params }) => {
        const status = store.data.customStatuses.find((s) => s.id === idParam(params.id));
        return status ? zendeskJson({ custom_status: status }) : notFound();
      }),
    ),
  ];
}
