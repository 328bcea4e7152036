import { z } from "zod";
import { setSubscription, type AppInstance } from "./appInstance";
import { instanceContext } from "./hostedApp";
import { loadMacro } from "./hostData";
import { runInstanceAction } from "./instanceActions";
import { proxyRequest } from "./requestProxy";
import { invokePath, setPath, type HostEvent } from "./zafActions";
import { getCorePath, getPath, needsConversation, unknownPath, type PathResult, type ZafError } from "./zafGet";
import type { ZafHost } from "./zafHost";

/** A message from the SDK: a keyed message (handshake, on/off, request, trigger, reply) or a get/set/invoke call. */
const AppMessage = z.object({
  key: z.string().optional(),
  message: z.unknown().optional(),
  id: z.number().optional(),
  request: z.enum(["get", "set", "invoke"]).optional(),
  params: z.unknown().optional(),
  instanceGuid: z.string().optional(),
  error: z.object({ msg: z.unknown().optional() }).optional(),
});

export type CallResult = { result: Record<string, unknown> & { errors: Record<string, ZafError> } } | { error: ZafError };

/** The context and metadata `app.registered` carries (ZAF Client API: client.context(), client.metadata()). */
export function registration(host: ZafHost, instance: AppInstance) {
  const { installation } = host.account();
  return {
    context: instanceContext(host, instance),
    metadata: {
      appId: installation.app_id,
      installationId: installation.id,
      name: host.options.app.name,
      version: host.options.app.version,
      settings: { ...installation.settings },
      plan: { name: null },
      stripe_publishable_key: null,
    },
  };
}

/** Registers an instance (the SDK's handshake): `zaf.app.registered`, then `app.activated` when it is shown. */
export async function registerInstance(host: ZafHost, instance: AppInstance): Promise<void> {
  if (instance.ticketId !== null) await host.openTicket(instance.ticketId);
  else await host.ensureAccount();
  instance.send({ key: "zaf.app.registered", message: registration(host, instance), instanceGuid: instance.guid });
  instance.registered = true;
  if (instance.ticketId === null || host.activeTicketId === instance.ticketId) instance.send({ key: "zaf.app.activated", message: { firstLoad: true }, instanceGuid: instance.guid });
}

/** Core API paths answered for every location: `instances`, `instances.<guid>`, `currentUser`, `currentAccount`. */
function getAnyLocationPath(host: ZafHost, path: string): PathResult | null {
  if (path === "instances") {
    const all = Object.fromEntries([...host.instances.values()].filter((i) => i.registered).map((i) => [i.guid, instanceContext(host, i)]));
    return { ok: true, value: all };
  }
  const one = /^instances\.([\w-]+)$/.exec(path);
  if (one) {
    const instance = host.instances.get(one[1]!);
    return instance ? { ok: true, value: instanceContext(host, instance) } : unknownPath(path);
  }
  const core = getCorePath(host.account(), path);
  return core.ok ? core : null;
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((done) => setTimeout(done, ms)) : Promise.resolve();
}

/** Runs one invoke path for `target`: the Core API's instance actions, else the ticket editor's. */
async function invokeOne(host: ZafHost, target: AppInstance, path: string, args: unknown[]): Promise<PathResult & { events?: HostEvent[] }> {
  const action = runInstanceAction(host, target, path, args);
  if (action) return action;
  if (target.ticketId === null) return unknownPath(path);
  const ctx = host.context(target.ticketId);
  const macro = path === "macro" ? await loadMacro(host.options.api, Number(args[0])) : undefined;
  const outcome = invokePath(ctx, path, args, macro);
  if (outcome.ok && path === "notify") host.notice({ kind: "notify", ticketId: target.ticketId, message: String(args[0] ?? ""), type: String(args[1] ?? "notice") });
  return outcome;
}

/**
 * Runs one get/set/invoke for `target` (the caller itself, or another instance through `client.instance(guid)`),
 * firing the events its changes cause. Ticket paths exist only where the instance has a ticket.
 */
