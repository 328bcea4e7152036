import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { getResponse } from "msw";
import { loadAppPackage, type AppPackage } from "./app/appPackage";
import { createZafControl } from "./app/zafControl";
import { handleControl } from "./control";
import { serveFile } from "./staticFiles";
import { createZendesk, defaultSeed, zendeskHandlers, type ZendeskStore } from "./zendesk";

const ROOT = resolve(import.meta.dirname, "..");
/** The port `npm start` uses unless PORT says otherwise. */
export const DEFAULT_PORT = 4570;

export interface EmulatorOptions {
  /** 0 (the default here) picks a free port. */
  port?: number;
  /** The built ZAF app in zcli's layout (manifest.json, assets/, translations/); Ruta's `dist/` by default. */
  appDir?: string;
  /**
   * The app's parameter values (`{"name": value}` or zcli's `{"parameters": {…}}`). Given (or with an
   * `appDir` other than Ruta's), the installation holds the app's own settings instead of Ruta's seed.
   */
  settingsFile?: string;
  /** The built host page; `emulator/dist/` by default. */
  hostDir?: string;
  store?: ZendeskStore;
}

export interface RunningEmulator {
  /** The host page, e.g. http://localhost:4570/ */
  url: string;
  /** Where the app's ticket-sidebar page is served, cross-origin to the page, e.g. http://127.0.0.1:4570/9001/assets/iframe.html */
  appUrl: string;
  store: ZendeskStore;
  app: AppPackage;
  close(): Promise<void>;
}

async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const hasBody = req.method !== "GET" && req.method !== "HEAD" && chunks.length > 0;
  return new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, ...(hasBody ? { body: Buffer.concat(chunks) } : {}) });
}

async function answerApi(handlers: ReturnType<typeof zendeskHandlers>, req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const response = (await getResponse(handlers, await toFetchRequest(req, origin))) ??
    Response.json({ error: "InvalidEndpoint", description: "Not found" }, { status: 404 });
  // A "drop" fault (msw's network error) closes the connection with no answer, as a lost network does.
  if (response.type === "error") return void res.destroy();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** The account seeded for another app: the installation carries that app's name and non-secure settings, not Ruta's. */
function storeFor(pkg: AppPackage): ZendeskStore {
  return createZendesk(() => {
    const data = defaultSeed();
    const settings = { ...pkg.settings, name: pkg.app.name, title: pkg.app.name };
    data.installation = { ...data.installation, settings, settings_objects: Object.entries(settings).map(([name, value]) => ({ name, value })) };
    return data;
  });
}

/** Starts the local Zendesk: host page, the app cross-origin, the REST API over the msw store, control endpoints. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const rutaDir = resolve(ROOT, "dist");
  const appDir = resolve(options.appDir ?? rutaDir);
  const hostsRuta = appDir === rutaDir && !options.settingsFile;
  // Ruta before its first build: its own manifest still describes it.
  const pkg = loadAppPackage(existsSync(resolve(appDir, "manifest.json")) || !hostsRuta ? appDir : ROOT, options.settingsFile);
  const store = options.store ?? (hostsRuta ? createZendesk() : storeFor(pkg));
  const handlers = zendeskHandlers(store);
  const zaf = createZafControl(pkg, store.data.installation.app_id);
  // A reset brings the host back to answering at once too, so a slow test cannot slow the next ones.
  store.subscribe((change) => {
    if (change.kind === "reset") Object.assign(zaf.state, { answerDelayMs: 0, answerDelayPaths: undefined });
  });
  const hostDir = resolve(options.hostDir ?? resolve(ROOT, "emulator/dist"));
  const server = createServer(async (req, res) => {
    const origin = `http://${req.headers.host ?? "localhost"}`;
    const { pathname } = new URL(req.url ?? "/", origin);
    try {
      if (pathname.startsWith("/api/v2/")) return await answerApi(handlers, req, res, origin);
      if (pathname === "/favicon.ico") return void res.writeHead(204).end();
      if (pathname.startsWith("/__emulator/zaf") && (await zaf.handle(req, res, pathname))) return;
      if (pathname.startsWith("/__emulator/") && (await handleControl(store, req, res, pathname))) return;
      const appPrefix = `/${store.data.installation.app_id}/`;
      if (pathname.startsWith(appPrefix) && serveFile(res, appDir, pathname.slice(appPrefix.length))) return;
      if (serveFile(res, hostDir, pathname === "/" ? "index.html" : pathname.slice(1))) return;
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(pathname === "/" ? "The host page is not built: run `npm run emulator:build`." : "Not found");
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(String(error));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, () => {
      server.off("error", fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  const sidebar = pkg.app.locations.ticket_sidebar?.url ?? "assets/iframe.html";
  return {
    url: `http://localhost:${port}/`,
    appUrl: `http://127.0.0.1:${port}/${store.data.installation.app_id}/${sidebar}`,
    store,
    app: pkg,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const running = await startEmulator({ port: Number(process.env.PORT) || DEFAULT_PORT });
  console.log(`Ruta Zendesk emulator: ${running.url}  (app: ${running.appUrl})`);
}
