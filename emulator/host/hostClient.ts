import { dispatchAppMessage } from "./appMessages";
import type { InstanceSpec, ZafHost } from "./zafHost";

type Handler = (data?: unknown) => unknown;

/** The ZAF SDK client's API, implemented over the host's message routing without postMessage. */
export interface HostClient {
  get(path: string | string[]): Promise<Record<string, unknown>>;
  set(key: string | Record<string, unknown>, value?: unknown): Promise<Record<string, unknown>>;
  invoke(name: string | Record<string, unknown[]>, ...args: unknown[]): Promise<Record<string, unknown>>;
  request<T = unknown>(options: string | Record<string, unknown>): Promise<T>;
  on(name: string, handler: Handler): void;
  off(name: string, handler: Handler): Handler | false;
  has(name: string, handler: Handler): boolean;
  trigger(name: string, data?: unknown): void;
  /** A client for another instance of the app, as the SDK's `client.instance(guid)`. */
  instance(guid: string): HostClient;
  metadata(): Promise<Record<string, unknown>>;
  context(): Promise<Record<string, unknown>>;
  readonly instanceGuid: string;
}

interface Wire {
  error?: { name?: string; message?: string };
  result?: Record<string, unknown> & { errors?: Record<string, { name: string; message: string }> };
}

function toError(error: { name?: string; message?: string }): Error {
  return Object.assign(new Error(error.message ?? ""), { name: error.name ?? "Error" });
}

/** Rejects like the SDK: a single-path call whose path has an error becomes an Error with that name and message. */
function processResponse(path: unknown, result: NonNullable<Wire["result"]>) {
  const error = typeof path === "string" ? result.errors?.[path] : undefined;
  if (error) throw toError(error);
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
 * A ZAF client whose frame is the host itself: it speaks the SDK's messages (handshake, get/set/invoke by id,
 * `iframe.on:`, `iframe.trigger:`, `request:N`, the save-hook reply) through the same routing the page uses,
 * so Node tests of the app's adapter run against the same host logic and msw store as the browser does.
 * `where` is a ticket id (its sidebar), another location, or `{ attach: guid }` for an instance the host
 * created (a modal from `instances.create`).
 */
export function createHostClient(host: ZafHost, where: InstanceSpec | { attach: string }): HostClient {
  const handlers = new Map<string, Map<string, Handler[]>>();
  const pending = new Map<number, { resolve: (v: Wire) => void }>();
  let nextId = 0;
  let nextRequest = 0;
  let registered: { context: Record<string, unknown>; metadata: Record<string, unknown> } | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((done) => (markReady = done));
  const handlersOf = (guid: string) => handlers.get(guid) ?? handlers.set(guid, new Map()).get(guid)!;

  const receive = (msg: Record<string, unknown>) => {
    if (typeof msg.id === "number") return pending.get(msg.id)?.resolve(msg as Wire);
    const key = typeof msg.key === "string" ? msg.key.replace(/^zaf\./, "") : null;
    if (!key) return;
    const recipient = typeof msg.instanceGuid === "string" ? msg.instanceGuid : own.guid;
    const list = handlersOf(recipient).get(key) ?? [];
    if (key === "app.registered" && recipient === own.guid) {
      registered = msg.message as typeof registered;
      markReady();
    }
    if (msg.needsReply) {
      void runSaveHandlers(list).then((error) => post(own.guid, { key: `iframe.reply:${key}`, ...(error === null ? {} : { error: { msg: error } }) }, false));
      return;
    }
    queueMicrotask(() => list.slice().forEach((h) => h(msg.message)));
  };
  const own = typeof where === "object" && "attach" in where ? host.attach(where.attach, receive) : host.createInstance(where, receive);
  const post = (target: string, message: Record<string, unknown>, asJson = true) => {
    const data = { ...message, appGuid: own.guid, instanceGuid: target };
    return dispatchAppMessage(host, own, asJson ? JSON.stringify(data) : data);
  };
  void post(own.guid, { key: "iframe.handshake", message: { version: "2.0.9" } });

  const clientFor = (target: string): HostClient => {
    const call = async (request: "get" | "set" | "invoke", params: unknown, path: unknown) => {
      await ready;
      const id = ++nextId;
      const answer = new Promise<Wire>((resolve) => pending.set(id, { resolve }));
      await post(target, { id, request, params });
      const wire = await answer;
      pending.delete(id);
      if (wire.error) throw toError(wire.error);
      return processResponse(path, wire.result ?? {});
    };
    const subscribe = (name: string, verb: "on" | "off" = "on") =>
      void ready.then(() => post(target, { key: `iframe.${verb}:${name}`, message: { subscriberCount: handlersOf(target).get(name)?.length ?? 0 } }));
    return {
      instanceGuid: target,
      get: (path) => call("get", Array.isArray(path) ? path : [path], path),
      set(key, value) {
        return call("set", typeof key === "string" ? { [key]: value } : key, key);
      },
      invoke(name, ...args) {
        return call("invoke", typeof name === "string" ? { [name]: args } : name, name);
      },
      async request<T>(options: string | Record<string, unknown>) {
        await ready;
        const key = `request:${++nextRequest}`;
        const answer = new Promise<{ done: boolean; args: unknown[] }>((resolve) => {
          handlersOf(own.guid).set(`${key}.done`, [(m) => resolve({ done: true, args: (m as { responseArgs: unknown[] }).responseArgs })]);
          handlersOf(own.guid).set(`${key}.fail`, [(m) => resolve({ done: false, args: (m as { responseArgs: unknown[] }).responseArgs })]);
        });
        await post(own.guid, { key, message: typeof options === "string" ? { url: options } : options });
        const { done, args } = await answer;
        if (!done) throw args[0];
        return args[0] as T;
      },
      on(name, handler) {
        const byName = handlersOf(target);
        byName.set(name, [...(byName.get(name) ?? []), handler]);
        if (name !== "app.registered") subscribe(name);
        else if (registered && target === own.guid) queueMicrotask(() => handler(registered));
      },
      off(name, handler) {
        const byName = handlersOf(target);
        const list = byName.get(name);
        if (!list?.includes(handler)) return false;
        byName.set(name, list.filter((h) => h !== handler));
        subscribe(name, "off");
        return handler;
      },
      has: (name, handler) => handlersOf(target).get(name)?.includes(handler) ?? false,
      trigger(name, data) {
        void ready.then(() => post(target, { key: `iframe.trigger:${name}`, message: data }));
      },
      instance: (guid) => clientFor(guid),
      async metadata() {
        await ready;
        return registered!.metadata;
      },
      async context() {
        await ready;
        if (target === own.guid) return registered!.context;
        const key = `instances.${target}`;
        return (await call("get", [key], key))[key] as Record<string, unknown>;
      },
    };
  };
  return clientFor(own.guid);
}