export async function runCall(host: ZafHost, target: AppInstance, request: "get" | "set" | "invoke", params: unknown): Promise<CallResult> {
  const only = host.options.answerDelayPaths;
  const paths = Array.isArray(params) ? params.map(String) : Object.keys(params ?? {});
  if (!only || paths.some((p) => only.includes(p))) await delay(host.options.answerDelayMs);
  const result: Record<string, unknown> & { errors: Record<string, ZafError> } = { errors: {} };
  const events: HostEvent[] = [];
  const record = (path: string, outcome: PathResult & { events?: HostEvent[] }) => {
    if (outcome.ok) result[path] = outcome.value;
    else result.errors[path] = outcome.error;
    events.push(...(outcome.events ?? []));
  };
  if (request === "get") {
    if (!Array.isArray(params)) return { error: { name: "InvalidArgument", message: "get expects an array of paths" } };
    if (target.ticketId !== null && params.map(String).some(needsConversation)) await host.loadConversation(target.ticketId);
    for (const path of params.map(String)) {
      const outcome = getAnyLocationPath(host, path) ?? (target.ticketId !== null ? getPath(host.context(target.ticketId), path) : unknownPath(path));
      record(path, outcome);
    }
    return { result };
  }
  if (!params || typeof params !== "object" || Array.isArray(params)) return { error: { name: "InvalidArgument", message: `${request} expects an object` } };
  for (const [path, value] of Object.entries(params)) {
    if (request === "set") record(path, target.ticketId !== null ? setPath(host.context(target.ticketId), path, value) : unknownPath(path));
    else record(path, await invokeOne(host, target, path, Array.isArray(value) ? value : [value]));
  }
  if (target.ticketId !== null && (request === "set" || events.length)) {
    host.fire(target.ticketId, events);
    host.notice({ kind: "changed", ticketId: target.ticketId });
  } else if (events.length) host.fireOn(target, events);
  return { result };
}

/**
 * The instance a message is about: its `instanceGuid` (set by `client.instance(guid)`), which must be an
 * instance of the same installation; the sending frame's own instance when absent.
 */
function targetOf(host: ZafHost, sender: AppInstance, guid: string | undefined): AppInstance | null {
  if (!guid || guid === sender.guid) return sender;
  return host.instances.get(guid) ?? null;
}

/** Routes one message from an app's frame the way Zendesk's framework does: by `instanceGuid`. */
export async function dispatchAppMessage(host: ZafHost, sender: AppInstance, raw: unknown): Promise<void> {
  let data: unknown = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return;
    }
  }
  const parsed = AppMessage.safeParse(data);
  if (!parsed.success) return;
  const msg = parsed.data;
  const target = targetOf(host, sender, msg.instanceGuid);
  if (msg.id !== undefined && msg.request) {
    const answer = target ? await runCall(host, target, msg.request, msg.params) : { error: { name: "InstanceNotFound", message: `No app instance ${msg.instanceGuid}` } };
    sender.send({ id: msg.id, ...answer });
    return;
  }
  const key = msg.key ?? "";
  const count = (msg.message as { subscriberCount?: number } | undefined)?.subscriberCount ?? 0;
  if (key === "iframe.handshake") await registerInstance(host, sender);
  else if (!target) return;
  else if (key.startsWith("iframe.on:")) setSubscription(sender, target.guid, key.slice("iframe.on:".length), count);
  else if (key.startsWith("iframe.off:")) setSubscription(sender, target.guid, key.slice("iframe.off:".length), count);
  else if (key === "iframe.reply:ticket.save") sender.pendingSave?.({ ...(msg.error ? { error: msg.error } : {}) });
  else if (key.startsWith("iframe.trigger:")) host.fireOn(target, [[key.slice("iframe.trigger:".length), msg.message]]);
  else if (/^request:\d+$/.test(key)) {
    const response = await proxyRequest(host, msg.message);
    sender.send({ key: `zaf.${key}.${response.done ? "done" : "fail"}`, message: { responseArgs: response.responseArgs }, instanceGuid: sender.guid });
  }
  // "__track__" telemetry and anything else need no answer.
}
