/** A failed call to Zendesk, as a value the UI can translate and the retry policy can read. */
export type ApiError = {
  kind: "conflict" | "rateLimited" | "server" | "notFound" | "forbidden" | "invalid" | "network" | "timeout";
  status: number;
  /** Seconds to wait before retrying, from the Retry-After header of a 429 or 503. */
  retryAfter?: number;
  /** Seconds until the port tries again by itself: set while it waits, so the agent is told how long. */
  retryIn?: number;
  detail?: string;
};

const KIND_BY_STATUS: Record<number, ApiError["kind"]> = { 0: "network", 401: "forbidden", 403: "forbidden", 404: "notFound", 409: "conflict", 422: "invalid", 429: "rateLimited" };

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const entry = Object.entries(headers).find(([k]) => k.toLowerCase() === name);
  return entry && typeof entry[1] === "string" ? entry[1] : entry ? String(entry[1]) : undefined;
}

/** Reads what `client.request` rejects with (a jqXHR-like object, the SDK's TimeoutError, or an Error) into an ApiError. */
export function toApiError(failure: unknown): ApiError {
  // The SDK's TimeoutError is a plain object with a name, not an Error.
  if (failure instanceof Error || (failure as { name?: unknown } | null)?.name === "TimeoutError") {
    const { name, message } = failure as { name?: unknown; message?: unknown };
    return { kind: name === "TimeoutError" ? "timeout" : "network", status: 0, detail: String(message ?? "") };
  }
  const f = (failure ?? {}) as { status?: number; headers?: unknown; responseJSON?: { error?: unknown; description?: unknown } };
  const status = typeof f.status === "number" ? f.status : 0;
  const kind = KIND_BY_STATUS[status] ?? (status >= 500 ? "server" : "invalid");
  const retry = Number(header(f.headers, "retry-after"));
  const detail = f.responseJSON?.description ?? f.responseJSON?.error;
  return { kind, status, ...(Number.isFinite(retry) && retry >= 0 ? { retryAfter: retry } : {}), ...(typeof detail === "string" ? { detail } : {}) };
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(`Zendesk API failed with ${error.status} (${error.kind})${error.detail ? `: ${error.detail}` : ""}`);
    this.name = "ApiFailure";
  }
}
