import { formatNestedName, type Change } from "../engine";
import type { Translate } from "../i18n/translate";
import type { ApplyOutcome } from "../zendesk/applyChanges";
import { useT } from "./useT";

type Props = { changes: Change[]; applying: boolean; unsaved: boolean; withNote: boolean; outcomes?: ApplyOutcome[]; onApply: () => void };

const isTagChange = (c: Change) => c.kind === "tagAdd" || c.kind === "tagRemove";

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

/**
 * The one-click apply into the editor (and the step's checklist note, `withNote`) with its preview (Ruta's own tags behind "detalles"), what the
 * editor holds but the ticket does not yet (`unsaved`: submit pending) and what could not be applied.
 */
export function ApplyPanel({ changes, applying, unsaved, withNote, outcomes, onApply }: Props) {
  const t = useT();
  const failures = (outcomes ?? []).filter((o): o is Extract<ApplyOutcome, { ok: false }> => !o.ok);
  const visible = changes.filter((c) => !isTagChange(c));
  const tags = changes.filter(isTagChange);
  return (
    <section class="apply-panel">
      {unsaved && failures.length === 0 && changes.length === 0 && <p class="notice notice-success" data-testid="apply-result">{t("apply.applied")}</p>}
      {unsaved && (failures.length > 0 || changes.length > 0) && <p class="notice notice-warning" data-testid="apply-partial">{t("apply.partial")}</p>}
      {failures.map((f, i) => (
        <p key={i} class="notice notice-error" data-testid="apply-failure">{describeFailure(f, t)}</p>
      ))}
      {changes.length === 0 ? (
        !unsaved && <p class="muted" data-testid="apply-nothing">{t("apply.nothing")}</p>
      ) : (
        <>
          <button type="button" class="btn btn-primary btn-block" data-testid="apply" disabled={applying} onClick={onApply}>
            {applying ? t("apply.applying") : withNote ? t("apply.buttonWithNote") : t("apply.button")}
          </button>
          <ul class="diff" data-testid="diff" aria-label={t("apply.preview")}>
            {visible.map((c, i) => (
              <li key={i} class={`diff-${c.kind}`}>{describeChange(c, t)}</li>
            ))}
          </ul>
          {tags.length > 0 && (
            <details class="diff-details" data-testid="diff-details">
              <summary>{t("apply.details")}</summary>
              <ul class="diff">{tags.map((c, i) => <li key={i} class={`diff-${c.kind}`}>{describeChange(c, t)}</li>)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
