import { z } from "zod";
import type { AppInstance } from "./appInstance";
import { loadMacro } from "./hostData";
import { proxyRequest } from "./requestProxy";
import { invokePath, setPath, type HostEvent } from "./zafActions";
import { getPath, type ZafError } from "./zafGet";
import type { ZafHost } from "./zafHost";

/** A message from the SDK: a keyed message (handshake, on/off, request, trigger, reply) or a get/set/invoke call. */
const AppMessage = z.object({
  key: z.string().optional(),
  message: z.unknown().optional(),
  id: z.number().optional(),
  request: z.enum(["get", "set", "invoke"]).optional(),
  params: z.unknown().optional(),
  error: z.object({ msg: z.unknown().optional() }).optional(),
});

export type CallResult = { result: Record<string, unknown> & { errors: Record<string, ZafError> } } | { error: ZafError };

/** The context and metadata `app.registered` carries, as Zendesk sends them for a ticket-sidebar app. */
export function registration(host: ZafHost, instance: AppInstance) {
  const { installation } = host.account();
  return {
    context: { instanceGuid: instance.guid, product: "support", account: { subdomain: host.options.subdomain }, location: "ticket_sidebar", ticketId: instance.ticketId },
    metadata: {
      appId: installation.app_id,
      installationId: installation.id,
      name: host.options.appName,
      version: host.options.appVersion,
      settings: { ...installation.settings },
      plan: { name: null },
      stripe_publishable_key: null,
    },
  };
}

/** Registers an instance (the SDK's handshake): `zaf.app.registered`, then `app.activated` when its tab is shown. */
export async function registerInstance(host: ZafHost, instance: AppInstance): Promise<void> {
  await host.openTicket(instance.ticketId);
  instance.send({ key: "zaf.app.registered", message: registration(host, instance), instanceGuid: instance.guid });
  instance.registered = true;
  if (host.activeTicketId === instance.ticketId) instance.send({ key: "zaf.app.activated", message: { firstLoad: true }, instanceGuid: instance.guid });
}

/** Runs one get/set/invoke for an instance, firing the events its changes cause. */
export async function runCall(host: ZafHost, instance: AppInstance, request: "get" | "set" | "invoke", params: unknown): Promise<CallResult> {
  const ctx = host.context(instance.ticketId);
  const result: Record<string, unknown> & { errors: Record<string, ZafError> } = { errors: {} };
  const events: HostEvent[] = [];
  if (request === "get") {
    if (!Array.isArray(params)) return { error: { name: "InvalidArgument", message: "get expects an array of paths" } };
    for (const path of params.map(String)) {
      const outcome = getPath(ctx, path);
      if (outcome.ok) result[path] = outcome.value;
      else result.errors[path] = outcome.error;
    }
    return { result };
  }
  if (!params || typeof params !== "object" || Array.isArray(params)) return { error: { name: "InvalidArgument", message: `${request} expects an object` } };
  for (const [path, value] of Object.entries(params)) {
    let outcome;
    if (request === "set") outcome = setPath(ctx, path, value);
    else {
      const args = Array.isArray(value) ? value : [value];
      const macro = path === "macro" ? await loadMacro(host.options.api, Number(args[0])) : undefined;
      outcome = invokePath(ctx, path, args, macro);
      if (outcome.ok && path === "resize") host.notice({ kind: "resize", guid: instance.guid, ...(args[0] as { width?: string; height?: string }) });
      if (outcome.ok && path === "notify") host.notice({ kind: "notify", ticketId: instance.ticketId, message: String(args[0] ?? ""), type: String(args[1] ?? "notice") });
    }
    if (outcome.ok) result[path] = outcome.value;
    else result.errors[path] = outcome.error;
    events.push(...(outcome.events ?? []));
  }
  if (request === "set" || events.length) {
    host.fire(instance.ticketId, events);
    host.notice({ kind: "changed", ticketId: instance.ticketId });
  }
  return { result };
}

/** Routes one message from an app the way Zendesk's framework does. */
export async function dispatchAppMessage(host: ZafHost, instance: AppInstance, raw: unknown): Promise<void> {
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
  if (msg.id !== undefined && msg.request) {
    instance.send({ id: msg.id, ...(await runCall(host, instance, msg.request, msg.params)) });
    return;
  }
  const key = msg.key ?? "";
  const count = (msg.message as { subscriberCount?: number } | undefined)?.subscriberCount ?? 0;
  if (key === "iframe.handshake") await registerInstance(host, instance);
  else if (key.startsWith("iframe.on:")) instance.subscriptions.set(key.slice("iframe.on:".length), count);
  else if (key.startsWith("iframe.off:")) instance.subscriptions.set(key.slice("iframe.off:".length), count);
  else if (key === "iframe.reply:ticket.save") instance.pendingSave?.({ ...(msg.error ? { error: msg.error } : {}) });
  else if (key.startsWith("iframe.trigger:")) {
    const name = key.slice("iframe.trigger:".length);
    for (const other of host.instances.values()) {
      if (other.registered) other.send({ key: `zaf.${name}`, message: msg.message, instanceGuid: other.guid });
    }
  } else if (/^request:\d+$/.test(key)) {
    const response = await proxyRequest(host.options.api, msg.message);
    instance.send({ key: `zaf.${key}.${response.done ? "done" : "fail"}`, message: { responseArgs: response.responseArgs }, instanceGuid: instance.guid });
  }
  // "__track__" telemetry and anything else need no answer.
}
