import type { Change } from "../engine/diffWrites";
import type { ApplyOutcome } from "./applyChanges";
import type { Account } from "./loadAccount";
import type { TicketRead } from "./readTicket";
import type { NoteIntent, NoteResult, TagChanges } from "./writeNote";

/** Who the sidebar runs for and how the installation is set up, read once at registration. */
export type StartInfo = {
  context: { ticketId?: number; account?: { subdomain: string } };
  settings: Record<string, unknown>;
  agent: { id: number; name: string; role: string; locale: string; timeZone?: string };
};

/**
 * Everything the sidebar asks of Zendesk. The UI depends on this interface only: the ZAF adapter
 * (createZendeskPort) and the tests' fakes both implement it.
 */
export interface ZendeskPort {
  start(): Promise<StartInfo>;
  loadAccount(subdomain: string, orderStateFieldId?: number): Promise<Account>;
  readTicket(account: Account, previous?: TicketRead): Promise<TicketRead>;
  applyChanges(account: Account, changes: readonly Change[]): Promise<ApplyOutcome[]>;
  writeNote(intent: NoteIntent): Promise<NoteResult>;
  copyToEditor(text: string): Promise<unknown>;
  mirrorTags(tags: TagChanges): Promise<void>;
  /** Calls `handler` on every event that can change what the ticket is; returns the unsubscribe. */
  onTicketChange(handler: () => void, orderStateFieldId?: number): () => void;
  resize(height: number): Promise<unknown>;
}
