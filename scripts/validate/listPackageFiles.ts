import { existsSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { globToRegExp, parseIgnoreFile } from "./matchGlob";

/** zcli always leaves its own package output out of the zip (`archiveIgnore = ['tmp/**']`). */
export const ZCLI_DEFAULT_IGNORES = ["tmp/**"] as const;

/** The file zcli reads the ignore globs from, inside the app directory. */
export const ZCLI_IGNORE_FILE = ".zcliignore";

/** What zcli would put in the upload zip for an app directory, and what it would leave out. */
export interface PackageFiles {
  /** Package-relative paths (forward slashes), sorted: the regular files zcli zips. */
  files: string[];
  /** Symbolic links met while walking; Zendesk refuses a zip holding any. */
  symlinks: string[];
  /** Files left out because a dot-file/dot-folder, `tmp/**` or a `.zcliignore` glob excludes them. */
  skipped: string[];
  /** The globs applied: zcli's defaults plus the app's `.zcliignore`. */
  ignores: string[];
}

/**
 * The ignore file to apply to an app directory: its own `.zcliignore` (what zcli reads), else the
 * project's (`fallbackDir`), which the build does not copy into dist/. Null when there is none.
 */
export function resolveIgnoreFile(dir: string, fallbackDir: string): string | null {
  return [join(dir, ZCLI_IGNORE_FILE), join(fallbackDir, ZCLI_IGNORE_FILE)].find((path) => existsSync(path)) ?? null;
}

/**
 * Walks an app directory and selects files the way `zcli apps:package|validate|create` does:
 * every file (`**` with dot-files off), minus `tmp/**`, minus the globs in `ignoreFile`
 * (by default `<dir>/.zcliignore`, as zcli). It does not read file contents and never follows symlinks.
 */
export function listPackageFiles(dir: string, ignoreFile: string | null = join(dir, ZCLI_IGNORE_FILE)): PackageFiles {
  const ignores = [...ZCLI_DEFAULT_IGNORES, ...(ignoreFile && existsSync(ignoreFile) ? parseIgnoreFile(readFileSync(ignoreFile, "utf8")) : [])];
  const matchers = ignores.map(globToRegExp);
  const result: PackageFiles = { files: [], symlinks: [], skipped: [], ignores };

  const walk = (relativeDir: string): void => {
    for (const entry of readdirSync(join(dir, relativeDir), { withFileTypes: true })) {
      const path = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      const stats = lstatSync(join(dir, path));
      if (stats.isSymbolicLink()) result.symlinks.push(path);
      else if (stats.isDirectory()) {
        if (entry.name.startsWith(".")) result.skipped.push(`${path}/`);
        else walk(path);
      } else if (stats.isFile()) {
        const ignored = entry.name.startsWith(".") || matchers.some((matcher) => matcher.test(path));
        (ignored ? result.skipped : result.files).push(path);
      }
    }
  };
  walk("");
  result.files.sort();
  result.symlinks.sort();
  result.skipped.sort();
  return result;
}
