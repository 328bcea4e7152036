import { createHostClient } from "../../../emulator/host";
import { CONVERSATION_COMMENTS } from "../../../emulator/host/loadComments";
import { AGENT_IDS, GROUP_IDS, ORDER_STATE_FIELD_ID, REQUESTER_IDS, TICKET_IDS } from "../../../emulator/zendesk";
import { useZafHost, ZENDESK } from "./hostSupport";

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

  it("gives the comment a submit just added, as the conversation shows it", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    await client.get("ticket.comments");
    await client.set("comment.text", "¡Hola! ¿En qué le ayudo?");
    expect((await zaf.host().submit(TICKET_IDS.prePostNew)).ok).toBe(true);
    const { "ticket.comments": comments } = (await client.get("ticket.comments")) as { "ticket.comments": { id: number; value: string }[] };
    expect(comments[0]!.id).toBe(zaf.store().comments(TICKET_IDS.prePostNew).at(-1)!.id);
    expect(comments[0]!.value).toContain("¿En qué le ayudo?");
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

/** tboComplaint: open, group Back Office TBO, assigned to Diego, no priority and no type. */
const TICKET = TICKET_IDS.tboComplaint;
const restTicket = async () => ((await (await fetch(`${ZENDESK}/api/v2/tickets/${TICKET}.json`)).json()) as { ticket: Record<string, unknown> }).ticket;

/** Listens to each named event and to `*.changed`, recording what fires. */
function recordEvents(client: ReturnType<typeof createHostClient>, names: string[]) {
  const own: [string, unknown][] = [];
  const any: unknown[] = [];
  for (const name of names) client.on(name, (payload) => own.push([name, payload]));
  client.on("*.changed", (e) => any.push(e));
  return { own, any };
}

const SUBJECT = "TBO: transferencia de saldo bloqueada";

/**
 * developer.zendesk.com, "Ticket sidebar": the Ticket object's `set` of `ticket.subject` (a string),
 * `ticket.priority` ("low", "normal", "high", "urgent"), `ticket.type` ("question", "incident", "problem",
 * "task") and `ticket.assignee` (`{ groupId, userId }`, userId optional), and the Ticket change events
 * `ticket.subject.changed`, `ticket.priority.changed`, `ticket.type.changed`, `ticket.assignee.group.id.changed`,
 * `ticket.assignee.user.id.changed` (with `*.changed` beside each). The set goes into the editor's draft;
 * the submit saves it.
 */
describe("ticket sidebar set of subject, priority, type and assignee (Ticket sidebar: Ticket object, Ticket change events)", () => {
  test.each([
    { path: "ticket.subject", value: SUBJECT, draft: SUBJECT, events: [["ticket.subject.changed", SUBJECT]], rest: { subject: SUBJECT } },
    { path: "ticket.priority", value: "urgent", draft: "urgent", events: [["ticket.priority.changed", "urgent"]], rest: { priority: "urgent" } },
    { path: "ticket.type", value: "incident", draft: "incident", events: [["ticket.type.changed", "incident"]], rest: { type: "incident" } },
    {
      path: "ticket.assignee",
      value: { groupId: GROUP_IDS.supervisores, userId: AGENT_IDS.veronica },
      draft: { group: expect.objectContaining({ id: GROUP_IDS.supervisores, name: "Supervisores" }), user: expect.objectContaining({ id: AGENT_IDS.veronica, name: "Verónica Salinas" }) },
      events: [
        ["ticket.assignee.group.id.changed", GROUP_IDS.supervisores],
        ["ticket.assignee.user.id.changed", AGENT_IDS.veronica],
      ],
      rest: { group_id: GROUP_IDS.supervisores, assignee_id: AGENT_IDS.veronica },
    },
  ])("$path: get gives the draft, its change events fire, the submit saves it to the REST ticket", async ({ path, value, draft, events, rest }) => {
    const client = createHostClient(zaf.host(), TICKET);
    const fired = recordEvents(client, events.map(([name]) => name as string));
    await client.set(path, value);
    await flush();
    expect((await client.get(path))[path]).toEqual(draft);
    expect(fired.own).toEqual(events);
    expect(fired.any).toEqual(events.map(([name, newValue]) => ({ propertyName: (name as string).replace(/\.changed$/, ""), newValue })));
    expect(await restTicket()).not.toMatchObject(rest);
    expect((await zaf.host().submit(TICKET)).ok).toBe(true);
    expect(await restTicket()).toMatchObject(rest);
  });

  it("ticket.assignee with a group alone assigns the group and no agent; the submit unassigns the agent", async () => {
    const client = createHostClient(zaf.host(), TICKET);
    const fired = recordEvents(client, ["ticket.assignee.group.id.changed", "ticket.assignee.user.id.changed"]);
    await client.set("ticket.assignee", { groupId: GROUP_IDS.retencionEc });
    await flush();
    const { "ticket.assignee": assignee } = (await client.get("ticket.assignee")) as { "ticket.assignee": { group?: { id: number }; user?: unknown } };
    expect(assignee.group?.id).toBe(GROUP_IDS.retencionEc);
    expect(assignee.user).toBeUndefined();
    expect(fired.own).toEqual([
      ["ticket.assignee.group.id.changed", GROUP_IDS.retencionEc],
      ["ticket.assignee.user.id.changed", null],
    ]);
    await zaf.host().submit(TICKET);
    expect(await restTicket()).toMatchObject({ group_id: GROUP_IDS.retencionEc, assignee_id: null });
  });

  it("fires no change event when the value set is the one the ticket already has", async () => {
    const client = createHostClient(zaf.host(), TICKET);
    const fired = recordEvents(client, ["ticket.priority.changed", "ticket.assignee.group.id.changed", "ticket.assignee.user.id.changed"]);
    await client.set("ticket.priority", "high");
    await client.set("ticket.priority", "high");
    await client.set("ticket.assignee", { groupId: GROUP_IDS.backOfficeTbo, userId: AGENT_IDS.diego });
    await flush();
    expect(fired.own).toEqual([["ticket.priority.changed", "high"]]);
  });

  // Where the docs are silent on a value, the stricter reading: refused with InvalidValue, as setPath refuses a bad status.
  test.each([
    ["ticket.subject", 42, "not a string"],
    ["ticket.priority", "critical", "not one of the four priorities"],
    ["ticket.priority", null, "docs silent on clearing: stricter reading, refused"],
    ["ticket.type", "bug", "not one of the four types"],
    ["ticket.assignee", "Supervisores", "not a { groupId, userId } object"],
    ["ticket.assignee", { userId: AGENT_IDS.veronica }, "docs silent on a user without a group: stricter reading, refused"],
    ["ticket.assignee", { groupId: 360000299999 }, "not a group of the account"],
    ["ticket.assignee", { groupId: GROUP_IDS.backOfficeTbo, userId: REQUESTER_IDS.rocio }, "an end-user, not an agent of the account"],
  ])("rejects %s = %j with InvalidValue (%s) and leaves the draft as it was", async (path, value, _why) => {
    const client = createHostClient(zaf.host(), TICKET);
    const before = (await client.get(path))[path];
    const fired = recordEvents(client, []);
    await expect(client.set(path, value)).rejects.toMatchObject({ name: "InvalidValue" });
    await flush();
    expect((await client.get(path))[path]).toEqual(before);
    expect(fired.any).toEqual([]);
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

  it("delays only the calls naming a listed path when paths are given (a slow macro, a prompt read)", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    await client.context();
    Object.assign(zaf.host().options, { answerDelayMs: 300, answerDelayPaths: ["macro"] });
    let started = Date.now();
    await client.get("ticket.id");
    expect(Date.now() - started).toBeLessThan(290);
    started = Date.now();
    await client.invoke("macro", 999_999).catch(() => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
