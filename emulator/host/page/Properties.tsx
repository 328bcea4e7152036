import { editorField, editorStatus, editorTags } from "../editor";
import type { PageModel } from "./pageModel";
import { channelLabel, STATUS_LABELS } from "./labels";

/** The ticket's properties panel, showing the editor (saved ticket + draft) so app writes appear at once. */
export function Properties({ model, ticketId }: { model: PageModel; ticketId: number }) {
  void model.version.value;
  const tab = model.host.tabs.get(ticketId);
  if (!tab) return null;
  const account = model.host.account();
  const t = tab.editor.saved;
  const brand = account.brands.find((b) => b.id === t.brand_id);
  const group = account.groups.find((g) => g.id === t.group_id);
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
        <dt>Asignado</dt>
        <dd>{[group?.name, tab.snapshot.assignee?.name].filter(Boolean).join(" / ") || "—"}</dd>
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
