import type * as z from "zod/mini";
import { ApiFailure, type ApiError, toApiError } from "./apiError";
import { retryDelayMs } from "./retryPolicy";
import type { ZafClient, ZafRequest } from "./zafClient";

export type Sleep = (ms: number) => Promise<void>;

/** A retry the port is waiting for: what failed and how long until the next try. */
export type RetryWait = { error: ApiError; ms: number };

/** Told when a call starts waiting to retry, and with undefined once it tries again. */
export type OnWait = (wait: RetryWait | undefined) => void;

export type RestDeps = { sleep: Sleep; random: () => number };

/** Zendesk's own pagination never needs more than this many pages for the data Ruta reads. */
export const MAX_PAGES = 60;

/**
 * Calls the account's REST API through ZAF (the agent's session), parses the body with `schema`
 * and retries 429 (after Retry-After, spread), 5xx and network failures. Anything else throws an ApiFailure;
 * a body that is not the documented shape throws one of kind "invalid" with the HTTP status it came with.
 */
export function createRest(client: ZafClient, { sleep, random }: RestDeps) {
  async function send<S extends z.ZodMiniType>(request: ZafRequest, schema: S, onWait?: OnWait): Promise<z.infer<S>> {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = (await client.request({ ...request, httpCompleteResponse: true })) as { responseJSON?: unknown } | unknown;
        const body = response && typeof response === "object" && "responseJSON" in response ? response.responseJSON : response;
        const parsed = schema.safeParse(body);
        if (!parsed.success) throw new ApiFailure({ kind: "invalid", status: 200, detail: `Unexpected response from ${request.url}` });
        return parsed.data;
      } catch (failure) {
        if (failure instanceof ApiFailure) throw failure;
        const error = toApiError(failure);
        const wait = retryDelayMs(error, attempt, random);
        if (wait === undefined) throw new ApiFailure(error);
        onWait?.({ error, ms: wait });
        await sleep(wait);
        onWait?.(undefined);
      }
    }
  }

  /** Follows `next_page` / `links.next` until the last page. */
  async function all<S extends z.ZodMiniType, T>(url: string, schema: S, items: (page: z.infer<S>) => T[]): Promise<T[]> {
    const out: T[] = [];
    let next: string | null | undefined = url;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const body: z.infer<S> = await send({ url: next, type: "GET" }, schema);
      out.push(...items(body));
      const b = body as { next_page?: string | null; links?: { next?: string | null }; meta?: { has_more?: boolean } };
      next = b.meta && !b.meta.has_more ? null : (b.links?.next ?? b.next_page);
      if (next) next = next.replace(/^https?:\/\/[^/]+/, "");
    }
    return out;
  }

  const json = (url: string, type: "PUT" | "POST", data: unknown): ZafRequest => ({ url, type, contentType: "application/json", data: JSON.stringify(data) });

  return { send, all, json };
}
export type Rest = ReturnType<typeof createRest>;
