import { createEditor, type Editor } from "./editor";
import { newGuid, isSubscribed, type AppInstance, type AppLocation } from "./appInstance";
import { loadAccount, loadTicket, type AccountSnapshot, type ApiFetch, type TicketSnapshot } from "./hostData";
import { dispatchAppMessage } from "./appMessages";
import { instanceContext, type HostedApp, RUTA_APP } from "./hostedApp";
import { loadComments, type Conversation } from "./loadComments";
import type { ProxyFetch } from "./requestProxy";
import { refreshTab } from "./refreshTab";
import { submitTab, type SubmitOutcome } from "./submitTab";
import type { HostEvent } from "./zafActions";
import type { PathContext } from "./zafGet";

/** One open ticket tab: its editor, the people on the ticket and its conversation (read with the ticket, again after a submit). */
export interface TicketTab {
  ticketId: number;
  editor: Editor;
  snapshot: TicketSnapshot;
  /** Null until read, and again once the ticket changed. */
  conversation: Conversation | null;
}

/** What the host tells its page: re-render, resize an iframe, show a notice, open or close an instance. */
export type HostNotice =
  | { kind: "changed"; ticketId: number | null }
  | { kind: "resize"; guid: string; width?: string; height?: string }
  | { kind: "notify"; ticketId: number | null; message: string; type: string }
  | { kind: "submitted"; ticketId: number; outcome: SubmitOutcome }
  | { kind: "instances" };

/** Where an instance is created: a ticket tab's sidebar, or a location without a ticket. */
export type InstanceSpec =
  | number
  | { location: AppLocation; ticketId?: number | null; parentGuid?: string | null; url?: string; size?: { width?: string; height?: string } };

export interface ZafHostOptions {
  api: ApiFetch;
  /** Where `client.request` sends URLs that are not the account's (Zendesk's proxy); refused when absent. */
  proxy?: ProxyFetch | null;
  subdomain?: string;
  installationId?: number;
  /** The hosted app: its name, version and locations from its manifest (Ruta by default). */
  app?: HostedApp;
  /** How long the `ticket.save` hook may take before the submit is cancelled. */
  saveHookTimeoutMs?: number;
  /** Delay before every get/set/invoke answer, to reproduce a host slower than the SDK's time-out. */
  answerDelayMs?: number;
  /** Only calls naming one of these paths wait `answerDelayMs`; every call when null. */
  answerDelayPaths?: string[] | null;
}

/** The Zendesk side of the ZAF protocol, framework-free (the page and Node tests share it). */
export interface ZafHost {
  readonly options: Required<ZafHostOptions>;
  readonly tabs: Map<number, TicketTab>;
  readonly instances: Map<string, AppInstance>;
  activeTicketId: number | null;
  account(): AccountSnapshot;
  loadAccount(): Promise<AccountSnapshot>;
  /** The account, loaded first if it is not yet. */
  ensureAccount(): Promise<AccountSnapshot>;
  openTicket(ticketId: number): Promise<TicketTab>;
  activate(ticketId: number): Promise<void>;
  /** Adds an instance; its frame receives messages through `send` (a no-op until `attach` when not given). */
  createInstance(spec: InstanceSpec, send?: AppInstance["send"], guid?: string): AppInstance;
  /** Connects the frame of an instance the host created itself (a modal from `instances.create`). */
  attach(guid: string, send: AppInstance["send"]): AppInstance;
  /** Removes an instance as Zendesk does when its location goes away (`modal.close` for modals, then `app.willDestroy`). */
  removeInstance(guid: string): void;
  /** A message from an app's frame (the SDK's JSON string, or the save-hook reply object). */
  receive(guid: string, data: unknown): Promise<void>;
  context(ticketId: number): PathContext;
  /** Reads the tab's conversation if it is not read yet (the newest page of the REST comments, and their authors). */
  loadConversation(ticketId: number): Promise<Conversation>;
  /** Fires a framework event on the ticket's instances, to every frame that listens to it. */
  fire(ticketId: number, events: HostEvent[]): void;
  /** Fires events on one instance, to every frame that listens to it there (itself or another through `client.instance`). */
  fireOn(instance: AppInstance, events: HostEvent[]): void;
  /** The agent edits the draft through the page (same rules and events as an app's `set`). */
  edit(ticketId: number, change: (ctx: PathContext) => HostEvent[]): void;
  submit(ticketId: number, status?: string): Promise<SubmitOutcome>;
  refresh(ticketId: number): Promise<void>;
  notice(notice: HostNotice): void;
  subscribe(listener: (notice: HostNotice) => void): () => void;
}

