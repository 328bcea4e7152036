import { createHostClient, createZafHost, type ZafHost } from "../../../emulator/host";
import { TICKET_IDS } from "../../../emulator/zendesk";
import { stepTag } from "../../../src/engine";
import { createZendeskPort } from "../../../src/zendesk/createZendeskPort";
import type { ZafClient } from "../../../src/zendesk/zafClient";
import { useZendesk, ZENDESK } from "../emulator/setupZendesk";

// ZAF reference "Ticket sidebar" (invoke `macro`, get `comment.text`, `ticket.status`, `ticket.tags`).
// The docs are silent on a macro the host never applies; the npm SDK resolves such a call after its
// 5 s time-out, so the stricter reading is: a resolved call proves nothing, the editor is read back.
useZendesk();
const OFFER = "Móvil::WhatsApp::Migración de Pre a Post::Oferta::Línea Confirmada + Plan";
const STEP_TAG = stepTag("pre-post.oferta.linea-confirmada");

let host: ZafHost;
beforeEach(() => {
  host = createZafHost({ api: (path, init) => fetch(`${ZENDESK}${path}`, init), saveHookTimeoutMs: 1000 });
});

/** What `invoke("macro")` does instead of reaching the host: resolve with nothing, or reject as the npm SDK does after 5 s. */
const LOST_MACRO = {
  resolves: () => Promise.resolve(undefined),
  // The SDK's TimeoutError is a plain object, not an Error.
  timesOut: () => Promise.reject({ name: "TimeoutError", message: 'Timeout when invoking "macro"', invocationName: "macro" }),
};

/** The emulator's client, except that `invoke("macro")` may never reach the host. */
async function openPort(lost?: keyof typeof LOST_MACRO) {
  await host.activate(TICKET_IDS.prePostNew);
  const real = createHostClient(host, TICKET_IDS.prePostNew) as unknown as ZafClient;
  const client: ZafClient = { ...real, invoke: (name, ...args) => (lost && name === "macro" ? LOST_MACRO[lost]() : real.invoke(name, ...args)) };
  const port = createZendeskPort(client, { sleep: async () => undefined, now: () => Date.now(), random: () => 0 });
  await port.start();
  const { orderStateField } = await port.readTicket();
  return { port, client, account: { macros: await port.loadMacros(), ...(orderStateField ? { orderStateField } : {}) } };
}

const CHANGES = [
  { kind: "macro", to: OFFER },
  { kind: "status", from: "new", to: "hold" },
  { kind: "tagAdd", tag: STEP_TAG },
  { kind: "tagAdd", tag: "ruta_flow_pre_post" },
] as const;

describe("applyChanges(): did the macro reach the editor", () => {
  it.each(["resolves", "timesOut"] as const)("reports a macro call that %s without reaching the editor, and holds back the step tag", async (lost) => {
    const { port, client, account } = await openPort(lost);
    const outcomes = await port.applyChanges(account, CHANGES);
    expect(outcomes.map((o) => [o.change.kind, o.ok, o.ok ? undefined : o.failure])).toEqual([
      ["macro", false, "macroNotLanded"],
      ["status", true, undefined],
      ["tagAdd", false, "stepHeld"],
      ["tagAdd", true, undefined],
    ]);
    const editor = await client.get(["ticket.tags", "comment.text"]);
    expect(editor["ticket.tags"]).not.toContain(STEP_TAG);
    expect(editor["ticket.tags"]).toContain("ruta_flow_pre_post");
    expect(String(editor["comment.text"] ?? "")).toBe("");
  });

  it("records the macro and the step tag when the macro is in the editor", async () => {
    const { port, client, account } = await openPort();
    const outcomes = await port.applyChanges(account, CHANGES);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect((await client.get("ticket.tags"))["ticket.tags"]).toContain(STEP_TAG);
  });
});
