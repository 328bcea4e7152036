import { MANIFEST, type AppContext, type Rule } from "./AppContext";
import { error, type Issue } from "./Issue";
import { isRecord, readApp, readJson, type App } from "./readApp";
import { checkAssets } from "./rules/checkAssets";
import { checkLocations } from "./rules/checkLocations";
import { checkManifest } from "./rules/checkManifest";
import { checkPackageFiles } from "./rules/checkPackageFiles";
import { checkParameters } from "./rules/checkParameters";
import { checkRequirements } from "./rules/checkRequirements";
import { checkSources } from "./rules/checkSources";
import { checkTranslations } from "./rules/checkTranslations";

/** The rule groups that need a parsed manifest, in report order. */
export const MANIFEST_RULES: readonly Rule[] = [checkManifest, checkLocations, checkParameters, checkTranslations, checkRequirements, checkAssets];

/** Reads manifest.json as Zendesk does: at the package root, valid JSON, no duplicate keys, an object. */
export function loadManifest(app: App): { manifest: Record<string, unknown> } | { issue: Issue } {
  if (!app.has(MANIFEST)) {
    const nested = app.listing.files.find((file) => /^[^/]+\/manifest\.json$/.test(file));
    const hint = nested ? `; found ${nested} — package the folder that holds it` : "";
    return { issue: error(MANIFEST, "", `is missing at the package root${hint}`) };
  }
  const read = readJson(app, MANIFEST, { refuseDuplicates: true });
  if (!read.ok) return { issue: read.issue };
  if (!isRecord(read.value)) return { issue: error(MANIFEST, "", "must be a JSON object") };
  return { manifest: read.value };
}

/** Sort errors first, then by file, keeping each rule's order within a file. */
function compareIssues(a: Issue, b: Issue): number {
  if (a.level !== b.level) return a.level === "error" ? -1 : 1;
  return a.file.localeCompare(b.file);
}

/**
 * Validates an app directory (the folder zcli would zip, e.g. dist/) offline, by the rules Zendesk's
 * validator applies on upload plus a few good-practice warnings. Never throws for a broken app.
 * `ignoreFile`: the .zcliignore to apply (default `<dir>/.zcliignore`, as zcli).
 */
export function validateApp(dir: string, { ignoreFile }: { ignoreFile?: string | null } = {}): Issue[] {
  const app = readApp(dir, ignoreFile);
  const issues: Issue[] = [...checkPackageFiles(app), ...checkSources(app)];
  const loaded = loadManifest(app);
  if ("issue" in loaded) issues.push(loaded.issue);
  else {
    const context: AppContext = { app, manifest: loaded.manifest };
    for (const rule of MANIFEST_RULES) issues.push(...rule(context));
  }
  return issues.sort(compareIssues);
}