export function createZafHost(options: ZafHostOptions): ZafHost {
  const opts: Required<ZafHostOptions> = {
    proxy: null,
    subdomain: "ruta-cc",
    installationId: 1,
    app: RUTA_APP,
    saveHookTimeoutMs: 15_000,
    answerDelayMs: 0,
    answerDelayPaths: null,
    ...options,
  };
  let account: AccountSnapshot | null = null;
  const listeners = new Set<(notice: HostNotice) => void>();

  const host: ZafHost = {
    options: opts,
    tabs: new Map(),
    instances: new Map(),
    activeTicketId: null,
    account() {
      if (!account) throw new Error("The ZAF host has not loaded the account yet: await host.loadAccount() first.");
      return account;
    },
    async loadAccount() {
      account = await loadAccount(opts.api, opts.subdomain, opts.installationId);
      host.notice({ kind: "changed", ticketId: null });
      return account;
    },
    ensureAccount: () => (account ? Promise.resolve(account) : host.loadAccount()),
    async openTicket(ticketId) {
      const existing = host.tabs.get(ticketId);
      if (existing) return existing;
      if (!account) await host.loadAccount();
      // Zendesk's ticket view opens with the ticket and its conversation, which `ticket.comments` is answered
      // from; one that fails to load now is read when an app asks for it.
      const [snapshot, conversation] = await Promise.all([loadTicket(opts.api, ticketId), loadComments(opts.api, ticketId).catch(() => null)]);
      const tab: TicketTab = { ticketId, editor: createEditor(snapshot.ticket), snapshot, conversation };
      host.tabs.set(ticketId, tab);
      host.notice({ kind: "changed", ticketId });
      return tab;
    },
    async activate(ticketId) {
      await host.openTicket(ticketId);
      const previous = host.activeTicketId;
      if (previous === ticketId) return;
      if (previous !== null) host.fire(previous, [["app.deactivated", {}]]);
      host.activeTicketId = ticketId;
      host.fire(ticketId, [["app.activated", { firstLoad: false }]]);
      host.notice({ kind: "changed", ticketId });
    },
    createInstance(spec, send = () => {}, guid = newGuid()) {
      const where = typeof spec === "number" ? { location: "ticket_sidebar" as const, ticketId: spec } : spec;
      const instance: AppInstance = {
        guid,
        location: where.location,
        ticketId: where.ticketId ?? null,
        parentGuid: where.parentGuid ?? null,
        url: where.url ?? null,
        size: where.size ?? {},
        registered: false,
        subscriptions: new Map(),
        send,
        pendingSave: null,
      };
      host.instances.set(guid, instance);
      for (const other of host.instances.values()) {
        if (other !== instance && other.registered && account) host.fireOn(other, [["instance.created", instanceContext(host, instance)]]);
      }
      host.notice({ kind: "instances" });
      return instance;
    },
    attach(guid, send) {
      const instance = host.instances.get(guid);
      if (!instance) throw new Error(`No app instance ${guid} to attach a frame to.`);
      instance.send = send;
      return instance;
    },
    removeInstance(guid) {
      const instance = host.instances.get(guid);
      if (!instance) return;
      for (const child of host.instances.values()) if (child.parentGuid === guid) host.removeInstance(child.guid);
      if (instance.registered) host.fireOn(instance, [...(instance.location === "modal" ? ([["modal.close", {}]] as HostEvent[]) : []), ["app.willDestroy", {}]]);
      host.instances.delete(guid);
      host.notice({ kind: "instances" });
    },
    async receive(guid, data) {
      const instance = host.instances.get(guid);
      if (instance) await dispatchAppMessage(host, instance, data);
    },
    context(ticketId) {
      const tab = host.tabs.get(ticketId);
      if (!tab) throw new Error(`Ticket ${ticketId} is not open in the host: await host.openTicket(${ticketId}) first.`);
      return { editor: tab.editor, snapshot: tab.snapshot, conversation: tab.conversation, account: host.account() };
    },
    async loadConversation(ticketId) {
      const tab = await host.openTicket(ticketId);
      tab.conversation ??= await loadComments(opts.api, ticketId);
      return tab.conversation;
    },
    fire(ticketId, events) {
      for (const instance of host.instances.values()) if (instance.ticketId === ticketId) host.fireOn(instance, events);
    },
    fireOn(instance, events) {
      if (!instance.registered) return;
      for (const listener of host.instances.values()) {
        if (!listener.registered) continue;
        for (const [name, payload] of events) {
          if (isSubscribed(listener, name, instance.guid)) listener.send({ key: `zaf.${name}`, message: payload, instanceGuid: instance.guid });
          // "Ticket sidebar" events: `*.changed` fires for any property change, naming it.
          const property = /^(.+)\.changed$/.exec(name)?.[1];
          if (property && property !== "*" && isSubscribed(listener, "*.changed", instance.guid)) {
            listener.send({ key: "zaf.*.changed", message: { propertyName: property, newValue: payload }, instanceGuid: instance.guid });
          }
        }
      }
    },
    edit(ticketId, change) {
      const events = change(host.context(ticketId));
      host.fire(ticketId, events);
      host.notice({ kind: "changed", ticketId });
    },
    submit: (ticketId, status) => submitTab(host, ticketId, status),
    refresh: (ticketId) => refreshTab(host, ticketId),
    notice(notice) {
      listeners.forEach((l) => l(notice));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return host;
}
