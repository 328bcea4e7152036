import { TICKET_IDS } from "../../../emulator/zendesk";
import { api, useZendesk } from "../../integration/emulator/setupZendesk";

const zendesk = useZendesk();
const closedIds = [TICKET_IDS.closedPrePost, TICKET_IDS.closedTbo, TICKET_IDS.closedRetention, TICKET_IDS.closedLpg, TICKET_IDS.closedCorporate];

// https://developer.zendesk.com/documentation/ticketing/managing-tickets/creating-and-updating-tickets/ ("Once a ticket is closed ... it can't be reopened")
// https://developer.zendesk.com/api-reference/ticketing/ticket-management/tags/ ("cannot be used to add, update, or remove tags on closed tickets")
// The docs say closed tickets cannot be changed but show no error body: the emulator answers 422
// RecordInvalid with a status detail (stricter reading; the wording is the emulator's).
describe("Closed tickets cannot be changed", () => {
  it("seeds a closed ticket for every brand that has a flow, the pre-post one ending on Ruta's last step", async () => {
    const tickets = await Promise.all(closedIds.map(async (id) => (await (await api(`/api/v2/tickets/${id}.json`)).json()).ticket));
    expect(tickets.map((t) => t.status)).toEqual(closedIds.map(() => "closed"));
    expect(new Set(tickets.map((t) => t.brand_id)).size).toBe(5);
    expect(tickets[0].tags).toEqual(expect.arrayContaining(["ruta_flow_pre_post", "ruta_step_pre_post_despedida"]));
    const { audits } = await (await api(`/api/v2/tickets/${TICKET_IDS.closedPrePost}/audits.json`)).json();
    expect(audits.at(-1)).toMatchObject({ via: { channel: "rule", source: { rel: "automation" } }, events: [expect.objectContaining({ field_name: "status", value: "closed" })] });
  });

  test.each([
    ["PUT", `/api/v2/tickets/${TICKET_IDS.closedPrePost}.json`, { ticket: { comment: { body: "Nota tardía", public: false } } }],
    ["PUT", `/api/v2/tickets/${TICKET_IDS.closedPrePost}.json`, { ticket: { status: "open" } }],
    ["PUT", `/api/v2/tickets/${TICKET_IDS.closedPrePost}/tags.json`, { tags: ["tarde"] }],
    ["POST", `/api/v2/tickets/${TICKET_IDS.closedPrePost}/tags.json`, { tags: ["tarde"] }],
    ["DELETE", `/api/v2/tickets/${TICKET_IDS.closedPrePost}/tags.json`, { tags: ["ruta_flow_pre_post"] }],
  ])("refuses %s %s with 422 RecordInvalid and leaves the ticket as it was", async (method, path, body) => {
    const before = structuredClone(zendesk.store().data.tickets.find((t) => t.id === TICKET_IDS.closedPrePost));
    const res = await api(path, { method, body });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: "RecordInvalid", details: { status: [expect.objectContaining({ description: "Status: closed prevents ticket update" })] } });
    expect(zendesk.store().data.tickets.find((t) => t.id === TICKET_IDS.closedPrePost)).toEqual(before);
  });
});
