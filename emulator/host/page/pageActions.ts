import type { Comment, Macro, Ticket, User } from "../../zendesk/model";
import type { FaultSpec } from "../../zendesk/faults";
import { uploadFiles } from "../submitTab";
import { getJson, type EmulatorState, type PageModel } from "./pageModel";

/** The page's actions: they call the host, the REST API or the control endpoints, and update the signals. */
export function createPageActions(model: PageModel) {
  const { host } = model;

  async function loadUsers(ids: number[]) {
    const missing = [...new Set(ids)].filter((id) => !(id in model.users.value));
    const loaded = await Promise.all(missing.map((id) => getJson<{ user?: User }>(`/api/v2/users/${id}.json`)));
    const users = { ...model.users.value };
    for (const { user } of loaded) if (user) users[user.id] = user;
    model.users.value = users;
  }

  const send = (path: string, method: string, body?: unknown) =>
    fetch(path, { method, headers: { "Content-Type": "application/json", Accept: "application/json" }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

  const actions = {
    async loadState() {
      model.state.value = await getJson<EmulatorState>("/__emulator/state");
    },
    async loadTickets() {
      const { tickets } = await getJson<{ tickets: Ticket[] }>("/api/v2/tickets.json");
      model.tickets.value = tickets;
      await loadUsers(tickets.map((t) => t.requester_id));
    },
    async loadComments(ticketId: number) {
      const { comments } = await getJson<{ comments: Comment[] }>(`/api/v2/tickets/${ticketId}/comments.json`);
      await loadUsers(comments.map((c) => c.author_id));
      model.comments.value = { ...model.comments.value, [ticketId]: comments };
    },
    async openTicket(ticketId: number) {
      await host.activate(ticketId);
      if (!model.openTabs.value.includes(ticketId)) model.openTabs.value = [...model.openTabs.value, ticketId];
      model.active.value = ticketId;
      history.replaceState(null, "", `?ticket=${ticketId}`);
      await actions.loadComments(ticketId);
    },
    async submit(status?: string) {
      const ticketId = model.active.value;
      if (ticketId === null) return;
      const outcome = await host.submit(ticketId, status);
      model.lastSubmit.value = { ticketId, outcome };
      await Promise.all([actions.loadComments(ticketId), actions.loadTickets()]);
      // Tests wait on these: how many submits finished and how the last one ended.
      document.body.dataset.submitCount = String(Number(document.body.dataset.submitCount ?? 0) + 1);
      document.body.dataset.lastSubmit = outcome.ok ? "ok" : outcome.reason;
    },
    async control(path: string, body?: unknown, method = "POST") {
      const response = await fetch(`/__emulator/${path}`, { method, headers: { "Content-Type": "application/json" }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      await actions.loadState();
      return response;
    },
    /** The customer writes, with photos or documents uploaded first as a WhatsApp message's media reach Zendesk. */
    async customerReply(ticketId: number, body: string, files: File[] = []) {
      const uploaded = await uploadFiles(host.options.api, files);
      if (!uploaded.ok) throw new Error(uploaded.message);
      return actions.control(`tickets/${ticketId}/customer-reply`, { body, ...(uploaded.tokens.length ? { uploads: uploaded.tokens } : {}) });
    },
    armFault: (spec: FaultSpec) => actions.control("faults", spec),
    clearFaults: () => actions.control("faults", undefined, "DELETE"),
    async searchMacros(query: string) {
      return (await getJson<{ macros: Macro[] }>(`/api/v2/macros/search.json?query=${encodeURIComponent(query)}`)).macros ?? [];
    },
    // Account edits go through the public API as the admin's own requests would (counted, 403 for agents).
    editMacro: (id: number, macro: Partial<Pick<Macro, "title" | "active">>) => send(`/api/v2/macros/${id}.json`, "PUT", { macro }),
    deleteMacro: (id: number) => send(`/api/v2/macros/${id}.json`, "DELETE"),
    saveFieldOption: (fieldId: number, option: { id: number; name: string; value: string }) =>
      send(`/api/v2/ticket_fields/${fieldId}/options.json`, "POST", { custom_field_option: option }),
    deleteFieldOption: (fieldId: number, optionId: number) => send(`/api/v2/ticket_fields/${fieldId}/options/${optionId}.json`, "DELETE"),
    setPlan: (plan: string) => actions.control("rate-limit", { plan }),
    advanceClock: (minutes: number) => actions.control("clock/advance", { minutes }),
    switchAgent: (userId: number) => actions.control("agent", { userId }),
    switchLocale: (locale: string) => actions.control("agent", { locale }),
    reset: () => actions.control("reset"),
    /** Reacts to the store's changes (server-sent events) so the page shows what anyone saved. */
    async onStoreChange(change: { kind: string; ticketId?: number }) {
      if (change.kind === "reset") return location.reload();
      if (change.kind === "agent" || change.kind === "installation") {
        await host.loadAccount();
        model.appGeneration.value += 1;
      }
      // Macros and fields edited through the API: the editor's fields follow; the apps are not told, as in Zendesk.
      if (change.kind === "account") await host.loadAccount();
      const open = [...host.tabs.keys()];
      const affected = change.kind === "ticket" && change.ticketId !== undefined ? open.filter((id) => id === change.ticketId) : change.kind === "clock" ? open : [];
      await Promise.all(affected.map((id) => host.refresh(id)));
      await actions.loadTickets();
      if (model.active.value !== null) await actions.loadComments(model.active.value);
      await actions.loadState();
    },
  };
  return actions;
}

export type PageActions = ReturnType<typeof createPageActions>;
