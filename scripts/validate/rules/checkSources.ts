import { warning, type Issue } from "../Issue";
import type { App } from "../readApp";

/** Text files Zendesk scans for secrets (html, xml, js, json). */
const TEXT_FILE = /\.(html?|xml|js|json)$/;
/** Files Zendesk scans for plain-http requests. */
const SOURCE_FILE = /\.(jsx?|html?)$/;

/** Secrets Zendesk warns about when it finds them in the package (a subset of its list, the unambiguous ones). */
export const SECRET_PATTERNS: Record<string, RegExp> = {
  "private key": /-----BEGIN (?:RSA |DSA |EC |OPENSSH |PGP )?PRIVATE KEY(?: BLOCK)?-----/,
  "AWS access key id": /AKIA[0-9A-Z]{16}/,
  "Slack token": /xox[pboa]-[0-9A-Za-z-]{10,}/,
  "GitHub token": /gh[pousr]_[0-9A-Za-z]{36}/,
};

/** XML namespace names look like URLs but are never requested. */
const NAMESPACE_URL = /^http:\/\/www\.w3\.org\//;

/**
 * Warns, as Zendesk does when it builds the app, about plain-http URLs in scripts and pages
 * and about secrets left in text files. Only warnings: the upload is not refused for these.
 */
export function checkSources(app: App): Issue[] {
  const issues: Issue[] = [];
  for (const file of app.listing.files.filter((f) => TEXT_FILE.test(f))) {
    const text = app.readText(file);
    for (const [kind, pattern] of Object.entries(SECRET_PATTERNS)) {
      if (pattern.test(text)) issues.push(warning(file, "", `may contain a secret (${kind}); review it before uploading`));
    }
    if (!SOURCE_FILE.test(file)) continue;
    const urls = [...new Set(text.match(/http:\/\/[^\s"'`<>()\\]+/g) ?? [])].filter((url) => !NAMESPACE_URL.test(url));
    if (urls.length > 0) {
      const example = urls[0]!.length > 60 ? `${urls[0]!.slice(0, 57)}…` : urls[0]!;
      issues.push(warning(file, "", `requests plain http (${urls.length === 1 ? example : `${urls.length} URLs, e.g. ${example}`}); use https`));
    }
  }
  return issues;
}
