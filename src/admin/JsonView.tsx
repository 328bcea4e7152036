import { describeIssue } from "../settings/describeIssue";
import { useT } from "../ui/useT";
import type { EditorModel } from "./createEditorModel";

/** The whole settings document as JSON, with every issue at its exact path underneath. */
export function JsonView({ model }: { model: EditorModel }) {
  const t = useT();
  const issues = model.parsed.value.issues;
  return (
    <section class="card">
      <h2>{t("admin.json.title")}</h2>
      <p class="muted">{t("admin.json.help")}</p>
      <textarea class="json" data-testid="admin-json" spellcheck={false} rows={18} value={model.text.value} onInput={(e) => model.setText(e.currentTarget.value)} />
      {issues.length === 0 ? (
        <p class="notice notice-success" data-testid="admin-valid">{t("admin.check.valid")}</p>
      ) : (
        <ul class="plain-list" data-testid="admin-issues">
          {issues.map((issue, i) => (
            <li key={i} class="notice notice-warning">{describeIssue(issue, t)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
