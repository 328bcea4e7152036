import { registerInstance, runCall } from "./appMessages";
import { dispatchAppMessage } from "./appMessages";
import { proxyRequest } from "./requestProxy";
import type { ZafHost } from "./zafHost";

type Handler = (data?: unknown) => unknown;

/** The subset of the ZAF SDK client the app uses, implemented over the host without postMessage. */
export interface HostClient {
  get(path: string | string[]): Promise<Record<string, unknown>>;
  set(key: string | Record<string, unknown>, value?: unknown): Promise<Record<string, unknown>>;
  invoke(name: string | Record<string, unknown[]>, ...args: unknown[]): Promise<Record<string, unknown>>;
  request<T = unknown>(options: string | Record<string, unknown>): Promise<T>;
  on(name: string, handler: Handler): void;
  off(name: string, handler: Handler): Handler | false;
  has(name: string, handler: Handler): boolean;
  trigger(name: string, data?: unknown): void;
  metadata(): Promise<Record<string, unknown>>;
  context(): Promise<Record<string, unknown>>;
  readonly instanceGuid: string;
}

/** Rejects like the SDK: a single-path call whose path has an error becomes an Error with that name and message. */
function processResponse(path: unknown, result: Record<string, unknown> & { errors?: Record<string, { name: string; message: string }> }) {
  if (typeof path !== "string") return result;
  const error = result.errors?.[path];
  if (error) throw Object.assign(new Error(error.message), { name: error.name });
  return result;
}

/** The SDK's save-hook rule: false, a string or an Error (returned, thrown or rejected) cancels the save. */
async function runSaveHandlers(handlers: Handler[]): Promise<string | null> {
  try {
    await Promise.all(
      handlers.map(async (handler) => {
        const value = await handler();
        if (value === false || typeof value === "string" || value instanceof Error) throw value;
      }),
    );
    return null;
  } catch (reason) {
    return reason instanceof Error ? reason.message : String(reason);
  }
}

/**
 * A ZAF client for `ticketId`'s sidebar that calls the host directly, so Node tests of the app's
 * adapter run against the same host logic and msw store as the browser does.
 */
export function createHostClient(host: ZafHost, ticketId: number): HostClient {
  const handlers = new Map<string, Handler[]>();
  let registered: { context: Record<string, unknown>; metadata: Record<string, unknown> } | null = null;
  const trigger = (name: string, data: unknown) => (handlers.get(name) ?? []).slice().forEach((h) => h(data));
  const instance = host.createInstance(ticketId, (msg) => {
    const key = typeof msg.key === "string" ? msg.key.replace(/^zaf\./, "") : null;
    if (!key) return;
    if (key === "app.registered") registered = msg.message as typeof registered;
    if (msg.needsReply) {
      void runSaveHandlers(handlers.get(key) ?? []).then((error) => instance.pendingSave?.(error === null ? {} : { error: { msg: error } }));
      return;
    }
    queueMicrotask(() => trigger(key, msg.message));
  });
  const ready = registerInstance(host, instance);
  const call = async (request: "get" | "set" | "invoke", params: unknown, path: unknown) => {
    await ready;
    const outcome = await runCall(host, instance, request, params);
    if ("error" in outcome) throw Object.assign(new Error(outcome.error.message), { name: outcome.error.name });
    return processResponse(path, outcome.result);
  };
  const subscribe = (name: string) => {
    const count = handlers.get(name)?.length ?? 0;
    instance.subscriptions.set(name, count);
  };
  return {
    instanceGuid: instance.guid,
    get: (path) => call("get", Array.isArray(path) ? path : [path], path),
    set(key, value) {
      const params = typeof key === "string" ? { [key]: value } : key;
      return call("set", params, key);
    },
    invoke(name, ...args) {
      const params = typeof name === "string" ? { [name]: args } : name;
      return call("invoke", params, name);
    },
    async request<T>(options: string | Record<string, unknown>) {
      await ready;
      const response = await proxyRequest(host.options.api, options);
      if (!response.done) throw response.responseArgs[0];
      return response.responseArgs[0] as T;
    },
    on(name, handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
      if (name !== "app.registered") subscribe(name);
      else if (registered) queueMicrotask(() => handler(registered));
    },
    off(name, handler) {
      const list = handlers.get(name);
      if (!list?.includes(handler)) return false;
      handlers.set(name, list.filter((h) => h !== handler));
      subscribe(name);
      return handler;
    },
    has: (name, handler) => handlers.get(name)?.includes(handler) ?? false,
    trigger(name, data) {
      void ready.then(() => dispatchAppMessage(host, instance, { key: `iframe.trigger:${name}`, message: data }));
    },
    async metadata() {
      await ready;
      return registered!.metadata;
    },
    async context() {
      await ready;
      return registered!.context;
    },
  };
}
