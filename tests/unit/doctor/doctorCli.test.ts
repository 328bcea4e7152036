import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type RunningEmulator, startEmulator } from "../../../emulator/server";
import { AGENT_IDS } from "../../../emulator/zendesk";
import { runDoctor } from "../../../scripts/runDoctor";
import { normalizeName } from "../../../src/engine/normalizeName";

const root = resolve(import.meta.dirname, "../../..");
const RENAMED = "Móvil::WhatsApp::Migración Pre a Post::Saludo Inicial::Primer contacto";

/** Runs `npm run doctor`'s script as a team lead would, against the running emulator's REST API. */
function doctor(url: string, settings: unknown, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const file = join(mkdtempSync(join(tmpdir(), "ruta-doctor-")), "settings.json");
  writeFileSync(file, JSON.stringify(settings));
  const child = spawn(process.execPath, [resolve(root, "node_modules/tsx/dist/cli.mjs"), resolve(root, "scripts/doctor.ts"), "--settings", file, "--url", url, ...args], {
    env: { ...process.env, LANG: "", ZENDESK_EMAIL: "", ZENDESK_API_TOKEN: "" },
  });
  let stdout = "", stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on("close", (status) => done({ status, stdout, stderr })));
}

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.store.reset());
afterAll(() => emulator.close());
const origin = () => emulator.url.replace(/\/$/, "");

describe("npm run doctor (against the emulator's REST API, no token needed)", () => {
  it("exits 0 on the seeded account, then 1 naming a macro renamed in the account, with the new title as the closest", async () => {
    expect((await doctor(origin(), {}, "--brand", "tigo-bo")).status).toBe(0);
    // Renamed as an admin would, through the REST API (developer.zendesk.com, Macros: "Update Macro", PUT /api/v2/macros/{macro_id}).
    const macro = emulator.store.data.macros.find((m) => normalizeName(m.title) === normalizeName(RENAMED))!;
    const renamed = `${macro.title} (2027)`;
    emulator.store.setCurrentUser(AGENT_IDS.veronica);
    const put = await fetch(`${origin()}/api/v2/macros/${macro.id}.json`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ macro: { title: renamed } }) });
    expect(put.status).toBe(200);
    const run = await doctor(origin(), {}, "--brand", "tigo-bo", "--locale", "en");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`tigo-bo: no active macro is called “${RENAMED}” (steps: pre-post.saludo.primer-contacto).`);
    expect(run.stderr).toContain(`«${renamed}»`);
  }, 60_000);

  it("asks for an API token before calling a real Zendesk account", async () => {
    expect(await runDoctor({ settingsText: "{}", url: "https://acme.zendesk.com", env: {} })).toEqual({
      code: 1,
      lines: ["Para una cuenta de Zendesk, defina ZENDESK_EMAIL y ZENDESK_API_TOKEN (un token de API de Centro de administración)."],
    });
  });

  it("sends the API token as Zendesk's Basic auth ({email}/token:{token})", async () => {
    const seen: string[] = [];
    const fetchSpy: typeof fetch = async (input, init) => {
      seen.push(new Headers(init?.headers).get("Authorization") ?? "");
      return fetch(String(input).replace("https://acme.zendesk.com", origin()), init);
    };
    const result = await runDoctor({ settingsText: "", url: "https://acme.zendesk.com", env: { ZENDESK_EMAIL: "lead@acme.com", ZENDESK_API_TOKEN: "t0k" }, fetch: fetchSpy, brand: "tigo-bo" });
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(new Set(seen)).toEqual(new Set([`Basic ${Buffer.from("lead@acme.com/token:t0k").toString("base64")}`]));
    expect(result.code).toBe(0);
  });

  it("reports invalid settings with their paths beside the findings", async () => {
    const result = await runDoctor({ settingsText: JSON.stringify({ fields: { linea: "0x1F" }, brands: { "tigo-uy": {} } }), url: origin(), env: {}, locale: "en" });
    expect(result.code).toBe(1);
    expect(result.lines).toEqual(["Settings: “fields.linea” must be a Zendesk id (a positive integer), not \"0x1F\".", "“brands.tigo-uy”: the account has no brand “tigo-uy”. Close names in the account: «tigo-bo», «tigo-py»."]);
  });
});
