import type { Flow } from "../flows/schema";
import { toFieldId } from "../settings/toFieldId";
import { useT } from "../ui/useT";
import { edits } from "./configEdits";
import type { EditorModel } from "./createEditorModel";

/** The common settings as a form: the brand's flows, the order-state field, the language, the team-lead groups. */
export function SettingsForm({ model, catalog }: { model: EditorModel; catalog: readonly Flow[] }) {
  const t = useT();
  const brand = model.brandRecord.value;
  const settings = model.parsed.value.settings;
  const enabled = model.preview.value?.flows.map((f) => f.id) ?? [];
  const entry = brand ? settings.brands.get(brand.subdomain) : undefined;
  const ids = [...new Set([...catalog.map((f) => f.id), ...enabled])];
  const groups = model.account.value?.groups ?? [];
  const toggle = (id: string, on: boolean) => brand && model.edit(edits.brandFlows(brand.subdomain, ids.filter((x) => (x === id ? on : enabled.includes(x)))));
  return (
    <section class="card" data-testid="admin-form">
      <h2>{t("admin.form.title")}</h2>
      {brand && (
        <fieldset>
          <legend>{t("admin.form.flows", { brand: brand.name })}</legend>
          <label>
            <input type="checkbox" data-testid="admin-all-flows" checked={!entry || enabled.length === ids.length} onChange={(e) => model.edit(edits.brandFlows(brand.subdomain, e.currentTarget.checked ? undefined : []))} />{" "}
            {t("admin.form.allFlows")}
          </label>
          {ids.map((id) => (
            <label key={id}>
              <input type="checkbox" data-testid={`admin-flow-${id}`} checked={enabled.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} /> {id}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t("admin.form.orderStateField")}
        <input
          type="text"
          inputMode="numeric"
          data-testid="admin-order-state-field"
          value={settings.fields.get("orderState") ?? ""}
          onChange={(e) => {
            const raw = e.currentTarget.value.trim();
            model.edit(edits.field("orderState", raw ? (toFieldId(raw) ?? (raw as unknown as number)) : undefined));
          }}
        />
      </label>
      <label>
        {t("admin.form.locale")}
        <select data-testid="admin-locale" value={settings.locale ?? ""} onChange={(e) => model.edit(edits.locale((e.currentTarget.value || undefined) as "es" | "en" | undefined))}>
          <option value="">{t("admin.form.localeAgent")}</option>
          <option value="es">Español</option>
          <option value="en">English</option>
        </select>
      </label>
      {groups.length > 0 && (
        <fieldset>
          <legend>{t("admin.form.teamLeadGroups")}</legend>
          {groups.map((g) => (
            <label key={g.id}>
              <input
                type="checkbox"
                checked={settings.teamLeadGroups.includes(g.id)}
                onChange={(e) => model.edit(edits.teamLeadGroups(e.currentTarget.checked ? [...settings.teamLeadGroups, g.id] : settings.teamLeadGroups.filter((id) => id !== g.id)))}
              />{" "}
              {g.name}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
