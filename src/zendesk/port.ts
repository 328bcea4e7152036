import type { Change } from "../engine/diffWrites";
import type { ApplyOutcome } from "./applyChanges";
import type { Account } from "./loadAccount";
import type { IndexedMacro } from "./matchMacro";
import type { TicketRead } from "./readTicket";
import type { NoteIntent, NoteResult, TagChanges } from "./writeNote";

/** Who the sidebar runs for, how the installation is set up and the ticket, read in one ZAF call at registration. */
export type StartInfo = {
  context: { ticketId?: number; account?: { subdomain: string } };
  settings: Record<string, unknown>;
  agent: { id: number; name: string; role: string; locale: string; timeZone?: string };
  ticket: TicketRead;
};

/**
 * Everything the sidebar asks of Zendesk. The UI depends on this interface only: the ZAF adapter
 * (createZendeskPort) and the tests' fakes both implement it.
 */
export interface ZendeskPort {
  start(): Promise<StartInfo>;
  /** The agent's active macros, cached across tabs; `refresh` revalidates now (one request). Never needed before an Apply. */
  loadMacros(refresh?: boolean): Promise<IndexedMacro[]>;
  readTicket(previous?: TicketRead): Promise<TicketRead>;
  applyChanges(account: Account, changes: readonly Change[]): Promise<ApplyOutcome[]>;
  writeNote(intent: NoteIntent): Promise<NoteResult>;
  copyToEditor(text: string): Promise<unknown>;
  mirrorTags(tags: TagChanges): Promise<void>;
  /** Calls `handler` on every event that can change what the ticket is; returns the unsubscribe. */
  onTicketChange(handler: () => void, orderStateFieldId?: number): () => void;
  resize(height: number): Promise<unknown>;
}
