import type { Change } from "../engine/diffWrites";
import { ORDER_STATE_FIELD_KEY, readSettings } from "../settings/readSettings";
import { type CacheStorage, createAccountCache, type TabLock } from "./accountCache";
import { applyChanges } from "./applyChanges";
import type { Account } from "./loadAccount";
import { loadMacros } from "./loadMacros";
import { ZAF } from "./paths";
import { type ReadDeps, readTicket, readTicketWith, type TicketRead } from "./readTicket";
import { createRest, type Sleep } from "./rest";
import { TagList, ZafContext, ZafCurrentUser, ZafMetadata } from "./schemas";
import type { StartInfo, ZendeskPort } from "./port";
import { type NoteIntent, type TagChanges, writeNote } from "./writeNote";
import type { ZafClient } from "./zafClient";

/**
 * What the port needs from its environment, injected so tests decide time and chance. `storage`:
 * localStorage in the app, so account data and ticket histories are shared by the agent's tabs.
 */
export type PortDeps = { sleep: Sleep; storage?: CacheStorage; lock?: TabLock; now: () => number; random: () => number };

/** Events after which the sidebar re-reads the ticket: a tab switch, a save, a change made in the editor. */
const TICKET_EVENTS = [ZAF.events.activated, ZAF.events.saved, ZAF.events.updated, ZAF.events.statusChanged, ZAF.events.tagsChanged, ZAF.events.brandChanged, ZAF.events.formChanged];

/**
 * The Zendesk port: everything the sidebar asks of Zendesk, typed, over one ZAF client.
 * The UI never sees the client; tests build this over a fake or the emulator's host client.
 */
export function createZendeskPort(client: ZafClient, deps: PortDeps): ZendeskPort {
  const rest = createRest(client, deps);
  const cache = createAccountCache(deps.storage, deps.now, deps.lock);
  let read: ReadDeps = { client, rest, cache, scope: "" };
  let agentId = 0;
  return {
    /** Context and metadata come with the registration (no round trip); the agent and the ticket in one `get`. */
    async start(): Promise<StartInfo> {
      const [rawContext, metadata] = await Promise.all([client.context(), client.metadata()]);
      const context = ZafContext.parse(rawContext);
      const settings = ZafMetadata.parse(metadata).settings ?? {};
      const orderStateFieldId = readSettings(settings, [], undefined, { key: undefined, catalogIds: [] }).settings.fields.get(ORDER_STATE_FIELD_KEY);
      read = { client, rest, cache, scope: context.account?.subdomain ?? "", ...(orderStateFieldId ? { orderStateFieldId } : {}) };
      const { ticket, got } = await readTicketWith(read, [ZAF.currentUser]);
      const user = ZafCurrentUser.parse(got[ZAF.currentUser]);
      agentId = user.id;
      const zone = typeof user.timeZone === "string" ? user.timeZone : user.timeZone?.ianaName;
      return {
        context,
        settings,
        agent: { id: user.id, name: user.name, role: user.role ?? "agent", locale: user.locale ?? "es", ...(zone ? { timeZone: zone } : {}) },
        ticket,
      };
    },
    loadMacros: (refresh?: boolean) => loadMacros(rest, cache, `ruta:macros:${read.scope}:${agentId}`, refresh),
    readTicket: (previous?: TicketRead) => readTicket(read, previous),
    applyChanges: (account: Account, changes: readonly Change[]) => applyChanges(client, account, changes),
    writeNote: (intent: NoteIntent) => writeNote(rest, intent),
    copyToEditor: (text: string) => client.invoke("comment.appendText", text),
    /**
     * After tags were written through the API, puts the same changes into the editor when its tag list
     * lacks them: an unsubmitted draft (e.g. an Apply) holds the whole list and its submit would drop them.
     * When the editor already shows them nothing is touched, so a clean editor stays clean.
     */
    async mirrorTags(tags: TagChanges) {
      const editor = TagList.parse((await client.get(ZAF.ticket.tags))[ZAF.ticket.tags]);
      const add = tags.add.filter((t) => !editor.includes(t));
      const remove = tags.remove.filter((t) => editor.includes(t));
      if (add.length) await client.invoke(ZAF.invoke.tagsAdd, add);
      if (remove.length) await client.invoke(ZAF.invoke.tagsRemove, remove);
    },
    /** Calls `handler` on every event that can change what the ticket is; returns the unsubscribe. */
    onTicketChange(handler: () => void, orderStateFieldId?: number) {
      const events = orderStateFieldId ? [...TICKET_EVENTS, ZAF.events.customFieldChanged(orderStateFieldId)] : TICKET_EVENTS;
      for (const event of events) client.on(event, handler);
      return () => events.forEach((event) => client.off?.(event, handler));
    },
    resize: (height: number) => client.invoke(ZAF.invoke.resize, { width: "100%", height: `${Math.ceil(height)}px` }),
  };
}
