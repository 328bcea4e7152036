import { describeFinding } from "../settings/describeFinding";
import { useT } from "../ui/useT";
import type { EditorModel } from "./createEditorModel";

/** The account doctor over the draft: what the brand's flows need that the account lacks, and a re-check after fixing the account. */
export function DoctorPanel({ model }: { model: EditorModel }) {
  const t = useT();
  const findings = model.findings.value;
  return (
    <section class="card" data-testid="admin-doctor">
      <h2>{t("admin.doctorTitle")}</h2>
      {model.accountError.value && <p class="notice notice-error">{t(`error.api.${model.accountError.value}`, { status: "", seconds: 0 })}</p>}
      {findings === undefined ? (
        <p class="muted">{t("loading")}</p>
      ) : findings.length === 0 ? (
        <p class="notice notice-success" data-testid="doctor-healthy">{t("admin.doctor.healthy")}</p>
      ) : (
        <ul class="plain-list" data-testid="doctor-findings">
          {findings.map((f, i) => (
            <li key={i} class="notice notice-warning">{describeFinding(f, t)}</li>
          ))}
        </ul>
      )}
      <button type="button" class="btn btn-small" data-testid="doctor-recheck" onClick={() => void model.loadAccount()}>{t("admin.doctorRecheck")}</button>
    </section>
  );
}
