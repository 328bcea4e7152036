import { createHostClient, createZafHost, type ZafHost } from "../../../emulator/host";
import { FIELD_IDS, TICKET_IDS } from "../../../emulator/zendesk";
import { ApiFailure } from "../../../src/zendesk/apiError";
import { createZendeskPort } from "../../../src/zendesk/createZendeskPort";
import { readMarker } from "../../../src/zendesk/noteMarker";
import type { ZendeskPort } from "../../../src/zendesk/port";
import type { RetryWait } from "../../../src/zendesk/rest";
import { MAX_ATTEMPTS } from "../../../src/zendesk/retryPolicy";
import type { NoteIntent } from "../../../src/zendesk/writeNote";
import type { ZafClient } from "../../../src/zendesk/zafClient";
import { useZendesk, ZENDESK } from "../emulator/setupZendesk";

// The write path against the emulator, which follows developer.zendesk.com "Tickets" (Update Ticket:
// `tags` replaces the whole list; `safe_update` + `updated_stamp` answer 409 when the ticket changed)
// and "Adding tags to tickets without overwriting existing tags" (additional_tags only on update_many).
const zendesk = useZendesk();
const TICKET = TICKET_IDS.tboComplaint;
const BODY = "[Ruta] TBO · SysHelp\n\n✔ Correo: a@b.com";

let host: ZafHost;
let requests: string[];
let sleeps: number[];
/** Replaces the answer to the next matching request after the emulator handled it (the write lands). */
let afterLanding: { method: string; answer: () => Response } | undefined;

beforeEach(() => {
  requests = [];
  sleeps = [];
  afterLanding = undefined;
  host = createZafHost({
    api: async (path, init) => {
      requests.push(`${init?.method ?? "GET"} ${path}`);
      const response = await fetch(`${ZENDESK}${path}`, init);
      const fault = afterLanding;
      if (fault && fault.method === (init?.method ?? "GET")) {
        afterLanding = undefined;
        return fault.answer();
      }
      return response;
    },
    saveHookTimeoutMs: 1000,
  });
});

async function openPort(): Promise<ZendeskPort> {
  await host.activate(TICKET);
  const client = createHostClient(host, TICKET) as unknown as ZafClient;
  return createZendeskPort(client, { sleep: async (ms) => void sleeps.push(ms), now: () => Date.now(), random: () => 0.5 });
}

const ticket = () => zendesk.store().data.tickets.find((t) => t.id === TICKET)!;
const rutaNotes = () => zendesk.store().comments(TICKET).filter((c) => !c.public && c.body.startsWith("[Ruta]"));
const puts = () => requests.filter((r) => r.startsWith("PUT"));

/** An intent that adds `add` to whatever tags the ticket has, with a fixed note. */
function intentFor(add: string[], overrides: Partial<NoteIntent> = {}): NoteIntent {
  return {
    ticketId: TICKET,
    stepId: "tbo.syshelp",
    tags: [...ticket().tags],
    updatedStamp: ticket().updated_at,
    plan: (tags) => ({ body: BODY, tags: [...tags, ...add.filter((t) => !tags.includes(t))] }),
    ...overrides,
  };
}

