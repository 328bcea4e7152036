import { z } from "zod";
import type { ZafHost } from "./zafHost";

/**
 * The options `client.request()` takes (developer.zendesk.com, "ZAF Client API", client.request(options)).
 * Anything else is refused rather than dropped: the docs list no other option.
 */
export const RequestOptions = z.strictObject({
  url: z.string().min(1),
  type: z.string().optional(),
  data: z.unknown().optional(),
  contentType: z.union([z.string(), z.literal(false)]).optional(),
  headers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  dataType: z.string().optional(),
  httpCompleteResponse: z.boolean().optional(),
  cors: z.boolean().optional(),
  secure: z.boolean().optional(),
  timeout: z.number().optional(),
  autoRetry: z.boolean().optional(),
  xhrFields: z.record(z.string(), z.unknown()).optional(),
  jwt: z.record(z.string(), z.unknown()).optional(),
  accepts: z.record(z.string(), z.string()).optional(),
  cache: z.boolean().optional(),
  processData: z.boolean().optional(),
});
export type RequestOptions = z.infer<typeof RequestOptions>;

/** A request as it leaves the framework: method, absolute or account-relative URL, headers, body. */
export const OutgoingRequest = z.object({
  url: z.string(),
  method: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string().optional(),
  /** `secure: true`: the proxy fills `{{setting.name}}` from the installation's settings, secure ones included. */
  secure: z.boolean(),
});
export type OutgoingRequest = z.infer<typeof OutgoingRequest>;

/** An HTTP answer as plain data (it crosses postMessage and the emulator's proxy endpoint). */
export interface HttpAnswer {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

/** Zendesk's proxy for URLs outside the account: the emulator's server performs them (see emulator/zafProxy.ts). */
export type ProxyFetch = (request: OutgoingRequest) => Promise<HttpAnswer>;

/** What ZAF posts back: `zaf.request:N.done` with `responseArgs` or `zaf.request:N.fail`. */
export interface ProxiedResponse {
  done: boolean;
  responseArgs: unknown[];
}

/** A jqXHR without its functions (they cannot cross postMessage); headers ride along as a plain object. */
export interface JqXhrLike {
  readyState: 4;
  status: number;
  statusText: string;
  responseText: string;
  responseJSON?: unknown;
  headers: Record<string, string>;
}

function encodeForm(data: Record<string, unknown>): string {
  return new URLSearchParams(Object.entries(data).map(([k, v]) => [k, String(v)])).toString();
}

function buildRequest(options: RequestOptions): OutgoingRequest {
  const method = (options.type ?? "GET").toUpperCase();
  let url = options.url;
  const headers: Record<string, string> = { Accept: "application/json" };
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name] = String(value);
  let body: string | undefined;
  if (options.data !== undefined && options.data !== null) {
    if (method === "GET" || method === "DELETE") {
      url += (url.includes("?") ? "&" : "?") + (typeof options.data === "object" ? encodeForm(options.data as Record<string, unknown>) : String(options.data));
    } else if (typeof options.data === "string") {
      body = options.data;
      headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded; charset=UTF-8";
    } else {
      const json = typeof options.contentType === "string" && options.contentType.includes("json");
      body = json ? JSON.stringify(options.data) : encodeForm(options.data as Record<string, unknown>);
      headers["Content-Type"] = json ? String(options.contentType) : "application/x-www-form-urlencoded; charset=UTF-8";
    }
  }
  return { url, method, headers, secure: options.secure === true, ...(body !== undefined ? { body } : {}) };
}

function failure(status: number, statusText: string, responseText: string): ProxiedResponse {
  const xhr: JqXhrLike = { readyState: 4, status, statusText, responseText, headers: {} };
  return { done: false, responseArgs: [xhr, "error", statusText] };
}

async function answerOf(response: Response): Promise<HttpAnswer> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  return { status: response.status, statusText: response.statusText || String(response.status), headers, body: await response.text() };
}

/** The path of an account URL (relative, or absolute on `https://<subdomain>.zendesk.com`); null for any other URL. */
export function accountPath(url: string, subdomain: string): string | null {
  if (url.startsWith("/")) return url;
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (parsed && parsed.protocol === "https:" && parsed.hostname === `${subdomain}.zendesk.com`) return parsed.pathname + parsed.search;
  return null;
}

/** Sends the request where Zendesk's framework sends it: the account (agent's session), the browser (cors), or the proxy. */
async function send(host: ZafHost, options: RequestOptions, request: OutgoingRequest): Promise<HttpAnswer | ProxiedResponse> {
  const path = accountPath(request.url, host.options.subdomain);
  const init = { method: request.method, headers: request.headers, ...(request.body !== undefined ? { body: request.body } : {}) };
  if (path) return answerOf(await host.options.api(path, init));
  if (!/^https?:\/\//.test(request.url)) return failure(0, "error", `Invalid URL ${request.url}`);
  if (options.cors) {
    if (options.secure) return failure(0, "error", "Secure settings are only filled by Zendesk's proxy: secure requests cannot use cors: true.");
    return answerOf(await fetch(request.url, { ...init, mode: "cors", credentials: "omit" }));
  }
  if (!host.options.proxy) return failure(0, "error", "This host has no proxy for requests outside the account.");
  return host.options.proxy(request);
}

/**
 * Performs a `client.request()` for an app as Zendesk's framework does (developer.zendesk.com, "Making API
 * requests from a Zendesk app"): account URLs with the agent's session, external ones through the proxy
 * unless `cors: true`; answers like jQuery: `[body, "success", jqXHR]` or `[jqXHR, "error", statusText]`.
 */
export async function proxyRequest(host: ZafHost, raw: unknown): Promise<ProxiedResponse> {
  const parsed = RequestOptions.safeParse(typeof raw === "string" ? { url: raw } : raw);
  if (!parsed.success) return failure(0, "error", `Invalid request options: ${parsed.error.issues.map((i) => `${i.path.join(".") || i.code} ${i.message}`).join("; ")}`);
  let answer: HttpAnswer | ProxiedResponse;
  try {
    answer = await send(host, parsed.data, buildRequest(parsed.data));
  } catch (error) {
    return failure(0, "error", String(error));
  }
  if ("done" in answer) return answer;
  let responseJSON: unknown;
  try {
    responseJSON = answer.body ? JSON.parse(answer.body) : undefined;
  } catch {
    responseJSON = undefined;
  }
  const xhr: JqXhrLike = { readyState: 4, status: answer.status, statusText: answer.statusText, responseText: answer.body, headers: answer.headers, ...(responseJSON !== undefined ? { responseJSON } : {}) };
  if (answer.status < 200 || answer.status >= 300) return { done: false, responseArgs: [xhr, "error", xhr.statusText] };
  if (parsed.data.httpCompleteResponse) {
    return { done: true, responseArgs: [{ responseJSON, responseText: answer.body, status: answer.status, headers: answer.headers }, "success", xhr] };
  }
  const body = parsed.data.dataType === "text" ? answer.body : (responseJSON ?? answer.body);
  return { done: true, responseArgs: [body, "success", xhr] };
}
