import { editorField, editorStatus, editorTags } from "./editor";
import { loadTicket } from "./hostData";
import type { HostEvent } from "./zafActions";
import type { ZafHost } from "./zafHost";

/**
 * Reloads an open tab after the ticket changed elsewhere (a customer reply, another agent, the app's
 * own REST write). The draft stays; events fire for what changed under it, plus `ticket.updated`.
 */
export async function refreshTab(host: ZafHost, ticketId: number): Promise<void> {
  const tab = host.tabs.get(ticketId);
  if (!tab) return;
  const before = { updatedAt: tab.editor.saved.updated_at, status: editorStatus(tab.editor), tags: editorTags(tab.editor).join(" ") };
  const fieldIds = host.account().fields.map((f) => f.id);
  const fieldsBefore = new Map(fieldIds.map((id) => [id, editorField(tab.editor, id)]));
  tab.snapshot = await loadTicket(host.options.api, ticketId);
  tab.conversation = null;
  tab.editor.saved = tab.snapshot.ticket;
  if (tab.snapshot.ticket.updated_at === before.updatedAt) return;
  const events: HostEvent[] = [];
  if (editorStatus(tab.editor) !== before.status) events.push(["ticket.status.changed", editorStatus(tab.editor)]);
  if (editorTags(tab.editor).join(" ") !== before.tags) events.push(["ticket.tags.changed", [...editorTags(tab.editor)]]);
  for (const id of fieldIds) {
    if (editorField(tab.editor, id) !== fieldsBefore.get(id)) events.push([`ticket.custom_field_${id}.changed`, editorField(tab.editor, id)]);
  }
  events.push(["ticket.updated", { id: ticketId, updatedAt: tab.snapshot.ticket.updated_at }]);
  host.fire(ticketId, events);
  host.notice({ kind: "changed", ticketId });
}
