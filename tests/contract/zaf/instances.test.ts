import { createHostClient } from "../../../emulator/host";
import { TICKET_IDS } from "../../../emulator/zendesk";
import { useZafHost } from "./hostSupport";

const zaf = useZafHost();
const flush = () => new Promise((r) => setTimeout(r, 0));

/**
 * developer.zendesk.com, "ZAF Client API": client.context() gives `instanceGuid`, `product`, `account`,
 * `location` and, in ticket locations, `ticketId`; client.metadata() the app's `name`, `version`, `settings`.
 */
describe("client.context() and client.metadata() (ZAF Client API)", () => {
  it("gives a ticket sidebar its ticket and the hosted app's own name and version", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    expect(await client.context()).toEqual({ instanceGuid: client.instanceGuid, product: "support", account: { subdomain: "ruta-cc" }, location: "ticket_sidebar", ticketId: TICKET_IDS.prePostNew });
    expect(await client.metadata()).toMatchObject({ appId: 9001, installationId: 1, name: "Ruta", version: "1.0.0" });
  });

  it("gives nav_bar, top_bar and background no ticketId (the docs name it only for ticket locations)", async () => {
    for (const location of ["nav_bar", "top_bar", "background"] as const) {
      const client = createHostClient(zaf.host(), { location });
      const context = await client.context();
      expect(context).toEqual({ instanceGuid: client.instanceGuid, product: "support", account: { subdomain: "ruta-cc" }, location });
      // Ticket paths belong to ticket locations: elsewhere they are unavailable (stricter reading; the docs list them under "Ticket sidebar").
      await expect(client.get("ticket.id")).rejects.toMatchObject({ name: "APIUnavailable" });
      expect(await client.get("currentUser.id")).toMatchObject({ "currentUser.id": expect.any(Number) });
    }
  });
});

/**
 * developer.zendesk.com, "Core Apps API": `instances` (every instance's context by guid), `instances.<guid>`,
 * the `instances.create` action (location `modal`, `url`, `size`) answered with the new instance's context,
 * the `instance.created` event; "ZAF Client API", client.instance(guid): a client whose calls and events are
 * about that instance. Messages are routed by the `instanceGuid` they carry, not by the frame that sent them.
 */
describe("instances (Core Apps API) and client.instance(guid) (ZAF Client API)", () => {
  it("answers client.instance(guid).get('ticket.id') for that instance's ticket, not the caller's", async () => {
    const first = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    const second = createHostClient(zaf.host(), TICKET_IDS.tboComplaint);
    await Promise.all([first.context(), second.context()]);
    expect(await first.instance(second.instanceGuid).get("ticket.id")).toMatchObject({ "ticket.id": TICKET_IDS.tboComplaint });
    expect(await first.instance(second.instanceGuid).context()).toMatchObject({ ticketId: TICKET_IDS.tboComplaint, location: "ticket_sidebar" });
    const { instances } = (await first.get("instances")) as { instances: Record<string, { ticketId?: number }> };
    expect(instances[first.instanceGuid]?.ticketId).toBe(TICKET_IDS.prePostNew);
    expect(instances[second.instanceGuid]?.ticketId).toBe(TICKET_IDS.tboComplaint);
  });

  it("creates a modal with its own guid and context, tells the other instances, and closes it with destroy", async () => {
    const sidebar = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    const created: unknown[] = [];
    sidebar.on("instance.created", (context) => created.push(context));
    await sidebar.context();
    const answer = await sidebar.invoke("instances.create", { location: "modal", url: "assets/modal.html", size: { width: "400px", height: 300 } });
    const [modalContext] = answer["instances.create"] as { instanceGuid: string; location: string }[];
    expect(modalContext).toEqual({ instanceGuid: expect.any(String), product: "support", account: { subdomain: "ruta-cc" }, location: "modal" });
    expect(zaf.host().instances.get(modalContext!.instanceGuid)).toMatchObject({ url: "assets/modal.html", size: { width: "400px", height: "300px" }, parentGuid: sidebar.instanceGuid });
    await flush();
    expect(created).toEqual([modalContext]);

    const modal = createHostClient(zaf.host(), { attach: modalContext!.instanceGuid });
    expect(await modal.context()).toMatchObject({ location: "modal" });
    const closed: string[] = [];
    sidebar.instance(modalContext!.instanceGuid).on("modal.close", () => closed.push("modal.close"));
    await flush();
    await modal.invoke("destroy");
    await flush();
    expect(closed).toEqual(["modal.close"]);
    expect(zaf.host().instances.has(modalContext!.instanceGuid)).toBe(false);
  });

  it("refuses instances.create for a location other than modal, and destroy outside a modal", async () => {
    const sidebar = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    await expect(sidebar.invoke("instances.create", { location: "nav_bar", url: "assets/x.html" })).rejects.toMatchObject({ name: "InvalidValue" });
    await expect(sidebar.invoke("destroy")).rejects.toMatchObject({ name: "InvalidValue" });
  });

  /** "ZAF Client API", client.trigger(name, data): "Triggers the specified event on the client" — that client only. */
  it("delivers client.trigger to the triggering instance only, and client.instance(guid).trigger to that instance", async () => {
    const first = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    const second = createHostClient(zaf.host(), TICKET_IDS.tboComplaint);
    const seen: string[] = [];
    first.on("ping", (d) => seen.push(`first:${String(d)}`));
    second.on("ping", (d) => seen.push(`second:${String(d)}`));
    await Promise.all([first.context(), second.context()]);
    first.trigger("ping", "own");
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(["first:own"]);
    first.instance(second.instanceGuid).trigger("ping", "other");
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(["first:own", "second:other"]);
  });
});

/** developer.zendesk.com, "Core Apps API", resize: width and height as CSS lengths; the SDK passes numbers through, taken as pixels. */
describe("resize (Core Apps API)", () => {
  it("takes a number of pixels and tells the page the size in px", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    const notices: unknown[] = [];
    zaf.host().subscribe((n) => n.kind === "resize" && notices.push(n));
    await client.invoke("resize", { height: 300 });
    expect(notices).toEqual([{ kind: "resize", guid: client.instanceGuid, height: "300px" }]);
    await expect(client.invoke("resize", { height: "tall" })).rejects.toMatchObject({ name: "InvalidValue" });
  });
});
