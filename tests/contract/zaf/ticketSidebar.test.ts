import { createHostClient } from "../../../emulator/host";
import { CONVERSATION_COMMENTS } from "../../../emulator/host/loadComments";
import { ORDER_STATE_FIELD_ID, TICKET_IDS } from "../../../emulator/zendesk";
import { useZafHost } from "./hostSupport";

const zaf = useZafHost();
const flush = () => new Promise((r) => setTimeout(r, 0));

/**
 * developer.zendesk.com, "Ticket sidebar" (Ticket object, Comment object, ticketFields) and "Core Apps API"
 * (currentUser, currentAccount). The Comment object documents `id`, `author` (a User object), `value` (its
 * HTML), `imageAttachments` and `nonImageAttachments`: no created time and no public flag, so none is given
 * (stricter reading: an app needing them reads the REST comments). The docs do not say in which order the
 * comments come, nor that all of them do: the emulator gives the newest page (CONVERSATION_COMMENTS), newest
 * first, unlike REST's default order.
 */
describe("ticket sidebar paths", () => {
  it("gives ticket.comments as Comment objects, newest first", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    await client.request({
      url: `/api/v2/tickets/${TICKET_IDS.prePostNew}.json`,
      type: "PUT",
      contentType: "application/json",
      data: JSON.stringify({ ticket: { comment: { body: "Nota <b>interna</b>", public: false } } }),
    });
    await zaf.host().refresh(TICKET_IDS.prePostNew);
    const { "ticket.comments": comments } = (await client.get("ticket.comments")) as { "ticket.comments": Record<string, unknown>[] };
    const rest = zaf.store().comments(TICKET_IDS.prePostNew);
    expect(comments.map((c) => c.id)).toEqual(rest.map((c) => c.id).reverse());
    const latest = rest.at(-1)!;
    expect(comments[0]).toEqual({
      id: latest.id,
      author: expect.objectContaining({ id: latest.author_id, name: expect.any(String), role: expect.any(String) }),
      value: latest.html_body,
      imageAttachments: [],
      nonImageAttachments: [],
    });
  });

  it("gives only the newest page of a long conversation", async () => {
    for (let i = 1; i <= CONVERSATION_COMMENTS + 20; i++) zaf.store().updateTicket(TICKET_IDS.tboComplaint, { comment: { body: `Nota ${i}`, public: false } } as never);
    const client = createHostClient(zaf.host(), TICKET_IDS.tboComplaint);
    const { "ticket.comments": comments } = (await client.get("ticket.comments")) as { "ticket.comments": { id: number; value: string }[] };
    expect(comments).toHaveLength(CONVERSATION_COMMENTS);
    expect(comments[0]!.id).toBe(zaf.store().comments(TICKET_IDS.tboComplaint).at(-1)!.id);
    expect(comments[0]!.value).toContain(`Nota ${CONVERSATION_COMMENTS + 20}`);
  });

  it("gives the status category and custom status, the channel, the fields list and the agent", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    const got = await client.get(["ticket.status", "ticket.statusCategory", "ticket.customStatus", "ticket.via", "ticketFields", "currentUser", "currentAccount.subdomain"]);
    expect(got["ticket.statusCategory"]).toBe(got["ticket.status"]);
    expect(got["ticket.customStatus"]).toMatchObject({ statusCategory: got["ticket.status"] });
    expect(got["ticket.via"]).toMatchObject({ channel: expect.any(String) });
    const fields = got.ticketFields as { name: string; options: unknown[] }[];
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(["subject", "status", `custom_field_${ORDER_STATE_FIELD_ID}`]));
    expect(fields.find((f) => f.name === `custom_field_${ORDER_STATE_FIELD_ID}`)?.options).toContainEqual({ label: "En progreso::Datos Insuficientes", value: "en_progreso__datos_insuficientes" });
    expect(got.currentUser).toMatchObject({ locale: "es", groups: expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]), timeZone: expect.objectContaining({ ianaName: expect.any(String) }) });
    expect(got["currentAccount.subdomain"]).toBe("ruta-cc");
  });

  /** "Ticket sidebar", events: `*.changed` fires for any ticket property change, with the property's name and new value. */
  it("fires *.changed with the property name beside the property's own event", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    const any: unknown[] = [];
    const own: unknown[] = [];
    client.on("*.changed", (e) => any.push(e));
    client.on("ticket.status.changed", (s) => own.push(s));
    await client.set("ticket.status", "pending");
    await flush();
    expect(own).toEqual(["pending"]);
    expect(any).toEqual([{ propertyName: "ticket.status", newValue: "pending" }]);
  });
});

/**
 * The npm SDK (zendesk_app_framework_sdk 2.0.11, lib/client.js) times a get/set/invoke out after 5 s and then
 * resolves with a TimeoutError-like object (it is not an Error, so `removePromise` returns it); the CDN SDK
 * rejects after its own limit. The host can answer later than that, to reproduce it.
 */
describe("a host slower than the SDK's time-out", () => {
  it("answers every call only after the configured delay", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    await client.context();
    zaf.host().options.answerDelayMs = 300;
    const started = Date.now();
    expect(await client.get("ticket.id")).toMatchObject({ "ticket.id": TICKET_IDS.prePostNew });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
