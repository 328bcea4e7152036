import { TICKET_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

useZendesk();
const tags = async (id: number) => (await (await api(`/api/v2/tickets/${id}/tags.json`)).json()).tags as string[];

// https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#update-many-tickets
// https://developer.zendesk.com/api-reference/ticketing/ticket-management/job_statuses/
describe("Tickets › Update Many Tickets (bulk, ?ids=) and Job Statuses", () => {
  it("adds and removes tags on every listed ticket and answers a queued job whose status lists each result", async () => {
    const ids = [TICKET_IDS.tboComplaint, TICKET_IDS.corporateFixedCharge];
    const res = await api(`/api/v2/tickets/update_many.json?ids=${ids.join(",")}`, {
      method: "PUT",
      body: { ticket: { additional_tags: ["revisado"], remove_tags: ["reclamo"] } },
    });
    expect(res.status).toBe(200);
    const { job_status } = await res.json();
    expect(job_status).toMatchObject({ id: expect.any(String), status: "queued", url: expect.stringContaining(`/job_statuses/${job_status.id}.json`) });

    expect(await tags(TICKET_IDS.tboComplaint)).toEqual(["tbo", "tigo_py", "revisado"]);
    expect(await tags(TICKET_IDS.corporateFixedCharge)).toEqual(["corporativo", "claro_pe", "cargo_fijo", "revisado"]);

    const polled = await (await api(`/api/v2/job_statuses/${job_status.id}.json`)).json();
    expect(polled.job_status).toMatchObject({
      status: "completed",
      total: 2,
      progress: 2,
      results: ids.map((id) => ({ id, action: "update", success: true, status: "Updated" })),
    });
  });

  it("reports an unknown ticket as a failed result, not as an update", async () => {
    const res = await api(`/api/v2/tickets/update_many.json?ids=999999`, { method: "PUT", body: { ticket: { additional_tags: ["x"] } } });
    const { job_status } = await res.json();
    const polled = await (await api(`/api/v2/job_statuses/${job_status.id}.json`)).json();
    expect(polled.job_status.results).toEqual([expect.objectContaining({ id: 999999, success: false })]);
  });

  it("rejects more than 100 ids and the batch form it does not model with 400", async () => {
    const many = Array.from({ length: 101 }, (_, i) => i + 1).join(",");
    expect((await api(`/api/v2/tickets/update_many.json?ids=${many}`, { method: "PUT", body: { ticket: { status: "open" } } })).status).toBe(400);
    const batch = await api(`/api/v2/tickets/update_many.json`, { method: "PUT", body: { tickets: [{ id: TICKET_IDS.tboComplaint, status: "pending" }] } });
    expect(batch.status).toBe(400);
  });

  it("answers 404 for a job status that does not exist", async () => {
    expect((await api(`/api/v2/job_statuses/nope.json`)).status).toBe(404);
  });
});
