import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppZip, readAppVersion } from "../../../scripts/package";
import { readPngHeader } from "../../../scripts/validate/readPngHeader";
import { validateApp } from "../../../scripts/validate/validateApp";

const root = resolve(import.meta.dirname, "../../..");
const dist = resolve(root, "dist");
let copy = "";

beforeAll(async () => {
  if (!existsSync(join(dist, "assets/iframe.html"))) {
    const { build } = await import("vite");
    await build({ configFile: resolve(root, "vite.config.ts"), logLevel: "warn" });
  }
  // Work on a copy: other tools may be writing dist/ at the same time.
  copy = mkdtempSync(join(tmpdir(), "ruta-dist-"));
  cpSync(dist, copy, { recursive: true });
}, 120_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("the built app (dist/)", () => {
  it("passes the validator without errors", () => {
    expect(validateApp(copy).filter((issue) => issue.level === "error")).toEqual([]);
  });

  it("ships logos of the sizes Zendesk asks for", () => {
    expect(readPngHeader(readFromZip("assets/logo.png"))).toMatchObject({ width: 320, height: 320 });
    expect(readPngHeader(readFromZip("assets/logo-small.png"))).toMatchObject({ width: 128, height: 128, hasAlpha: true });
  });
});

describe("createAppZip()", () => {
  it("puts dist/'s contents at the zip root and leaves zcli's settings, tmp/ and dot-files out", () => {
    writeFileSync(join(copy, "zcli.apps.config.json"), "{}");
    writeFileSync(join(copy, ".zcliignore"), "zcli.apps.config.json\n");
    mkdirSync(join(copy, "tmp"), { recursive: true });
    writeFileSync(join(copy, "tmp/app-1.zip"), "old package");
    const names = Object.keys(unzipSync(createAppZip(copy).zip));
    expect(names).toEqual(expect.arrayContaining(["manifest.json", "assets/iframe.html", "assets/logo.png", "assets/logo-small.png", "translations/es.json", "translations/en.json"]));
    expect(names.filter((name) => name.startsWith(".") || name.startsWith("tmp/") || name === "zcli.apps.config.json")).toEqual([]);
  });

  it("never packages zcli.apps.config.json, even when .zcliignore forgets it", () => {
    rmSync(join(copy, ".zcliignore"), { force: true });
    writeFileSync(join(copy, "zcli.apps.config.json"), "{}");
    expect(Object.keys(unzipSync(createAppZip(copy).zip))).not.toContain("zcli.apps.config.json");
  });

  it("gives the same bytes for the same files and names the zip after the manifest version", () => {
    expect(createAppZip(copy).zip).toEqual(createAppZip(copy).zip);
    expect(readAppVersion(copy)).toMatch(/^\d+\.\d+\.\d+/);
  });
});

function readFromZip(path: string): Buffer {
  return Buffer.from(unzipSync(createAppZip(copy).zip)[path]!);
}