describe("writeNote() over the emulator", () => {
  it("writes the note with its marker and the whole tag list in one PUT under safe_update", async () => {
    const port = await openPort();
    const before = [...ticket().tags];
    const result = await port.writeNote(intentFor(["ruta_ck_tbo_x__correo"]));
    expect(result).toMatchObject({ status: "written", tags: { add: ["ruta_ck_tbo_x__correo"], remove: [] } });
    expect(ticket().tags).toEqual([...before, "ruta_ck_tbo_x__correo"]);
    expect(rutaNotes()).toHaveLength(1);
    expect(readMarker(rutaNotes()[0]!.body)).toMatch(/^[0-9a-z]{7}$/);
    expect(puts()).toEqual([`PUT /api/v2/tickets/${TICKET}.json`]);
  });

  it("writes the plan's ticket fields in the same PUT as the note", async () => {
    const port = await openPort();
    const plan: NoteIntent["plan"] = (tags) => ({ body: BODY, tags: [...tags], fields: [{ id: FIELD_IDS.identityCard, value: "5123456 CB" }] });
    expect(await port.writeNote(intentFor([], { plan }))).toMatchObject({ status: "written" });
    expect(ticket().custom_fields.find((f) => f.id === FIELD_IDS.identityCard)?.value).toBe("5123456 CB");
    expect(rutaNotes()).toHaveLength(1);
    expect(puts()).toEqual([`PUT /api/v2/tickets/${TICKET}.json`]);
  });

  it("on a 409 re-reads, plans again from the fresh tags and keeps the tag another agent added meanwhile", async () => {
    const port = await openPort();
    const intent = intentFor(["ruta_ck_tbo_x__correo"]);
    const asRead = [...ticket().tags];
    zendesk.store().updateTicket(TICKET, { tags: [...asRead, "vip_trigger"] });
    expect(await port.writeNote(intent)).toMatchObject({ status: "written" });
    expect(ticket().tags).toEqual(expect.arrayContaining([...asRead, "vip_trigger", "ruta_ck_tbo_x__correo"]));
    expect(rutaNotes()).toHaveLength(1);
    expect(puts()).toHaveLength(2);
  });

  it("hands the plan the fresh tags, so a tag removed by someone else meanwhile stays removed", async () => {
    const port = await openPort();
    const stale = intentFor([]);
    zendesk.store().updateTicket(TICKET, { tags: ["otro"] });
    const seen: string[][] = [];
    const intent = intentFor(["ruta_x"], { tags: stale.tags, updatedStamp: stale.updatedStamp, plan: (tags) => (seen.push([...tags]), { body: BODY, tags: [...tags, "ruta_x"] }) });
    await port.writeNote(intent);
    expect(seen.at(-1)).toEqual(["otro"]);
    expect(ticket().tags).toEqual(["otro", "ruta_x"]);
  });

  it("does not write the same note twice: the second save finds its marker and writes nothing", async () => {
    const port = await openPort();
    const intent = intentFor(["ruta_ck_tbo_x__correo"]);
    await port.writeNote(intent);
    expect(await port.writeNote(intent)).toMatchObject({ status: "alreadyThere", tags: { add: [], remove: [] } });
    expect(rutaNotes()).toHaveLength(1);
    expect(puts()).toHaveLength(2);
  });

  it("does not write it again from a fresh read that has every tag: the note alone is looked for first", async () => {
    const port = await openPort();
    await port.writeNote(intentFor(["ruta_ck_tbo_x__correo"]));
    expect(await port.writeNote(intentFor(["ruta_ck_tbo_x__correo"]))).toMatchObject({ status: "alreadyThere" });
    expect(rutaNotes()).toHaveLength(1);
    expect(puts()).toHaveLength(1);
  });

  it("writes only the tags still missing when its note is there but someone took a tag off since", async () => {
    const port = await openPort();
    const intent = intentFor(["ruta_ck_tbo_x__correo"]);
    await port.writeNote(intent);
    zendesk.store().updateTicket(TICKET, { tags: ticket().tags.filter((t) => t !== "ruta_ck_tbo_x__correo") });
    expect(await port.writeNote(intent)).toMatchObject({ status: "alreadyThere", tags: { add: ["ruta_ck_tbo_x__correo"] } });
    expect(ticket().tags).toContain("ruta_ck_tbo_x__correo");
    expect(rutaNotes()).toHaveLength(1);
  });

  it("says unchanged and writes nothing when the plan has nothing to write", async () => {
    const port = await openPort();
    expect(await port.writeNote(intentFor([], { plan: () => undefined }))).toEqual({ status: "unchanged" });
    expect(puts()).toHaveLength(0);
  });

  it.each([
    // A 500 is retried: the retry's 409 leads to the marker of its own earlier try. An unreadable 200 is not retried.
    ["a 500 reply", () => new Response(JSON.stringify({ error: "InternalError" }), { status: 500 }), "alreadyThere"],
    ["a body that is not a ticket", () => new Response(JSON.stringify({ unexpected: true }), { status: 200, headers: { "Content-Type": "application/json" } }), "written"],
  ])("finds its note after a write that landed but got %s, and writes it once", async (_, answer, status) => {
    const port = await openPort();
    afterLanding = { method: "PUT", answer };
    expect(await port.writeNote(intentFor(["ruta_ck_tbo_x__correo"]))).toMatchObject({ status });
    expect(rutaNotes()).toHaveLength(1);
    expect(ticket().tags).toContain("ruta_ck_tbo_x__correo");
  });

  it("finds its note after a write that landed but whose connection dropped", async () => {
    const port = await openPort();
    afterLanding = { method: "PUT", answer: () => { throw new TypeError("Failed to fetch"); } };
    expect(await port.writeNote(intentFor(["ruta_ck_tbo_x__correo"]))).toMatchObject({ status: "alreadyThere" });
    expect(puts()).toHaveLength(2);
    expect(rutaNotes()).toHaveLength(1);
  });

  it("waits Retry-After plus a spread on 429, tells how long it waits, then writes once", async () => {
    const port = await openPort();
    zendesk.store().faults.arm({ kind: "rate-limit", method: "PUT", path: "/api/v2/tickets/*", count: 1, retryAfter: 60 });
    const waits: (RetryWait | undefined)[] = [];
    expect(await port.writeNote(intentFor(["ruta_a"], { onWait: (w) => waits.push(w) }))).toMatchObject({ status: "written" });
    expect(sleeps).toEqual([60_000 + 7_500]);
    expect(waits).toEqual([{ error: expect.objectContaining({ kind: "rateLimited", status: 429, retryAfter: 60 }), ms: 67_500 }, undefined]);
    expect(rutaNotes()).toHaveLength(1);
  });

  it("does not wait a Retry-After longer than a minute: it fails at once with how long, writing nothing", async () => {
    const port = await openPort();
    zendesk.store().faults.arm({ kind: "rate-limit", method: "PUT", path: "/api/v2/tickets/*", count: 1, retryAfter: 600 });
    const failure = await port.writeNote(intentFor(["ruta_a"])).catch((e: unknown) => e);
    expect((failure as ApiFailure).error).toMatchObject({ kind: "rateLimited", retryAfter: 600 });
    expect(sleeps).toEqual([]);
    expect(rutaNotes()).toHaveLength(0);
  });

  it("backs off on 500 and gives up with a typed error after the last attempt, having checked nothing landed", async () => {
    const port = await openPort();
    zendesk.store().faults.arm({ kind: "server-error", method: "PUT", path: "/api/v2/tickets/*" });
    const failure = await port.writeNote(intentFor(["ruta_a"])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error).toMatchObject({ kind: "server", status: 500 });
    expect(sleeps).toHaveLength(MAX_ATTEMPTS - 1);
    expect(requests).toContainEqual(expect.stringMatching(/GET .*comments\.json\?sort_order=desc/));
    expect(rutaNotes()).toHaveLength(0);
    expect(ticket().tags).not.toContain("ruta_a");
  });

  it("finds its note among the newest comments in one request on a 6,000-comment ticket", async () => {
    const port = await openPort();
    for (let i = 0; i < 6_000; i++) zendesk.store().customerReply(TICKET, `Mensaje ${i}`);
    const intent = intentFor(["ruta_a"]);
    await port.writeNote(intent);
    for (let i = 0; i < 50; i++) zendesk.store().customerReply(TICKET, `Después ${i}`);
    requests = [];
    expect(await port.writeNote(intent)).toMatchObject({ status: "alreadyThere" });
    expect(requests.filter((r) => r.includes("/comments"))).toHaveLength(1);
    expect(rutaNotes()).toHaveLength(1);
  }, 60_000);
});
