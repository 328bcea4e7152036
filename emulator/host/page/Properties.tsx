import { editorAssignee, editorField, editorProperty, editorStatus, editorTags, type Editor } from "../editor";
import type { PageModel } from "./pageModel";
import { channelLabel, PRIORITY_LABELS, STATUS_LABELS, TYPE_LABELS } from "./labels";

/** A draft property as the agent UI names it, "—" when the ticket has none. */
function propertyLabel(editor: Editor, key: "priority" | "type", labels: Record<string, string>): string {
  const value = editorProperty(editor, key);
  return value ? (labels[value] ?? value) : "—";
}

/** The ticket's properties panel, showing the editor (saved ticket + draft) so app writes appear at once. */
export function Properties({ model, ticketId }: { model: PageModel; ticketId: number }) {
  void model.version.value;
  const tab = model.host.tabs.get(ticketId);
  if (!tab) return null;
  const account = model.host.account();
  const t = tab.editor.saved;
  const brand = account.brands.find((b) => b.id === t.brand_id);
  const assignee = editorAssignee(tab.editor, tab.snapshot, account);
  const requester = tab.snapshot.requester;
  const customFields = account.fields.filter((f) => f.id > 360000000999);
  return (
    <aside class="properties" aria-label="Propiedades del ticket" data-testid="properties">
      <dl>
        <dt>Marca</dt>
        <dd data-testid="prop-brand">{brand?.name ?? "—"}</dd>
        <dt>Canal</dt>
        <dd data-testid="prop-channel">{channelLabel(t.via)}</dd>
        <dt>Solicitante</dt>
        <dd data-testid="prop-requester">
          {requester?.name ?? "—"}
          {requester?.phone ? <span class="muted"> · {requester.phone}</span> : null}
        </dd>
        <dt>Asunto</dt>
        <dd data-testid="prop-subject">{editorProperty(tab.editor, "subject") || "—"}</dd>
        <dt>Asignado</dt>
        <dd data-testid="prop-assignee">{[assignee.group?.name, assignee.user?.name].filter(Boolean).join(" / ") || "—"}</dd>
        <dt>Tipo</dt>
        <dd data-testid="prop-type">{propertyLabel(tab.editor, "type", TYPE_LABELS)}</dd>
        <dt>Prioridad</dt>
        <dd data-testid="prop-priority">{propertyLabel(tab.editor, "priority", PRIORITY_LABELS)}</dd>
        <dt>Estado</dt>
        <dd data-testid="prop-status">{STATUS_LABELS[editorStatus(tab.editor)] ?? editorStatus(tab.editor)}</dd>
        <dt>Etiquetas</dt>
        <dd data-testid="prop-tags" class="tags">
          {editorTags(tab.editor).map((tag) => (
            <span key={tag} class="tag">
              {tag}
            </span>
          ))}
        </dd>
        {customFields.map((field) => {
          const value = editorField(tab.editor, field.id);
          const option = field.custom_field_options?.find((o) => o.value === value);
          const shown = option ? option.name.replace(/::/g, " › ") : value === null || value === "" ? "—" : String(value);
          return [
            <dt key={`t${field.id}`}>{field.title}</dt>,
            <dd key={`d${field.id}`} data-testid={`prop-field-${field.id}`}>
              {shown}
            </dd>,
          ];
        })}
      </dl>
    </aside>
  );
}
