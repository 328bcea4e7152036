import * as z from "zod";
import { isListingOnly, isPrivate, MANIFEST, type Rule } from "../AppContext";
import { checkTypes } from "../checkTypes";
import { error, warning, type Issue } from "../Issue";
import { describeValue, isRecord } from "../readApp";

/** Every top-level key Zendesk's manifest reader knows; anything else is ignored by Zendesk. */
export const MANIFEST_KEYS = [
  "name", "author", "defaultLocale", "private", "location", "version", "frameworkVersion", "parameters",
  "requirementsOnly", "marketingOnly", "singleInstall", "signedUrls", "noTemplate", "experiments",
  "oauth", "domainWhitelist", "remoteInstallationURL", "termsConditionsURL", "gaID",
] as const;

/** Keys Zendesk refuses a manifest without (every app). */
export const REQUIRED_KEYS = ["author", "defaultLocale"] as const;

/** Keys an app that runs in a location also needs (not requirements-only or marketing-only apps). */
export const REQUIRED_APP_KEYS = ["location", "frameworkVersion"] as const;

/** The framework versions Zendesk serves (AppVersion::TO_BE_SERVED). */
export const FRAMEWORK_VERSIONS = ["2.0"] as const;

/** Locale names Zendesk accepts for defaultLocale and translation files. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-\w{2,3})?$/;

/** Experiments a marketplace app may switch on. */
export const ALLOWED_EXPERIMENTS = ["hashParams", "newCssCompiler"] as const;

/** Keys the `oauth` object must fill when present. */
export const OAUTH_KEYS = ["client_id", "client_secret", "authorize_uri", "access_token_uri"] as const;

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** The types Zendesk checks on manifest keys (only types: presence and values are checked below). */
const ManifestTypes = z.object({
  author: z.object({ name: z.string().nullish(), email: z.string().nullish(), url: z.string().nullish() }).nullish(),
  defaultLocale: z.string().nullish(),
  version: z.string().nullish(),
  frameworkVersion: z.string().nullish(),
  remoteInstallationURL: z.string().nullish(),
  termsConditionsURL: z.string().nullish(),
  gaID: z.string().nullish(),
  private: z.boolean().optional(),
  requirementsOnly: z.boolean().nullish(),
  marketingOnly: z.boolean().nullish(),
  singleInstall: z.boolean().nullish(),
  signedUrls: z.boolean().nullish(),
  noTemplate: z.union([z.boolean(), z.array(z.string())], { error: "must be true, false or an array of location names" }).nullish(),
  experiments: z.record(z.string(), z.unknown()).nullish(),
  domainWhitelist: z.array(z.string()).nullish(),
  parameters: z.array(z.unknown()).nullish(),
  oauth: z.record(z.string(), z.unknown()).nullish(),
  location: z.union([z.record(z.string(), z.unknown()), z.array(z.string()), z.string()], { error: "must be an object of products and their locations" }).nullish(),
});

/** Zendesk's idea of a valid URL for author.url and termsConditionsURL: http(s) with a host. */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * Checks manifest.json itself: known keys and their types, required keys, framework version,
 * defaultLocale and its translation file, URLs, oauth, experiments and the listing-only app rules.
 * Locations and parameters have their own rules.
 */
