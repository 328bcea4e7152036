import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Frame, Page } from "playwright-core";
import { build } from "vite";
import { runEmulatorCli } from "../../emulator/cli";
import type { RunningEmulator } from "../../emulator/server";
import { TICKET_IDS } from "../../emulator/zendesk";
import { launchBrowser, type LaunchedBrowser } from "./support/browser";
import { screenshot } from "./support/hostPage";

/**
 * A ZAF app that is not Ruta (tests/fixtures/zaf-test-app: plain HTML + the npm SDK), hosted through the
 * same code path as `npm run emulator -- --app <dir> --settings <file>`. What Zendesk would do follows
 * developer.zendesk.com: "ZAF Client API" (context, metadata, instance, request), "Core Apps API"
 * (instances, instances.create, instance.created), "Modal" (destroy, modal.close), "Making API requests
 * from a Zendesk app" (the proxy, cors, secure settings and domainWhitelist), "Setting the app location".
 */
const FIXTURE = resolve(import.meta.dirname, "../fixtures/zaf-test-app");
const SDK_ENTRY = resolve(import.meta.dirname, "../../node_modules/zendesk_app_framework_sdk/lib/index.js");
const TOKEN = "s3cr3t-token";

let appDir: string;
let thirdParty: Server;
let seen: { path: string; authorization: string | undefined }[] = [];
let emulator: RunningEmulator;
let browser: LaunchedBrowser;
let page: Page;

/** The third-party API the app calls: it answers without CORS headers, so only a proxy can reach it for the app. */
function startThirdParty(): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? "", authorization: req.headers.authorization });
    if (req.url === "/secure" && req.headers.authorization !== `Bearer ${TOKEN}`) return void res.writeHead(401, { "Content-Type": "application/json" }).end('{"error":"bad token"}');
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(req.url === "/secure" ? { ok: true } : { hello: "mundo" }));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

async function logOf(frame: Frame, line: string): Promise<void> {
  await frame.waitForFunction((text) => [...document.querySelectorAll("#log li")].some((li) => li.textContent === text), line, { timeout: 15_000 });
}

async function frameOf(testId: string): Promise<Frame> {
  const handle = await page.waitForSelector(`[data-testid="${testId}"]`, { state: "attached" });
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState("domcontentloaded");
  return frame;
}

beforeAll(async () => {
  appDir = mkdtempSync(join(tmpdir(), "zaf-test-app-"));
  cpSync(FIXTURE, appDir, { recursive: true });
  // The npm SDK ships CommonJS only: bundle it into the served copy as the global ZAFClient.
  await build({
    configFile: false,
    logLevel: "silent",
    build: { outDir: join(appDir, "assets"), emptyOutDir: false, minify: false, lib: { entry: SDK_ENTRY, formats: ["iife"], name: "ZAFClient", fileName: () => "zaf_sdk.js" } },
  });
  thirdParty = await startThirdParty();
  const settingsFile = join(appDir, "settings.json");
  writeFileSync(settingsFile, JSON.stringify({ apiHost: `127.0.0.1:${(thirdParty.address() as AddressInfo).port}`, apiToken: TOKEN }));
  emulator = await runEmulatorCli(["--app", appDir, "--settings", settingsFile, "--port", "0"]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
  await new Promise((done) => thirdParty?.close(done));
  rmSync(appDir, { recursive: true, force: true });
});

beforeEach(async () => {
  seen = [];
  page = await browser.context.newPage();
  await page.goto(new URL(`/?ticket=${TICKET_IDS.prePostNew}`, emulator.url).toString());
  await page.waitForSelector("body[data-ready=true]");
});

afterEach(async ({ task }) => {
  if (task.result?.state === "fail") await screenshot(page, `host-any-app-failed-${task.name.replace(/\W+/g, "-")}`);
  await page.close();
});

describe("npm run emulator -- --app hosts another ZAF app", () => {
  it("registers it with its own name, version, location and settings, secure ones withheld", async () => {
    const sidebar = await frameOf(`app-frame-${TICKET_IDS.prePostNew}`);
    await sidebar.waitForFunction(() => document.getElementById("who")?.textContent !== "…");
    expect(await sidebar.textContent("#who")).toBe(`Prueba ZAF 0.3.1 · ticket_sidebar · ticket ${TICKET_IDS.prePostNew}`);
    // greeting comes from the manifest's default; apiToken is secure and never reaches the app.
    expect(await sidebar.textContent("#settings")).toBe("settings: apiHost, greeting, name, title");
    expect(await page.textContent(".apps-header")).toContain("Prueba ZAF");
  });

  it("sends a secure request through the proxy with the secure setting filled in, and an external one as written", async () => {
    const sidebar = await frameOf(`app-frame-${TICKET_IDS.prePostNew}`);
    await sidebar.waitForFunction(() => document.getElementById("settings")?.textContent !== "");
    await sidebar.click("#secure-request");
    await logOf(sidebar, 'secure done: {"ok":true}');
    await sidebar.click("#external-request");
    await logOf(sidebar, 'external done: {"hello":"mundo"}');
    expect(seen).toEqual([
      { path: "/secure", authorization: `Bearer ${TOKEN}` },
      // Without secure: true the proxy fills nothing: the placeholder goes out as written.
      { path: "/public?from={{setting.apiToken}}", authorization: undefined },
    ]);
  });

  it("makes a cors: true request from the browser, where the API's missing CORS headers stop it", async () => {
    const sidebar = await frameOf(`app-frame-${TICKET_IDS.prePostNew}`);
    await sidebar.waitForFunction(() => document.getElementById("settings")?.textContent !== "");
    await sidebar.click("#cors-request");
    await sidebar.waitForFunction(() => [...document.querySelectorAll("#log li")].some((li) => li.textContent?.startsWith("cors fail: 0")));
  });

  it("opens a modal with instances.create that reaches its sidebar by guid and closes with destroy", async () => {
    const sidebar = await frameOf(`app-frame-${TICKET_IDS.prePostNew}`);
    await sidebar.waitForFunction(() => document.getElementById("settings")?.textContent !== "");
    await sidebar.click("#open-modal");
    await logOf(sidebar, "modal opened: modal without ticket");
    const modal = await frameOf("app-modal-frame");
    await modal.waitForFunction(() => document.getElementById("who")?.textContent === "Prueba ZAF 0.3.1 · modal · no ticket");
    await logOf(modal, "sidebars: 1");
    await logOf(sidebar, `greeting from modal: ticket ${TICKET_IDS.prePostNew}`);
    expect(await page.$eval('[data-testid="app-modal-frame"]', (f) => [(f as HTMLElement).style.width, (f as HTMLElement).style.height])).toEqual(["420px", "220px"]);
    await screenshot(page, "host-any-app-modal");
    await modal.click("#close");
    await logOf(sidebar, "modal closed");
    await page.waitForSelector('[data-testid="app-modal"]', { state: "detached" });
  });

  it("shows its nav_bar location in the main area, without a ticket", async () => {
    await page.click('[data-testid="nav-bar-button"]');
    const nav = await frameOf("app-frame-nav_bar");
    await nav.waitForFunction(() => document.getElementById("who")?.textContent === "Prueba ZAF 0.3.1 · nav_bar · no ticket");
    await logOf(nav, "ticket: APIUnavailable");
    expect(await page.isVisible('[data-testid="nav-bar-pane"]')).toBe(true);
  });
});
