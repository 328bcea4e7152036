import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runEmulatorCli } from "../../../emulator/cli";
import { TICKET_IDS } from "../../../emulator/zendesk";
import { startEmulator, type RunningEmulator } from "../../../emulator/server";

const FIXTURE = resolve(import.meta.dirname, "../../fixtures/zaf-test-app");
let ruta: RunningEmulator;
let other: RunningEmulator;

const settingsFile = join(mkdtempSync(join(tmpdir(), "zaf-settings-")), "settings.json");
writeFileSync(settingsFile, JSON.stringify({ apiHost: "127.0.0.1:9", apiToken: "secret" }));

beforeAll(async () => {
  ruta = await startEmulator({ port: 0 });
  other = await runEmulatorCli(["--app", FIXTURE, "--settings", settingsFile, "--port", "0"]);
});
afterAll(async () => {
  await ruta.close();
  await other.close();
});

const getJson = async (base: string, path: string, init?: RequestInit) => (await fetch(new URL(path, base), init)).json() as Promise<Record<string, unknown>>;

/**
 * What the emulator's server tells its page about the hosted app (developer.zendesk.com, "Setting the app
 * location": the manifest's `location.support`; "Manifest reference": name, version, parameters).
 */
describe("the emulator's server for the ZAF host", () => {
  it("describes Ruta from its manifest by default, and another app from its own with --app", async () => {
    expect(await getJson(ruta.url, "/__emulator/zaf")).toMatchObject({ name: "Ruta", locations: { ticket_sidebar: { url: "assets/iframe.html" } }, answerDelayMs: 0 });
    expect(await getJson(other.url, "/__emulator/zaf")).toMatchObject({ name: "Prueba ZAF", version: "0.3.1", locations: { ticket_sidebar: { url: "assets/iframe.html" }, nav_bar: { url: "assets/nav.html" } } });
  });

  it("serves the hosted app's files and gives its installation its own settings, defaults from the manifest", async () => {
    const page = await fetch(other.appUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Prueba ZAF");
    const { settings } = (await getJson(other.url, "/api/v2/apps/installations/1.json")) as { settings: Record<string, unknown> };
    // greeting from the manifest's default; apiToken is secure, so not among the installation's settings.
    expect(settings).toEqual({ apiHost: "127.0.0.1:9", greeting: "hola", name: "Prueba ZAF", title: "Prueba ZAF" });
  });

  it("sets the answer delay, refuses an invalid one, and forgets it on reset", async () => {
    const post = (body: unknown) => fetch(new URL("/__emulator/zaf/answer-delay", ruta.url), { method: "POST", body: JSON.stringify(body) });
    expect(await (await post({ ms: 6000 })).json()).toMatchObject({ answerDelayMs: 6000 });
    expect((await post({ ms: -1 })).status).toBe(400);
    await fetch(new URL("/__emulator/reset", ruta.url), { method: "POST" });
    expect(await getJson(ruta.url, "/__emulator/zaf")).toMatchObject({ answerDelayMs: 0 });
  });

  it("refuses an app directory without a manifest, required parameters without a value, and unknown options", async () => {
    await expect(runEmulatorCli(["--app", resolve(FIXTURE, "assets"), "--port", "0"])).rejects.toThrow(/manifest/);
    await expect(runEmulatorCli(["--app", FIXTURE, "--port", "0"])).rejects.toThrow(/apiHost, apiToken/);
    await expect(runEmulatorCli(["--ap", FIXTURE])).rejects.toThrow();
  });
});

/**
 * The customer's messages the control endpoint adds: a requester's public comment whose files come from
 * the uploads API first (developer docs "Ticket attachments": upload, then the comment's `uploads`), as
 * a WhatsApp message with photos reaches the ticket. An unknown or spent token is refused as a ticket
 * update's is (docs silent; stricter reading).
 */
describe("the emulator's customer replies", () => {
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  const reply = (ticketId: number, body: unknown) => fetch(new URL(`/__emulator/tickets/${ticketId}/customer-reply`, ruta.url), { method: "POST", body: JSON.stringify(body) });

  it("carries the uploaded photos on the requester's comment, with or without text, and refuses a token used already", async () => {
    const ticketId = TICKET_IDS.prePostHalfway;
    const uploaded = await fetch(new URL("/api/v2/uploads.json?filename=carnet.png", ruta.url), { method: "POST", headers: { "Content-Type": "image/png" }, body: PNG });
    const { token } = ((await uploaded.json()) as { upload: { token: string } }).upload;
    expect((await reply(ticketId, { body: "", uploads: [token] })).status).toBe(200);
    const { comments } = (await getJson(ruta.url, `/api/v2/tickets/${ticketId}/comments.json?sort_order=desc&page[size]=1`)) as { comments: { public: boolean; author_id: number; attachments: { file_name: string }[] }[] };
    const { ticket } = (await getJson(ruta.url, `/api/v2/tickets/${ticketId}.json`)) as { ticket: { requester_id: number } };
    expect(comments[0]).toMatchObject({ public: true, author_id: ticket.requester_id });
    expect(comments[0]!.attachments.map((a) => a.file_name)).toEqual(["carnet.png"]);
    expect((await reply(ticketId, { body: "otra vez", uploads: [token] })).status).toBe(422);
    expect((await reply(ticketId, { body: "" })).status).toBe(400);
  });
});
