import { AGENT_SUBMIT_PATH, AGENT_UI_HEADER } from "../zendesk/agentUi";
import type { Ticket } from "../zendesk/model";
import { isSubscribed, type AppInstance } from "./appInstance";
import { draftToUpdate, editorStatus, resetDraft } from "./editor";
import { loadTicket, type ApiFetch } from "./hostData";
import type { ZafHost } from "./zafHost";
import { zafTicket } from "./zafObjects";

export type SubmitOutcome =
  | { ok: true; ticket: Ticket }
  | { ok: false; reason: "hook"; message: string }
  | { ok: false; reason: "http"; status: number; message: string };

/** Asks one instance's `ticket.save` hook; resolves with its error message, or null when it lets the save go. */
function askSaveHook(instance: AppInstance, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      instance.pendingSave = null;
      resolve("La app no respondió a tiempo al guardar el ticket.");
    }, timeoutMs);
    instance.pendingSave = (reply) => {
      clearTimeout(timer);
      instance.pendingSave = null;
      const msg = reply.error?.msg;
      resolve(reply.error ? (typeof msg === "string" && msg ? msg : "La app canceló el envío.") : null);
    };
    instance.send({ key: "zaf.ticket.save", needsReply: true, instanceGuid: instance.guid });
  });
}

/** Uploads the comment's files as one upload (`POST /api/v2/uploads.json`, then `token=` for the rest), docs "Attachments". */
export async function uploadFiles(api: ApiFetch, files: File[]): Promise<{ ok: true; tokens: string[] } | { ok: false; status: number; message: string }> {
  let token: string | undefined;
  for (const file of files) {
    const query = `filename=${encodeURIComponent(file.name)}${token ? `&token=${token}` : ""}`;
    const response = await api(`/api/v2/uploads.json?${query}`, {
      method: "POST",
      headers: { "Content-Type": file.type || "application/binary", Accept: "application/json", [AGENT_UI_HEADER]: "1" },
      body: file,
    });
    if (!response.ok) return { ok: false, status: response.status, message: `No se pudo subir ${file.name} (HTTP ${response.status}).` };
    token = ((await response.json()) as { upload: { token: string } }).upload.token;
  }
  return { ok: true, tokens: token ? [token] : [] };
}

/**
 * Submits a tab as Zendesk's "Submit as <status>" does: `ticket.submit.start`, the apps' `ticket.save`
 * hooks (any error cancels and its message is shown), the upload of attached files, the PUT of the draft (comment, status, tags,
 * fields, macro_ids, safe_update) to the agent UI's endpoint (which records the macros it used), then `ticket.submit.done|fail`, `ticket.submit.always`, `ticket.saved`.
 */
export async function submitTab(host: ZafHost, ticketId: number, status?: string): Promise<SubmitOutcome> {
  const tab = host.tabs.get(ticketId);
  if (!tab) throw new Error(`Ticket ${ticketId} is not open in the host.`);
  const finish = (outcome: SubmitOutcome) => {
    host.fire(ticketId, [[outcome.ok ? "ticket.submit.done" : "ticket.submit.fail", outcome.ok ? {} : { message: outcome.message }], ["ticket.submit.always", {}]]);
    if (outcome.ok) host.fire(ticketId, [["ticket.saved", zafTicket(tab.editor, tab.snapshot, host.account())]]);
    host.notice({ kind: "submitted", ticketId, outcome });
    host.notice({ kind: "changed", ticketId });
    return outcome;
  };
  if (status && status !== editorStatus(tab.editor)) host.fire(ticketId, [["ticket.status.changed", status]]);
  host.fire(ticketId, [["ticket.submit.start", {}]]);
  const hooked = [...host.instances.values()].filter((i) => i.ticketId === ticketId && i.registered && isSubscribed(i, "ticket.save"));
  const hookErrors = await Promise.all(hooked.map((i) => askSaveHook(i, host.options.saveHookTimeoutMs)));
  const hookError = hookErrors.find((e) => e !== null);
  if (hookError) return finish({ ok: false, reason: "hook", message: hookError });

  const uploaded = await uploadFiles(host.options.api, tab.editor.files);
  if (!uploaded.ok) return finish({ ok: false, reason: "http", status: uploaded.status, message: uploaded.message });
  const response = await host.options.api(`${AGENT_SUBMIT_PATH}/${ticketId}.json`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ ticket: draftToUpdate(tab.editor, status, uploaded.tokens) }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { description?: string };
    return finish({ ok: false, reason: "http", status: response.status, message: body.description ?? `HTTP ${response.status}` });
  }
  tab.snapshot = await loadTicket(host.options.api, ticketId);
  // The conversation now shows the comment just submitted: ticket.comments is read again when asked.
  tab.conversation = null;
  resetDraft(tab.editor, tab.snapshot.ticket);
  return finish({ ok: true, ticket: tab.snapshot.ticket });
}
