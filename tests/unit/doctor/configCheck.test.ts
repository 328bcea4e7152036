import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkConfig } from "../../../scripts/configCheck";

const root = resolve(import.meta.dirname, "../../..");

function runCli(text: string, ...args: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), "ruta-config-")), "settings.json");
  writeFileSync(file, text);
  return spawnSync(process.execPath, [resolve(root, "node_modules/tsx/dist/cli.mjs"), resolve(root, "scripts/config-check.ts"), file, ...args], { encoding: "utf8", env: { ...process.env, LANG: "" } });
}

describe("config:check", () => {
  it("passes a valid settings file", async () => {
    expect(await checkConfig(JSON.stringify({ brands: { "tigo-bo": { flows: ["pre-post"], overrides: [{ op: "off", step: "pre-post.escenario.proceso-normal" }] } } }))).toEqual({ code: 0, lines: ["La configuración es válida."] });
  });

  it("lists every problem with its path, in Spanish or in English", async () => {
    const text = JSON.stringify({ fields: { cedula: "1e3" }, brands: { "tigo-bo": { overrides: [{ op: "off", step: "pre-post.x" }] } } });
    expect(await checkConfig(text)).toEqual({
      code: 1,
      lines: ["Configuración: «fields.cedula» debe ser un id de Zendesk (un entero positivo), no \"1e3\".", "Configuración: «brands.tigo-bo.overrides[0].step» nombra un paso que no existe: «pre-post.x»."],
    });
    expect((await checkConfig(text, "en-US")).lines[1]).toBe("Settings: “brands.tigo-bo.overrides[0].step” names a step that does not exist: “pre-post.x”.");
  });

  it("as a command, exits 0 on a valid file and 1 with the line and column of malformed JSON", () => {
    expect(runCli('{"locale": "en"}').status).toBe(0);
    const broken = runCli('{\n  "brands": {\n    x\n', "--locale", "en");
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("Settings: “config” is not valid JSON (line:column 3:5).");
  }, 60_000);
});
