import { z } from "zod";
import type { ApiFetch } from "./hostData";

/** The options `client.request()` posts (jQuery.ajax style). */
export const RequestOptions = z.object({
  url: z.string(),
  type: z.string().optional(),
  method: z.string().optional(),
  data: z.unknown().optional(),
  contentType: z.union([z.string(), z.literal(false)]).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  dataType: z.string().optional(),
  httpCompleteResponse: z.boolean().optional(),
});
export type RequestOptions = z.infer<typeof RequestOptions>;

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

function buildRequest(options: RequestOptions): { path: string; init: RequestInit } {
  const method = (options.type ?? options.method ?? "GET").toUpperCase();
  let path = options.url;
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  let body: string | undefined;
  if (options.data !== undefined && options.data !== null) {
    if (method === "GET" || method === "DELETE") {
      if (typeof options.data === "object") path += (path.includes("?") ? "&" : "?") + encodeForm(options.data as Record<string, unknown>);
      else path += (path.includes("?") ? "&" : "?") + String(options.data);
    } else if (typeof options.data === "string") {
      body = options.data;
      headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded; charset=UTF-8";
    } else {
      const json = typeof options.contentType === "string" && options.contentType.includes("json");
      body = json ? JSON.stringify(options.data) : encodeForm(options.data as Record<string, unknown>);
      headers["Content-Type"] = json ? String(options.contentType) : "application/x-www-form-urlencoded; charset=UTF-8";
    }
  }
  return { path, init: { method, headers, ...(body !== undefined ? { body } : {}) } };
}

/**
 * Performs a `client.request()` for the app with the agent's session, as Zendesk's framework does for
 * the account's own API, and shapes the answer like jQuery's: `[body, "success", jqXHR]` or
 * `[jqXHR, "error", statusText]`.
 */
export async function proxyRequest(api: ApiFetch, raw: unknown): Promise<ProxiedResponse> {
  const parsed = RequestOptions.safeParse(typeof raw === "string" ? { url: raw } : raw);
  if (!parsed.success) {
    const xhr: JqXhrLike = { readyState: 4, status: 0, statusText: "error", responseText: "Invalid request options", headers: {} };
    return { done: false, responseArgs: [xhr, "error", "Invalid request options"] };
  }
  const { path, init } = buildRequest(parsed.data);
  let response: Response;
  try {
    response = await api(path, init);
  } catch (error) {
    const xhr: JqXhrLike = { readyState: 4, status: 0, statusText: "error", responseText: String(error), headers: {} };
    return { done: false, responseArgs: [xhr, "error", "error"] };
  }
  const responseText = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  let responseJSON: unknown;
  try {
    responseJSON = responseText ? JSON.parse(responseText) : undefined;
  } catch {
    responseJSON = undefined;
  }
  const xhr: JqXhrLike = { readyState: 4, status: response.status, statusText: response.statusText || String(response.status), responseText, headers, ...(responseJSON !== undefined ? { responseJSON } : {}) };
  if (!response.ok) return { done: false, responseArgs: [xhr, "error", xhr.statusText] };
  if (parsed.data.httpCompleteResponse) {
    return { done: true, responseArgs: [{ responseJSON, responseText, status: response.status, headers }, "success", xhr] };
  }
  const body = parsed.data.dataType === "text" ? responseText : responseJSON ?? responseText;
  return { done: true, responseArgs: [body, "success", xhr] };
}
