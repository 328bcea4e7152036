import { applyTicketCreate, type CreateOutcome } from "./createTicket";
import { applyUserCreate, type UserCreate, type UserCreateOutcome } from "./createUser";
import type { TicketCreate } from "./ticketInput";
import { applyCustomerReply, type ReplyOutcome } from "./customerReply";
import { createRateLimiter, DEFAULT_PLAN, type Plan, type RateLimiter } from "./rateLimit";
import { createFaultSwitches, type FaultSwitches } from "./faults";
import { addLongTicket } from "./longTicket";
import type { Comment, Installation, Ticket, User, ZendeskData } from "./model";
import { defaultSeed } from "./seed";
import { applyTicketUpdate, type TicketUpdate, type UpdateContext, type UpdateOutcome } from "./ticketUpdate";
import { MINUTE_MS, shiftZendeskTime } from "./time";

/** What changed, for listeners (the host page refreshes on these). */
export type StoreChange =
  | { kind: "ticket"; ticketId: number }
  | { kind: "reset" }
  | { kind: "clock"; minutes: number }
  | { kind: "agent" }
  | { kind: "installation" }
  | { kind: "faults" }
  | { kind: "plan" }
  | { kind: "account" };

export interface Clock {
  /** Minutes the account has been moved forward with `advanceClock`. */
  advancedMinutes: number;
  now(): number;
}

/** The in-memory Zendesk account behind the msw handlers, the host page and the control endpoints. */
export interface ZendeskStore {
  readonly data: ZendeskData;
  readonly clock: Clock;
  readonly faults: FaultSwitches;
  /** The plan's per-minute API budget; `reset()` goes back to the default plan (Enterprise) and a fresh count. */
  readonly rateLimit: RateLimiter;
  reset(): void;
  /** Picks the plan whose per-minute limit the API counts against (docs "Rate limits"). */
  setPlan(plan: Plan): void;
  /** Tells listeners that macros or ticket fields changed through the API. */
  accountChanged(): void;
  currentUser(): User;
  setCurrentUser(userId: number): void;
  setAgentLocale(locale: string): void;
  updateTicket(ticketId: number, update: TicketUpdate, options?: Partial<Omit<UpdateContext, "at">>): UpdateOutcome;
  customerReply(ticketId: number, body: string, uploads?: readonly string[]): ReplyOutcome;
  /** `POST /api/v2/tickets.json`, by the current agent unless `authorId` says otherwise. */
  createTicket(input: TicketCreate, options?: { authorId?: number }): CreateOutcome;
  createUser(input: UserCreate): UserCreateOutcome;
  /** Adds a ticket with `comments` comments (see `addLongTicket`). */
  addLongTicket(comments: number): Ticket;
  /** Moves the account `minutes` into the future by shifting every stored timestamp back. */
  advanceClock(minutes: number): void;
  updateInstallationSettings(settings: Record<string, unknown>): Installation;
  comments(ticketId: number): Comment[];
  subscribe(listener: (change: StoreChange) => void): () => void;
}

type Seed = ZendeskData | (() => ZendeskData);

function shiftTimestamps(data: ZendeskData, deltaMs: number): void {
  for (const t of data.tickets) {
    t.created_at = shiftZendeskTime(t.created_at, deltaMs);
    t.updated_at = shiftZendeskTime(t.updated_at, deltaMs);
  }
  for (const a of data.audits) a.created_at = shiftZendeskTime(a.created_at, deltaMs);
}

/** Creates the account from a seed (the default account unless given); `reset()` goes back to a fresh copy of it. */
export function createZendesk(seed: Seed = defaultSeed): ZendeskStore {
  const fresh = (): ZendeskData => structuredClone(typeof seed === "function" ? seed() : seed);
  const listeners = new Set<(change: StoreChange) => void>();
  const notify = (change: StoreChange) => listeners.forEach((l) => l(change));
  let data = fresh();
  const clock: Clock = { advancedMinutes: 0, now: () => Date.now() };
  const faults = createFaultSwitches(() => notify({ kind: "faults" }));
  // The rate limit counts minutes of the account's clock, so advancing the clock starts a new minute.
  const rateLimit = createRateLimiter(() => clock.now() + clock.advancedMinutes * MINUTE_MS);

  const store: ZendeskStore = {
    get data() {
      return data;
    },
    clock,
    faults,
    rateLimit,
    reset() {
      data = fresh();
      clock.advancedMinutes = 0;
      faults.clear();
      rateLimit.clear();
      rateLimit.setPlan(DEFAULT_PLAN);
      notify({ kind: "reset" });
    },
    accountChanged() {
      notify({ kind: "account" });
    },
    setPlan(plan) {
      rateLimit.setPlan(plan);
      notify({ kind: "plan" });
    },
    currentUser() {
      const user = data.users.find((u) => u.id === data.currentUserId);
      if (!user) throw new Error(`The current user ${data.currentUserId} is not in the account.`);
      return user;
    },
    setCurrentUser(userId) {
      const user = data.users.find((u) => u.id === userId);
      if (!user || user.role === "end-user") throw new Error(`User ${userId} is not an agent of the account.`);
      data.currentUserId = userId;
      notify({ kind: "agent" });
    },
    setAgentLocale(locale) {
      store.currentUser().locale = locale;
      notify({ kind: "agent" });
    },
    updateTicket(ticketId, update, options = {}) {
      const outcome = applyTicketUpdate(data, ticketId, update, { ...options, at: clock.now(), authorId: options.authorId ?? data.currentUserId });
      if (outcome.kind === "updated" && outcome.audit) notify({ kind: "ticket", ticketId });
      return outcome;
    },
    createTicket(input, options = {}) {
      const outcome = applyTicketCreate(data, input, { at: clock.now(), authorId: options.authorId ?? data.currentUserId });
      if (outcome.kind === "created") notify({ kind: "ticket", ticketId: outcome.ticket.id });
      return outcome;
    },
    addLongTicket(comments) {
      const ticket = addLongTicket(data, { comments, now: clock.now() });
      notify({ kind: "ticket", ticketId: ticket.id });
      return ticket;
    },
    createUser(input) {
      return applyUserCreate(data, input, clock.now());
    },
    customerReply(ticketId, body, uploads) {
      const outcome = applyCustomerReply(data, ticketId, body, clock.now(), uploads);
      if (outcome.kind === "replied") notify({ kind: "ticket", ticketId });
      return outcome;
    },
    advanceClock(minutes) {
      shiftTimestamps(data, -minutes * MINUTE_MS);
      clock.advancedMinutes += minutes;
      notify({ kind: "clock", minutes });
    },
    updateInstallationSettings(settings) {
      const installation = data.installation;
      installation.settings = { ...installation.settings, ...settings };
      installation.settings_objects = Object.entries(installation.settings).map(([name, value]) => ({ name, value }));
      installation.updated_at = new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
      notify({ kind: "installation" });
      return installation;
    },
    comments(ticketId) {
      return data.audits
        .filter((a) => a.ticket_id === ticketId)
        .flatMap((audit) =>
          audit.events.flatMap((event) =>
            event.type === "Comment" ? [{ ...event, via: audit.via, created_at: audit.created_at, metadata: audit.metadata }] : [],
          ),
        );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
