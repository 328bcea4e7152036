import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findDuplicateKeys } from "./findDuplicateKeys";
import { error, type Issue } from "./Issue";
import { listPackageFiles, type PackageFiles } from "./listPackageFiles";

/** An app directory seen as the zip zcli would upload: only packaged files "exist". */
export interface App {
  dir: string;
  listing: PackageFiles;
  has(path: string): boolean;
  readBytes(path: string): Buffer;
  readText(path: string): string;
}

/**
 * Opens an app directory (usually `dist/`) for the rules. Reads nothing but the file list yet.
 * `ignoreFile` defaults to `<dir>/.zcliignore`, as zcli.
 */
export function readApp(dir: string, ignoreFile?: string | null): App {
  const listing = listPackageFiles(dir, ignoreFile);
  const packaged = new Set(listing.files);
  return {
    dir,
    listing,
    has: (path) => packaged.has(path),
    readBytes: (path) => readFileSync(join(dir, path)),
    readText: (path) => readFileSync(join(dir, path), "utf8"),
  };
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; issue: Issue };

/**
 * Parses a packaged JSON file. With `refuseDuplicates`, a key repeated in one object is an error,
 * as Zendesk's `NoOverrideHash` makes it for manifest.json and requirements.json.
 */
export function readJson(app: App, path: string, { refuseDuplicates = false } = {}): JsonRead {
  const text = app.readText(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return { ok: false, issue: error(path, "", `is not valid JSON: ${(cause as Error).message}`) };
  }
  const duplicates = refuseDuplicates ? findDuplicateKeys(text) : [];
  if (duplicates.length > 0) {
    return { ok: false, issue: error(path, duplicates[0]!, `is defined twice in the same object (duplicate keys are refused: ${duplicates.join(", ")})`) };
  }
  return { ok: true, value };
}

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Describes a JSON value for messages: `"text"`, `3`, `an array`, `an object`, `null`. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (isRecord(value)) return "an object";
  return JSON.stringify(value) ?? String(value);
}