export const checkManifest: Rule = ({ app, manifest }) => {
  const issues: Issue[] = checkTypes(MANIFEST, ManifestTypes, manifest);
  const known = new Set<string>(MANIFEST_KEYS);
  for (const key of Object.keys(manifest)) {
    if (!known.has(key)) issues.push(warning(MANIFEST, key, `is not a manifest key Zendesk reads; it is ignored (known keys: ${MANIFEST_KEYS.join(", ")})`));
  }

  const listingOnly = isListingOnly(manifest);
  const required = listingOnly ? REQUIRED_KEYS : [...REQUIRED_KEYS, ...REQUIRED_APP_KEYS];
  for (const key of required) {
    if (manifest[key] == null) issues.push(error(MANIFEST, key, "is required and missing"));
  }

  const author = manifest.author;
  if (isRecord(author)) {
    for (const key of ["name", "email"] as const) {
      if (author[key] == null || author[key] === "") issues.push(warning(MANIFEST, `author.${key}`, "is missing; Zendesk's docs require it (its validator does not check)"));
    }
    if (typeof author.url === "string" && !isHttpUrl(author.url)) issues.push(error(MANIFEST, "author.url", `must be a valid http(s) URL, got "${author.url}"`));
  } else if (author != null) {
    issues.push(error(MANIFEST, "author", `must be an object with name, email and url, got ${describeValue(author)}`));
  }
  if (typeof manifest.termsConditionsURL === "string" && !isHttpUrl(manifest.termsConditionsURL)) {
    issues.push(error(MANIFEST, "termsConditionsURL", `must be a valid http(s) URL, got "${manifest.termsConditionsURL}"`));
  }

  const locale = manifest.defaultLocale;
  if (typeof locale === "string") {
    if (!LOCALE_PATTERN.test(locale)) issues.push(error(MANIFEST, "defaultLocale", `"${locale}" is not a valid locale (like "en", "es" or "pt-br")`));
    else if (!app.has(`translations/${locale}.json`)) issues.push(error(MANIFEST, "defaultLocale", `"${locale}" has no translation file: add translations/${locale}.json`));
  }

  const framework = manifest.frameworkVersion;
  if (listingOnly) {
    if (framework != null) issues.push(error(MANIFEST, "frameworkVersion", "cannot be set on a requirements-only or marketing-only app"));
    if (manifest.location != null) issues.push(error(MANIFEST, "location", "cannot be set on a requirements-only or marketing-only app"));
  } else if (typeof framework === "string" && !(FRAMEWORK_VERSIONS as readonly string[]).includes(framework)) {
    issues.push(error(MANIFEST, "frameworkVersion", `"${framework}" is not a framework version Zendesk serves; use "${FRAMEWORK_VERSIONS.join('" or "')}"`));
  }
  if (manifest.marketingOnly === true) {
    if (Array.isArray(manifest.parameters) && manifest.parameters.length > 0) issues.push(error(MANIFEST, "parameters", "cannot be defined on a marketing-only app"));
    if (isPrivate(manifest)) issues.push(error(MANIFEST, "private", 'must be false on a marketing-only app'));
  }

  const noTemplate = manifest.noTemplate;
  if (noTemplate === true || (Array.isArray(noTemplate) && noTemplate.length > 0)) {
    issues.push(error(MANIFEST, "noTemplate", "is deprecated and refused with framework version 2; set autoLoad or autoHide on each location instead"));
  }

  if (typeof manifest.version === "string" && !SEMVER.test(manifest.version)) {
    issues.push(warning(MANIFEST, "version", `"${manifest.version}" is not a semantic version (x.y.z); zcli apps:bump needs one`));
  } else if (manifest.version == null && !listingOnly) {
    issues.push(warning(MANIFEST, "version", "is missing; the app's version shows in the admin center and zcli apps:bump needs it"));
  }

  if (isRecord(manifest.experiments)) {
    for (const [name, on] of Object.entries(manifest.experiments)) {
      if (on && !(ALLOWED_EXPERIMENTS as readonly string[]).includes(name)) issues.push(error(MANIFEST, `experiments.${name}`, "is not an experiment Zendesk makes available"));
    }
  }

  if (isRecord(manifest.oauth)) {
    const oauth = manifest.oauth;
    const missing = OAUTH_KEYS.filter((key) => oauth[key] == null || oauth[key] === "");
    if (missing.length > 0) issues.push(error(MANIFEST, "oauth", `is missing ${missing.join(", ")}`));
    const hasOauthParameter = Array.isArray(manifest.parameters) && manifest.parameters.some((p) => isRecord(p) && p.type === "oauth");
    if (!hasOauthParameter) issues.push(error(MANIFEST, "oauth", 'needs a parameter of type "oauth"'));
  }
  return issues;
};
