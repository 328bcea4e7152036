import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadAppPackage, type AppPackage } from "../../../emulator/app/appPackage";
import { performProxyRequest } from "../../../emulator/app/zafProxy";
import { createHostClient } from "../../../emulator/host";
import { TICKET_IDS } from "../../../emulator/zendesk";
import { useZafHost } from "./hostSupport";

const FIXTURE = resolve(import.meta.dirname, "../../fixtures/zaf-test-app");
let api: Server;
let apiHost: string;
let seen: { url: string; authorization?: string; body: string }[] = [];
let pkg: AppPackage;

beforeAll(async () => {
  api = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ url: req.url ?? "", ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), body: Buffer.concat(chunks).toString() });
      res.writeHead(req.url === "/missing" ? 404 : 200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ answered: req.url }));
    });
  });
  await new Promise<void>((done) => api.listen(0, "127.0.0.1", done));
  apiHost = `127.0.0.1:${(api.address() as AddressInfo).port}`;
  const settings = join(mkdtempSync(join(tmpdir(), "zaf-settings-")), "settings.json");
  writeFileSync(settings, JSON.stringify({ parameters: { apiHost, apiToken: "t0k3n" } }));
  pkg = loadAppPackage(FIXTURE, settings);
});
afterAll(() => new Promise((done) => api.close(done)));
beforeEach(() => (seen = []));

const zaf = useZafHost({ proxy: (request) => performProxyRequest(pkg, request) });

/**
 * developer.zendesk.com, "Making API requests from a Zendesk app" and "ZAF Client API", client.request(options):
 * the account's API with the agent's session (relative URLs, or absolute ones on the account's own
 * https://<subdomain>.zendesk.com); other URLs through Zendesk's proxy unless `cors: true` (then a browser
 * request, CORS applying); `secure: true` fills `{{setting.name}}` from secure settings only on the manifest's
 * `domainWhitelist`; `httpCompleteResponse` resolves with `{responseJSON, responseText, status, headers}`.
 */
describe("client.request() as Zendesk's framework and proxy perform it", () => {
  it("calls the account for relative and absolute account URLs alike", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    const relative = await client.request<{ ticket: { id: number } }>(`/api/v2/tickets/${TICKET_IDS.prePostNew}.json`);
    const absolute = await client.request<{ ticket: { id: number } }>(`https://ruta-cc.zendesk.com/api/v2/tickets/${TICKET_IDS.prePostNew}.json`);
    expect(relative.ticket.id).toBe(TICKET_IDS.prePostNew);
    expect(absolute.ticket.id).toBe(TICKET_IDS.prePostNew);
  });

  it("resolves httpCompleteResponse with status, headers and both bodies", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    const response = await client.request<Record<string, unknown>>({ url: `/api/v2/tickets/${TICKET_IDS.prePostNew}.json`, httpCompleteResponse: true });
    expect(response).toMatchObject({ status: 200, responseJSON: { ticket: { id: TICKET_IDS.prePostNew } }, responseText: expect.stringContaining('"ticket"'), headers: expect.objectContaining({ "content-type": expect.stringContaining("json") }) });
  });

  it("sends an external URL through the proxy, server-side, and rejects like jQuery on an error status", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    expect(await client.request({ url: `http://${apiHost}/hello`, type: "POST", contentType: "application/json", data: JSON.stringify({ a: 1 }) })).toEqual({ answered: "/hello" });
    expect(seen).toEqual([{ url: "/hello", body: '{"a":1}' }]);
    await expect(client.request(`http://${apiHost}/missing`)).rejects.toMatchObject({ status: 404, responseJSON: { answered: "/missing" } });
  });

  it("fills secure settings only for secure requests to whitelisted domains, and never shows them to the app", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    await client.request({ url: `http://${apiHost}/s`, secure: true, headers: { Authorization: "Bearer {{setting.apiToken}}" } });
    await client.request({ url: `http://${apiHost}/plain`, headers: { Authorization: "Bearer {{setting.apiToken}}" } });
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer t0k3n", "Bearer {{setting.apiToken}}"]);
    expect(JSON.stringify(await client.metadata())).not.toContain("t0k3n");
    // localhost is not in the domainWhitelist ({{setting.apiHost}} is 127.0.0.1:<port>): the token is not sent there.
    const port = apiHost.split(":")[1];
    await expect(client.request({ url: `http://localhost:${port}/s`, secure: true, headers: { Authorization: "Bearer {{setting.apiToken}}" } })).rejects.toMatchObject({ status: 403 });
    expect(seen).toHaveLength(2);
    await expect(client.request({ url: `http://${apiHost}/s`, secure: true, cors: true })).rejects.toMatchObject({ status: 0 });
  });

  /** The docs list the options above; the emulator refuses others rather than dropping them (stricter reading). Header values may be numbers, as jQuery sends them. */
  it("refuses unknown options and accepts numeric header values", async () => {
    const client = createHostClient(zaf.host(), TICKET_IDS.prePostNew);
    await expect(client.request({ url: `/api/v2/tickets/${TICKET_IDS.prePostNew}.json`, methd: "PUT" })).rejects.toMatchObject({ status: 0, responseText: expect.stringContaining("methd") });
    await client.request({ url: `http://${apiHost}/n`, headers: { "X-Count": 3 } });
    expect(seen.at(-1)?.url).toBe("/n");
  });
});
