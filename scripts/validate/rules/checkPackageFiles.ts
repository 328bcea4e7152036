import { extname } from "node:path";
import { error, warning, type Issue } from "../Issue";
import type { App } from "../readApp";

/** zcli's settings file: it holds the installation's settings (maybe secrets) and must never be uploaded. */
export const ZCLI_CONFIG = "zcli.apps.config.json";

/** File types Zendesk refuses in an app package (by extension or by content). */
export const UNSUPPORTED_TYPES = ["rar", "zip", "gzip", "gz", "pdf", "doc", "docx", "avi", "bin", "bz", "bz2", "csh", "sh", "jar", "mp3", "mpeg", "odt", "pptx", "ppt", "xls", "xlsx", "7z"] as const;

/** What a framework-2 package holds at its root; Zendesk serves only assets/, so anything else is dead weight. */
export const PACKAGE_ROOT_ENTRIES = ["manifest.json", "requirements.json", "assets", "translations"] as const;

/** Leading bytes of archive and document formats Zendesk detects by content. */
const MAGIC_NUMBERS: { type: string; bytes: number[] }[] = [
  { type: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: "gzip", bytes: [0x1f, 0x8b] },
  { type: "pdf", bytes: [0x25, 0x50, 0x44, 0x46] },
  { type: "rar", bytes: [0x52, 0x61, 0x72, 0x21] },
  { type: "7z", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

/** The type a file is refused as, or null. */
function findUnsupportedType(app: App, path: string): string | null {
  const extension = extname(path).slice(1).toLowerCase();
  if ((UNSUPPORTED_TYPES as readonly string[]).includes(extension)) return extension;
  const head = app.readBytes(path).subarray(0, 8);
  return MAGIC_NUMBERS.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte))?.type ?? null;
}

/**
 * Checks what zcli would zip: no symlinks, no zcli.apps.config.json, no file types Zendesk refuses;
 * warns about files outside assets/ and translations/ (never served).
 * Works without a manifest; dot-files and tmp/ are left out of the zip, so they are not findings.
 */
export function checkPackageFiles(app: App): Issue[] {
  const issues: Issue[] = [];
  for (const link of app.listing.symlinks) issues.push(error(link, "", "is a symbolic link; Zendesk refuses packages holding symlinks"));
  if (app.has(ZCLI_CONFIG)) issues.push(error(ZCLI_CONFIG, "", "would be uploaded with the app (it holds your local settings); list it in .zcliignore"));
  for (const file of app.listing.files) {
    const type = findUnsupportedType(app, file);
    if (type) issues.push(error(file, "", `is a ${type} file; Zendesk refuses this file type in an app package`));
  }
  for (const file of app.listing.files) {
    if (!(PACKAGE_ROOT_ENTRIES as readonly string[]).includes(file.split("/")[0]!)) {
      issues.push(warning(file, "", "is not served by Zendesk (only assets/ is); leave it out of the upload with .zcliignore"));
    }
  }
  return issues;
}
