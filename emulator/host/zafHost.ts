import { createEditor, type Editor } from "./editor";
import { newGuid, isSubscribed, type AppInstance } from "./appInstance";
import { loadAccount, loadTicket, type AccountSnapshot, type ApiFetch, type TicketSnapshot } from "./hostData";
import { dispatchAppMessage } from "./appMessages";
import { refreshTab } from "./refreshTab";
import { submitTab, type SubmitOutcome } from "./submitTab";
import type { HostEvent } from "./zafActions";
import type { PathContext } from "./zafGet";

/** One open ticket tab: its editor and the people on the ticket. */
export interface TicketTab {
  ticketId: number;
  editor: Editor;
  snapshot: TicketSnapshot;
}

/** What the host tells its page: re-render, resize an iframe, show a notice. */
export type HostNotice =
  | { kind: "changed"; ticketId: number | null }
  | { kind: "resize"; guid: string; width?: string; height?: string }
  | { kind: "notify"; ticketId: number; message: string; type: string }
  | { kind: "submitted"; ticketId: number; outcome: SubmitOutcome };

export interface ZafHostOptions {
  api: ApiFetch;
  subdomain?: string;
  installationId?: number;
  appName?: string;
  appVersion?: string;
  /** How long the `ticket.save` hook may take before the submit is cancelled. */
  saveHookTimeoutMs?: number;
}

/** The Zendesk side of the ZAF protocol for ticket-sidebar apps, framework-free (the page and Node tests share it). */
export interface ZafHost {
  readonly options: Required<ZafHostOptions>;
  readonly tabs: Map<number, TicketTab>;
  readonly instances: Map<string, AppInstance>;
  activeTicketId: number | null;
  account(): AccountSnapshot;
  loadAccount(): Promise<AccountSnapshot>;
  openTicket(ticketId: number): Promise<TicketTab>;
  activate(ticketId: number): Promise<void>;
  createInstance(ticketId: number, send: AppInstance["send"], guid?: string): AppInstance;
  removeInstance(guid: string): void;
  /** A message from an app (the SDK's JSON string, or the save-hook reply object). */
  receive(guid: string, data: unknown): Promise<void>;
  context(ticketId: number): PathContext;
  /** Fires a framework event to the ticket's app instances that listen to it. */
  fire(ticketId: number, events: HostEvent[]): void;
  /** The agent edits the draft through the page (same rules and events as an app's `set`). */
  edit(ticketId: number, change: (ctx: PathContext) => HostEvent[]): void;
  submit(ticketId: number, status?: string): Promise<SubmitOutcome>;
  refresh(ticketId: number): Promise<void>;
  notice(notice: HostNotice): void;
  subscribe(listener: (notice: HostNotice) => void): () => void;
}

export function createZafHost(options: ZafHostOptions): ZafHost {
  const opts: Required<ZafHostOptions> = {
    subdomain: "ruta-cc",
    installationId: 1,
    appName: "Ruta",
    appVersion: "1.0.0",
    saveHookTimeoutMs: 15_000,
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
    async openTicket(ticketId) {
      const existing = host.tabs.get(ticketId);
      if (existing) return existing;
      if (!account) await host.loadAccount();
      const snapshot = await loadTicket(opts.api, ticketId);
      const tab: TicketTab = { ticketId, editor: createEditor(snapshot.ticket), snapshot };
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
    createInstance(ticketId, send, guid = newGuid()) {
      const instance: AppInstance = { guid, ticketId, registered: false, subscriptions: new Map(), send, pendingSave: null };
      host.instances.set(guid, instance);
      return instance;
    },
    removeInstance(guid) {
      const instance = host.instances.get(guid);
      if (instance?.registered) host.fire(instance.ticketId, [["app.willDestroy", {}]]);
      host.instances.delete(guid);
    },
    async receive(guid, data) {
      const instance = host.instances.get(guid);
      if (instance) await dispatchAppMessage(host, instance, data);
    },
    context(ticketId) {
      const tab = host.tabs.get(ticketId);
      if (!tab) throw new Error(`Ticket ${ticketId} is not open in the host: await host.openTicket(${ticketId}) first.`);
      return { editor: tab.editor, snapshot: tab.snapshot, account: host.account() };
    },
    fire(ticketId, events) {
      for (const instance of host.instances.values()) {
        if (instance.ticketId !== ticketId || !instance.registered) continue;
        for (const [name, payload] of events) {
          if (isSubscribed(instance, name)) instance.send({ key: `zaf.${name}`, message: payload, instanceGuid: instance.guid });
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
