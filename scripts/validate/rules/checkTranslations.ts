import { isPrivate, parametersOf, type Rule } from "../AppContext";
import { error, warning, type Issue } from "../Issue";
import { isRecord, readJson } from "../readApp";
import { LOCALE_PATTERN } from "./checkManifest";
import { PRODUCT_LOCATIONS } from "./checkLocations";

const TRANSLATION_FILE = /^translations\/(.*)\.json$/;

/** The file Zendesk reads the app's name and listing texts from. */
export const ENGLISH_FILE = "translations/en.json";

/** app.* keys en.json must have: every app needs a name; public apps need their listing texts too. */
export const REQUIRED_APP_KEYS = {
  private: ["name"],
  public: ["name", "short_description", "long_description", "installation_instructions"],
} as const;

/** Checks the `app.package` tree Zendesk's translation tooling writes: objects down to { title, value } string leaves. */
function findMalformedLeaf(node: Record<string, unknown>, path: string): string | null {
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}.${key}`;
    if (!isRecord(value)) return here;
    const keys = Object.keys(value).sort();
    const isLeaf = keys.length === 2 && keys[0] === "title" && keys[1] === "value" && typeof value.title === "string" && typeof value.value === "string";
    if (isLeaf) continue;
    const inner = findMalformedLeaf(value, here);
    if (inner) return inner;
  }
  return null;
}

/** The en.json keys Zendesk requires, at app.* or, for per-product texts, at app.<product>.*. */
function checkRequiredKeys(file: string, app: Record<string, unknown>, privateApp: boolean): Issue[] {
  const required = privateApp ? REQUIRED_APP_KEYS.private : REQUIRED_APP_KEYS.public;
  const products = Object.keys(app).filter((key) => key in PRODUCT_LOCATIONS);
  const scopes = products.length === 0 ? [["app", app] as const] : products.map((p) => [`app.${p}`, app[p]] as const);
  const issues: Issue[] = [];
  for (const [path, node] of scopes) {
    const keys = isRecord(node) ? Object.keys(node).map((k) => (k === "description" ? "short_description" : k)) : [];
    for (const key of required) {
      if (!keys.includes(key)) issues.push(error(file, `${path}.${key}`, `is required${privateApp ? "" : " for a public app"} and missing`));
    }
  }
  return issues;
}

/**
 * Checks translations/*.json: locale file names, JSON objects, parameter leaves with a label, and en.json's
 * required app.* keys (what Zendesk enforces); warns when a manifest parameter has no label in a file,
 * a file labels an unknown parameter, or en.json / the default locale's app.name is missing (good practice).
 */
export const checkTranslations: Rule = ({ app, manifest }) => {
  const issues: Issue[] = [];
  const parameterNames = parametersOf(manifest).flatMap((p) => (isRecord(p) && typeof p.name === "string" ? [p.name] : []));
  const files = app.listing.files.filter((file) => TRANSLATION_FILE.test(file));

  for (const file of files) {
    const locale = TRANSLATION_FILE.exec(file)![1]!;
    if (!LOCALE_PATTERN.test(locale)) {
      issues.push(error(file, "", `"${locale}" is not a valid locale file name (like en.json, es.json, pt-br.json)`));
      continue;
    }
    const read = readJson(app, file);
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    if (!isRecord(read.value)) {
      issues.push(error(file, "", "must be a JSON object"));
      continue;
    }
    const appNode = isRecord(read.value.app) ? read.value.app : {};
    const parameters = isRecord(appNode.parameters) ? appNode.parameters : {};
    for (const [name, leaf] of Object.entries(parameters)) {
      if (!isRecord(leaf) || !("label" in leaf)) issues.push(error(file, `app.parameters.${name}`, 'must be an object with a "label"'));
      else if (!parameterNames.includes(name)) issues.push(warning(file, `app.parameters.${name}`, "labels a parameter the manifest does not define"));
    }
    for (const name of parameterNames) {
      if (!(name in parameters)) issues.push(warning(file, `app.parameters.${name}.label`, "is missing; the settings page will show the raw parameter name"));
    }
    if (isRecord(appNode.package)) {
      const malformed = findMalformedLeaf(appNode.package, "app.package");
      if (malformed) issues.push(error(file, malformed, 'is invalid for translation: expected objects down to { "title", "value" } strings'));
    }
    if (file === ENGLISH_FILE) issues.push(...checkRequiredKeys(file, appNode, isPrivate(manifest)));
    else if (locale === manifest.defaultLocale && !("name" in appNode)) issues.push(warning(file, "app.name", "is missing in the default locale; the installation has no name"));
  }

  if (!app.has(ENGLISH_FILE)) issues.push(warning(ENGLISH_FILE, "", "is missing; Zendesk checks the app name and listing texts there"));
  return issues;
};
