import { http } from "msw";
import { z } from "zod";
import type { JobStatus } from "../model";
import { API_BASE } from "../seed/accountUrl";
import type { ZendeskStore } from "../store";
import { TicketUpdate } from "../ticketUpdate";
import { routes, zendeskError, zendeskJson, notFound } from "./respond";

/** Update Many Tickets takes "a comma-separated list of up to 100 ticket ids". */
const MAX_BULK_IDS = 100;

const BulkBody = z.object({ ticket: TicketUpdate });

const FAILURE: Record<string, string> = { "not-found": "RecordNotFound", conflict: "UpdateConflict", invalid: "RecordInvalid" };

/**
 * `PUT /api/v2/tickets/update_many.json?ids=` (docs "Tickets › Update Many Tickets", bulk form only) and
 * `GET /api/v2/job_statuses/{id}` (docs "Job Statuses"). The update runs at once and honours
 * `additional_tags`/`remove_tags`; the answer is the queued job, its results come from the job status.
 * The batch form (`{"tickets": [...]}` without ids) is not modelled and answers 400.
 */
export function bulkUpdateHandlers(store: ZendeskStore) {
  return [
    ...routes("/tickets/update_many").map((p) =>
      http.put(p, async ({ request }) => {
        const raw = new URL(request.url).searchParams.get("ids");
        const ids = (raw ?? "").split(",").filter(Boolean).map(Number);
        if (!raw || ids.some((id) => !Number.isInteger(id) || id <= 0)) return zendeskError(400, "InvalidParameter", "ids must be a comma-separated list of ticket ids");
        if (ids.length > MAX_BULK_IDS) return zendeskError(400, "InvalidParameter", `ids accepts at most ${MAX_BULK_IDS} ticket ids`);
        const parsed = BulkBody.safeParse(await request.json().catch(() => undefined));
        if (!parsed.success) return zendeskError(400, "InvalidRequest", 'Expected {"ticket": {...}}');
        const results = ids.map((id) => {
          const outcome = store.updateTicket(id, parsed.data.ticket, { tagEdits: true });
          return outcome.kind === "updated"
            ? { id, action: "update", success: true, status: "Updated" }
            : { id, action: "update", success: false, error: FAILURE[outcome.kind] ?? "Failed", details: outcome.kind };
        });
        const jobId = crypto.randomUUID().replace(/-/g, "");
        const job: JobStatus = {
          id: jobId,
          url: `${API_BASE}/job_statuses/${jobId}.json`,
          job_type: "bulk_update",
          total: ids.length,
          progress: ids.length,
          status: "completed",
          message: `Completed at ${new Date(store.clock.now()).toISOString()}`,
          results,
        };
        store.data.jobStatuses.push(job);
        return zendeskJson({ job_status: { ...job, status: "queued", progress: 0, message: null, results: [] } });
      }),
    ),
    ...routes("/job_statuses/:id").map((p) =>
      http.get(p, ({ params }) => {
        const job = store.data.jobStatuses.find((j) => j.id === params.id);
        return job ? zendeskJson({ job_status: job }) : notFound();
      }),
    ),
  ];
}
