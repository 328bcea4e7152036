import type { HttpAnswer, OutgoingRequest } from "../host/requestProxy";
import type { AppPackage } from "./appPackage";

const PLACEHOLDER = /\{\{\s*setting\.([\w.-]+)\s*\}\}/g;
/** Headers a proxy does not forward (hop-by-hop, or the browser's own). */
const DROPPED_HEADERS = new Set(["host", "connection", "content-length", "cookie", "origin", "referer"]);

function proxyError(status: number, message: string): HttpAnswer {
  return { status, statusText: "Proxy Error", headers: { "content-type": "application/json" }, body: JSON.stringify({ error: `Proxy error: ${message}` }) };
}

/** Fills `{{setting.name}}` from every setting (secure ones included); null names a setting the installation lacks. */
function fill(text: string, values: Record<string, unknown>, missing: Set<string>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    if (!(name in values)) missing.add(name);
    return String(values[name] ?? "");
  });
}

/** Whether `url`'s host is one the manifest's `domainWhitelist` names (entries may themselves use settings). */
function isWhitelisted(url: URL, app: AppPackage): boolean {
  return app.domainWhitelist.some((entry) => {
    const domain = fill(entry, app.settings, new Set()).replace(/^https?:\/\//, "").replace(/\/.*$/, "");
    if (domain.startsWith("*.")) return url.hostname.endsWith(domain.slice(1));
    return url.host === domain || url.hostname === domain;
  });
}

/**
 * Zendesk's proxy for an app's requests outside the account (developer.zendesk.com, "Making API requests
 * from a Zendesk app": third-party APIs, secure settings): the server performs the request, so no CORS
 * applies; with `secure: true` it fills `{{setting.name}}` in the URL, headers and body, only for hosts in
 * `domainWhitelist`. The docs give no status for a refused secure request: this answers 403 (stricter: never sent).
 */
export async function performProxyRequest(app: AppPackage, request: OutgoingRequest, fetchImpl: typeof fetch = fetch): Promise<HttpAnswer> {
  if (!URL.canParse(request.url) || !/^https?:$/.test(new URL(request.url).protocol)) return proxyError(400, `invalid URL ${request.url}`);
  let { url, headers, body } = request;
  if (request.secure) {
    const values = { ...app.settings, ...app.secureSettings };
    const missing = new Set<string>();
    url = fill(url, values, missing);
    headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, fill(v, values, missing)]));
    body = body === undefined ? undefined : fill(body, values, missing);
    if (missing.size) return proxyError(422, `the installation has no setting ${[...missing].join(", ")}`);
    if (!isWhitelisted(new URL(url), app)) return proxyError(403, `${new URL(url).host} is not in the app's domainWhitelist; secure settings are not sent there`);
  }
  const forwarded = Object.fromEntries(Object.entries(headers).filter(([k]) => !DROPPED_HEADERS.has(k.toLowerCase())));
  let response: Response;
  try {
    response = await fetchImpl(url, { method: request.method, headers: forwarded, ...(body !== undefined ? { body } : {}), redirect: "follow" });
  } catch (error) {
    return proxyError(502, `could not reach ${new URL(url).host} (${String(error)})`);
  }
  const answerHeaders: Record<string, string> = {};
  response.headers.forEach((value, key) => (answerHeaders[key] = value));
  return { status: response.status, statusText: response.statusText || String(response.status), headers: answerHeaders, body: await response.text() };
}
