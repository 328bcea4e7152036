import { isListingOnly, MANIFEST, type Rule } from "../AppContext";
import { formatKey } from "../formatKey";
import { error, warning, type Issue } from "../Issue";
import type { App } from "../readApp";
import { describeValue, isRecord } from "../readApp";

/** The locations each product offers (Zendesk's Location table). */
export const PRODUCT_LOCATIONS: Record<string, readonly string[]> = {
  support: [
    "top_bar", "nav_bar", "ticket_sidebar", "new_ticket_sidebar", "user_sidebar", "organization_sidebar",
    "background", "modal", "ticket_editor", "system_top_bar", "custom_object_record_sidebar",
  ],
  chat: ["chat_sidebar", "background"],
  standalone_chat: ["nav_bar", "system_top_bar"],
  sell: [
    "deal_card", "person_card", "company_card", "lead_card", "background", "modal", "dashboard",
    "note_editor", "call_log_editor", "email_editor", "top_bar", "visit_editor",
  ],
};

/** Old product names Zendesk still maps to the current ones. */
export const LEGACY_PRODUCTS: Record<string, string> = { zendesk: "support", zopim: "chat", lotus_box: "standalone_chat" };

/** Options a location object may hold. */
export const LOCATION_OPTIONS = ["url", "flexible", "autoLoad", "autoHide", "signed", "size"] as const;

/** Only accepted on accounts where Zendesk has enabled it; it then needs `objectTypes`. */
const GATED_LOCATION = "custom_object_record_sidebar";

/** The url Zendesk's v1 apps used for "no url"; framework 2 refuses it. */
const LEGACY_URL = "_legacy";

const BOOLEAN_OPTIONS = ["autoLoad", "autoHide", "signed"] as const;

/** Explains why a location url is refused, or returns null when Zendesk accepts it. */
export function explainUrlProblem(app: App, url: string): string | null {
  if (url.includes("{{setting.")) return null;
  if (/^[a-z][a-z\d+.-]*:/i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return "is not a valid URL";
    }
    if (parsed.protocol === "https:" || parsed.hostname === "localhost") return null;
    return "must use https (or point at localhost)";
  }
  const path = url.replace(/[?#].*$/, "");
  if (!path.startsWith("assets/")) return 'is relative but does not start with "assets/"';
  if (!app.has(path)) return `refers to ${path}, which is not in the package`;
  return null;
}

/** Checks one location's options object (or url string). */
function checkLocation(app: App, path: string[], value: unknown, locationName: string): Issue[] {
  const key = formatKey(path);
  const options = typeof value === "string" ? { url: value } : value;
  if (!isRecord(options)) return [error(MANIFEST, key, `must be an object with a url, got ${describeValue(value)}`)];
  const issues: Issue[] = [];
  const url = options.url;
  if (url === LEGACY_URL) issues.push(error(MANIFEST, `${key}.url`, "must be a URL with framework version 2 (no v1 template locations)"));
  else if (typeof url === "string" && url !== "") {
    const problem = explainUrlProblem(app, url);
    if (problem) issues.push(error(MANIFEST, `${key}.url`, `"${url}" ${problem}`));
  } else if (url != null && typeof url !== "string") {
    issues.push(error(MANIFEST, `${key}.url`, `must be a string, got ${describeValue(url)}`));
  } else if (options.autoLoad !== false) {
    issues.push(error(MANIFEST, `${key}.url`, "is missing; a location that loads needs a URL"));
  }
  if (options.flexible != null && typeof options.flexible !== "boolean") {
    issues.push(error(MANIFEST, `${key}.flexible`, `must be a boolean, got ${describeValue(options.flexible)}`));
  }
  for (const option of BOOLEAN_OPTIONS) {
    if (options[option] != null && typeof options[option] !== "boolean") issues.push(warning(MANIFEST, `${key}.${option}`, `should be a boolean, got ${describeValue(options[option])}`));
  }
  if (options.size != null && !isRecord(options.size)) issues.push(warning(MANIFEST, `${key}.size`, `should be an object like { "width": "…", "height": "…" }, got ${describeValue(options.size)}`));

  const allowed: readonly string[] = locationName === GATED_LOCATION ? [...LOCATION_OPTIONS, "objectTypes"] : LOCATION_OPTIONS;
  for (const option of Object.keys(options)) {
    if (!allowed.includes(option)) issues.push(warning(MANIFEST, `${key}.${option}`, `is not a location option (known: ${allowed.join(", ")}); Zendesk ignores it`));
  }
  if (locationName === GATED_LOCATION) {
    const types = options.objectTypes;
    if (!Array.isArray(types) || types.length === 0 || !types.every((t) => typeof t === "string" && t.trim() !== "")) {
      issues.push(error(MANIFEST, `${key}.objectTypes`, "must be a non-empty array of custom object keys"));
    }
  }
  return issues;
}

/**
 * Checks `location`: known products and location names, a usable url for each location
 * (https/localhost, or a packaged file under assets/), and the location options.
 */
export const checkLocations: Rule = ({ app, manifest }) => {
  if (isListingOnly(manifest) || manifest.location == null) return [];
  const location = manifest.location;
  if (typeof location === "string" || Array.isArray(location)) {
    return [error(MANIFEST, "location", 'lists location names without URLs (framework v1 form); framework 2 needs { "support": { "ticket_sidebar": { "url": "assets/iframe.html" } } }')];
  }
  if (!isRecord(location)) return [];
  const issues: Issue[] = [];
  let count = 0;
  for (const [host, locations] of Object.entries(location)) {
    const product = LEGACY_PRODUCTS[host] ?? host;
    const known = PRODUCT_LOCATIONS[product];
    if (!known) {
      issues.push(error(MANIFEST, `location.${host}`, `"${host}" is not a Zendesk product (use ${Object.keys(PRODUCT_LOCATIONS).join(", ")})`));
      continue;
    }
    if (product !== host) issues.push(warning(MANIFEST, `location.${host}`, `is the old name of "${product}"; use "${product}"`));
    if (!isRecord(locations)) {
      issues.push(error(MANIFEST, `location.${host}`, `must be an object of locations, got ${describeValue(locations)}`));
      continue;
    }
    for (const [name, value] of Object.entries(locations)) {
      count++;
      if (!known.includes(name)) {
        issues.push(error(MANIFEST, `location.${host}.${name}`, `"${name}" is not a location of ${product} (use ${known.join(", ")})`));
        continue;
      }
      if (name === GATED_LOCATION) issues.push(warning(MANIFEST, `location.${host}.${name}`, "is only accepted on accounts where Zendesk has enabled it"));
      issues.push(...checkLocation(app, ["location", host, name], value, name));
    }
  }
  if (count === 0) issues.push(error(MANIFEST, "location", "names no location; add one, e.g. support.ticket_sidebar"));
  return issues;
};
