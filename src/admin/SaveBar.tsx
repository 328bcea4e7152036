import { CopyButton } from "../ui/CopyButton";
import { useT } from "../ui/useT";
import type { EditorModel } from "./createEditorModel";

/** Save for admins (only a draft without issues); export for everyone, for an admin to paste into the app's settings. */
export function SaveBar({ model }: { model: EditorModel }) {
  const t = useT();
  const state = model.saveState.value;
  const blocked = model.parsed.value.issues.length > 0;
  return (
    <section class="card save-bar">
      {model.access.value === "admin" ? (
        <button type="button" class="btn btn-primary" data-testid="admin-save" disabled={blocked || !model.dirty.value || state.status === "saving"} onClick={() => void model.save()}>
          {state.status === "saving" ? t("admin.save.saving") : t("admin.save.button")}
        </button>
      ) : (
        <p class="muted" data-testid="admin-export-only">{t("admin.save.adminOnly")}</p>
      )}
      <CopyButton text={model.text.value} label={t("admin.save.export")} testId="admin-export" />
      <p role="status" data-testid="admin-save-status">
        {state.status === "saved" && t("admin.save.saved")}
        {state.status === "failed" && t("admin.save.failed", { reason: t(`error.api.${state.kind}`, { status: "", seconds: 0 }) })}
        {blocked && t("admin.save.fixFirst")}
      </p>
    </section>
  );
}
