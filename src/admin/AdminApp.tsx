import type { Flow } from "../flows/schema";
import { useT } from "../ui/useT";
import type { EditorModel } from "./createEditorModel";
import { DoctorPanel } from "./DoctorPanel";
import { FlowNotes } from "./FlowNotes";
import { FlowPreview } from "./FlowPreview";
import { JsonView } from "./JsonView";
import { SaveBar } from "./SaveBar";
import { SettingsForm } from "./SettingsForm";

/** The team leads' editor in the nav_bar; agents outside the team-lead groups see only that it is not for them. */
export function AdminApp({ model, catalog }: { model: EditorModel; catalog: readonly Flow[] }) {
  const t = useT();
  if (!model.info.value) return <p class="muted">{t("loading")}</p>;
  if (model.access.value === "none") return <p class="notice notice-warning" data-testid="admin-no-access">{t("admin.noAccess")}</p>;
  const brand = model.brandRecord.value;
  return (
    <main class="admin">
      <header class="admin-header">
        <h1>{t("admin.title")}</h1>
        <label>
          {t("admin.brand")}{" "}
          <select data-testid="admin-brand" value={brand?.subdomain ?? ""} onChange={(e) => (model.brand.value = e.currentTarget.value)}>
            {model.brands.value.map((b) => (
              <option key={b} value={b}>{model.account.value?.brands.find((x) => x.subdomain === b)?.name ?? b}</option>
            ))}
          </select>
        </label>
      </header>
      <div class="admin-columns">
        <div>
          <SettingsForm model={model} catalog={catalog} />
          <JsonView model={model} />
          <SaveBar model={model} />
        </div>
        <div>
          <FlowPreview model={model} catalog={catalog} />
          <DoctorPanel model={model} />
          <FlowNotes flows={[...catalog, ...(model.preview.value?.flows ?? []).filter((f) => !catalog.some((c) => c.id === f.id))]} />
        </div>
      </div>
    </main>
  );
}
