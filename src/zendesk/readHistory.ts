import type { TicketEvent } from "../engine/snapshot";
import type { AccountCache } from "./accountCache";
import { API } from "./paths";
import type { Rest } from "./rest";
import { type ApiAudit, AuditsPage } from "./schemas";

/** Audits kept per ticket: the newest place the ticket; older ones only lengthen the trail. */
export const MAX_KEPT_AUDITS = 200;
/** Tickets whose history the browser keeps; the least recently read is dropped first. */
export const MAX_KEPT_TICKETS = 100;
/** A kept history is trusted this long while the ticket's `updated_at` has not moved. */
export const HISTORY_MAX_AGE_MS = 24 * 60 * 60_000;

/** What Ruta keeps of one audit: the events the engine reads and the visibility of its comments. No text. */
type AuditDigest = { id: number; at: number; events: TicketEvent[]; comments: [commentId: number, isPublic: boolean][] };
/** A ticket's audits as of `updatedAt`, oldest first. */
export type TicketHistory = { updatedAt: string; audits: AuditDigest[] };

function digest(audit: ApiAudit): AuditDigest {
  const at = Date.parse(audit.created_at);
  const events = audit.events.flatMap((e): TicketEvent[] => {
    if (e.type === "AgentMacroReference") return e.macro_title ? [{ kind: "macro", title: e.macro_title, at }] : [];
    if ((e.type === "Change" || e.type === "Create") && e.field_name === "tags") {
      const now = Array.isArray(e.value) ? e.value.map(String) : [];
      const before = Array.isArray(e.previous_value) ? e.previous_value.map(String) : [];
      return [{ kind: "tags", added: now.filter((t) => !before.includes(t)), removed: before.filter((t) => !now.includes(t)), at }];
    }
    return [];
  });
  const comments = audit.events.flatMap((e): AuditDigest["comments"] => (e.type === "Comment" && e.id !== undefined ? [[e.id, e.public !== false]] : []));
  return { id: audit.id, at, events, comments };
}

function keep(cache: AccountCache, indexKey: string, key: string): void {
  const kept = (cache.read<string[]>(indexKey, Infinity) ?? []).filter((k) => k !== key);
  kept.push(key);
  for (const old of kept.splice(0, Math.max(0, kept.length - MAX_KEPT_TICKETS))) cache.remove(old);
  cache.write(indexKey, kept);
}

/**
 * The ticket's audits, newest first and one page (100) at a time: a history kept from an earlier read
 * is reused while the ticket's `updated_at` is the same (a ticket reopened in another tab costs nothing)
 * and topped up with the newest page when it moved. Never reads a ticket's whole history.
 */
export async function readHistory(rest: Rest, cache: AccountCache, scope: string, ticketId: number, updatedAt: string): Promise<TicketHistory> {
  const key = `ruta:history:${scope}:${ticketId}`;
  const kept = cache.read<TicketHistory>(key, HISTORY_MAX_AGE_MS);
  if (kept && updatedAt && kept.updatedAt === updatedAt) return kept;
  const page = await rest.send({ url: API.audits(ticketId), type: "GET" }, AuditsPage);
  const byId = new Map((kept?.audits ?? []).map((a) => [a.id, a]));
  for (const audit of page.audits) byId.set(audit.id, digest(audit));
  const history: TicketHistory = { updatedAt, audits: [...byId.values()].sort((a, b) => a.at - b.at || a.id - b.id).slice(-MAX_KEPT_AUDITS) };
  cache.write(key, history);
  keep(cache, `ruta:history:${scope}:index`, key);
  return history;
}
