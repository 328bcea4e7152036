import type { Step } from "../flows/schema";
import type { ChecklistModel } from "./createChecklistModel";
import { CopyButton } from "./CopyButton";
import { useT } from "./useT";

/** The escalation's route and the composed text, with a check that nothing mandatory is missing. */
export function EscalationPanel({ step, model }: { step: Step; model: ChecklistModel }) {
  const t = useT();
  const composed = model.escalation.value;
  if (!step.escalation || !composed) return null;
  const label = (id: string) => step.checklist?.find((i) => i.id === id)?.label ?? id;
  return (
    <section class="escalation" data-testid="escalation">
      <h3>{t("escalation.title", { system: step.escalation.system })}</h3>
      <dl class="route">
        {step.escalation.route.map((r) => (
          <div key={r.name}>
            <dt>{r.name}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      {step.escalation.url && (
        <p>
          <a href={step.escalation.url} target="_blank" rel="noreferrer noopener">{step.escalation.url}</a>
        </p>
      )}
      <p class="muted">{t("escalation.text")}</p>
      <pre class="composed" data-testid="escalation-text">{composed.text}</pre>
      {composed.missing.length > 0 ? (
        <p class="notice notice-warning" data-testid="escalation-missing">{t("escalation.missing", { items: composed.missing.map(label).join(", ") })}</p>
      ) : composed.doubtful.length > 0 ? (
        <p class="notice notice-warning" data-testid="escalation-doubtful">{t("escalation.doubtful", { items: composed.doubtful.map(label).join(", ") })}</p>
      ) : (
        <p class="notice notice-success" data-testid="escalation-complete">{t("escalation.complete")}</p>
      )}
      <CopyButton text={composed.text} label={t("escalation.copy")} testId="copy-escalation" />
    </section>
  );
}

/**
 * The escalation text the previous step saved, shown on the step the sidebar moved on to: the agent
 * pastes it into SysHelp / NINTEX / SIAC after saving as well as before.
 */
export function SavedEscalation({ model, previousStepId }: { model: ChecklistModel; previousStepId: string | undefined }) {
  const t = useT();
  const saved = model.savedEscalation.value;
  if (!saved || saved.stepId !== previousStepId) return null;
  return (
    <section class="escalation" data-testid="saved-escalation">
      <h3>{t("escalation.saved", { system: saved.escalation.system, step: saved.title })}</h3>
      <pre class="composed" data-testid="saved-escalation-text">{saved.escalation.text}</pre>
      <CopyButton text={saved.escalation.text} label={t("escalation.copy")} testId="copy-saved-escalation" />
    </section>
  );
}
