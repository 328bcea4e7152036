import { formatNestedName, type Change } from "../engine";
import type { Translate } from "../i18n/translate";
import type { ApplyOutcome } from "../zendesk/applyChanges";
import { useT } from "./useT";

type Props = { changes: Change[]; applying: boolean; outcomes?: ApplyOutcome[]; onApply: () => void };


function describeChange(change: Change, t: Translate): string {
  const status = (s: string) => t(`status.${s}`);
  switch (change.kind) {
    case "macro":
      return t("apply.change.macro", { to: formatNestedName(change.to) });
    case "status":
      return t("apply.change.status", { from: status(change.from), to: status(change.to) });
    case "orderState":
      return t("apply.change.orderState", { from: change.from ? formatNestedName(change.from) : t("header.none"), to: formatNestedName(change.to) });
    case "tagAdd":
    case "tagRemove":
      return t(`apply.change.${change.kind}`, { tag: change.tag });
  }
}

function describeFailure(outcome: Extract<ApplyOutcome, { ok: false }>, t: Translate): string {
  const c = outcome.change;
  return t(`apply.failure.${outcome.failure}`, { macro: c.kind === "macro" ? c.to : "", orderState: c.kind === "orderState" ? c.to : "", detail: outcome.detail });
}

/** The diff preview, the one-click apply into the editor, and what could not be applied. */
export function ApplyPanel({ changes, applying, outcomes, onApply }: Props) {
  const t = useT();
  const failures = (outcomes ?? []).filter((o): o is Extract<ApplyOutcome, { ok: false }> => !o.ok);
  return (
    <section class="apply-panel">
      <h3>{t("apply.title")}</h3>
      {changes.length === 0 ? (
        <p class="muted" data-testid="apply-nothing">{t("apply.nothing")}</p>
      ) : (
        <>
          <p class="muted">{t("apply.preview")}</p>
          <ul class="diff" data-testid="diff">
            {changes.map((c, i) => (
              <li key={i} class={`diff-${c.kind}`}>{describeChange(c, t)}</li>
            ))}
          </ul>
          <button type="button" class="btn btn-primary btn-block" data-testid="apply" disabled={applying} onClick={onApply}>
            {applying ? t("apply.applying") : t("apply.button")}
          </button>
        </>
      )}
      {outcomes && failures.length === 0 && <p class="notice notice-success" data-testid="apply-result">{t("apply.applied")}</p>}
      {failures.map((f, i) => (
        <p key={i} class="notice notice-error" data-testid="apply-failure">{describeFailure(f, t)}</p>
      ))}
    </section>
  );
}
