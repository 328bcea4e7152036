import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { zipSync, type Zippable } from "fflate";
import { listPackageFiles, resolveIgnoreFile } from "./validate/listPackageFiles";
import { ZCLI_CONFIG } from "./validate/rules/checkPackageFiles";

/** Files that never go in the upload, whatever .zcliignore says: zcli's local settings. */
export const NEVER_PACKAGED = [ZCLI_CONFIG] as const;

/** A fixed timestamp for every entry, so the same dist/ always gives the same zip bytes. */
const ZIP_MTIME = new Date("2020-01-01T00:00:00Z");

/**
 * Builds the upload zip from an app directory the way zcli lays it out: the directory's contents at the
 * zip root (manifest.json, assets/, translations/, requirements.json), minus dot-files, tmp/**,
 * `.zcliignore` globs (`ignoreFile`, default `<dir>/.zcliignore`) and zcli.apps.config.json. Returns the zip bytes and the packaged paths.
 * It does not validate: run the validator first (npm run package does).
 */
export function createAppZip(dir: string, ignoreFile?: string | null): { zip: Uint8Array; files: string[] } {
  const files = listPackageFiles(dir, ignoreFile).files.filter((file) => !(NEVER_PACKAGED as readonly string[]).includes(file));
  const entries: Zippable = {};
  for (const file of files) entries[file] = [readFileSync(join(dir, file)), { mtime: ZIP_MTIME }];
  return { zip: zipSync(entries, { level: 9 }), files };
}

/** Reads the manifest's version for the zip name (`ruta-<version>.zip`). */
export function readAppVersion(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { version?: unknown };
  if (typeof manifest.version !== "string" || manifest.version === "") throw new Error(`Failed to name the package: ${join(dir, "manifest.json")} has no "version". Set it (e.g. "1.0.0") and run again.`);
  return manifest.version;
}

function main(): void {
  const root = resolve(import.meta.dirname, "..");
  const dir = resolve(root, process.argv[2] ?? "dist");
  const out = resolve(root, "artifacts", `ruta-${readAppVersion(dir)}.zip`);
  const { zip, files } = createAppZip(dir, resolveIgnoreFile(dir, root));
  mkdirSync(resolve(out, ".."), { recursive: true });
  writeFileSync(out, zip);
  console.log(`Packaged ${files.length} files from ${relative(root, dir) || "."} into ${relative(root, out)} (${(zip.length / 1024).toFixed(1)} KB):`);
  for (const file of files) console.log(`  ${file}`);
  console.log("Upload it in Admin Center > Apps and integrations > Zendesk Support apps > Upload private app, or with zcli apps:create dist.");
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
