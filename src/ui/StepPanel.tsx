import type { Flow } from "../flows/schema";
import { hasWrites } from "../engine";
import { ApplyPanel } from "./ApplyPanel";
import { ChecklistPanel } from "./ChecklistPanel";
import { Choices } from "./Choices";
import type { SidebarModel } from "./createSidebarModel";
import { describeReason } from "./describeReason";
import { EscalationPanel, SavedEscalation } from "./EscalationPanel";
import { FoldedSteps } from "./FoldedSteps";
import { ReplyProposal } from "./ReplyProposal";
import { StepDetails } from "./StepDetails";
import { Suggestion } from "./Suggestion";
import { Trail } from "./Trail";
import { useT } from "./useT";

/**
 * The current step of the flow, its primary action first: the customer's reply to confirm, why it is
 * here, the suggestion, what the editor and the ticket hold (applied, submit pending), then what to do
 * and the ways on. A closed ticket shows where it stands and offers no write.
 */
export function StepPanel({ model, flow, onInsert }: { model: SidebarModel; flow: Flow; onInsert: (text: string) => void }) {
  const t = useT();
  const step = model.step.value;
  const restored = model.restored.value;
  if (!step || !restored) return null;
  const atRestored = model.atRestored.value;
  const readOnly = model.readOnly.value;
  const why = atRestored ? describeReason(restored.reason, flow, t) : t("why.chosen");
  const waitingSince = atRestored && restored.status === "waiting" ? restored.since : undefined;
  const reply = atRestored && restored.status === "waiting" ? restored.reply : undefined;
  const unsaved = atRestored && restored.status === "unsaved";
  const folded = model.folded.value;
  const shownIds = new Set([step.id, ...folded.map((f) => f.id)]);
  const notes = (flow.notes ?? []).filter((n) => n.stepId !== undefined && shownIds.has(n.stepId));
  const warnings = notes.filter((n) => n.warn);
  const leadNotes = model.info.value?.agent.role === "admin" ? notes.filter((n) => !n.warn) : [];
  const changes = model.changes.value;
  const unfinished = (hasWrites(step) && changes.length > 0) || model.checklist.missingRequired.value.length > 0;
  // A question's answers are its primary action: above what to read, so they show without scrolling;
  // below the checklist when it has required items, which come first.
  const answersFirst = step.kind === "question" && !(step.checklist ?? []).some((i) => i.required);
  const choices = !readOnly && !unsaved && (
    <Choices key={step.id} flow={flow} step={step} waitingSince={waitingSince} now={model.now.value} unfinished={unfinished} arrivalOf={model.arrivalOf} onChoose={model.choose} onSkip={(r) => void model.skip(r)} />
  );
  return (
    <article class="step" data-testid="step" data-step-id={step.id}>
      <Trail flow={flow} steps={model.steps.value} onBack={model.back} />
      <h2 data-testid="step-title">
        {step.title}
        {step.ref && <small class="muted"> · {step.ref}</small>}
      </h2>
      {readOnly && <p class="notice" data-testid="read-only">{t("step.readOnly")}</p>}
      {atRestored && restored.status === "done" && <p class="notice notice-success" data-testid="flow-done">{t("flow.done")}</p>}
      {/* The customer's reply is the news on a waiting step, and its confirm the primary action: first, above the fold. */}
      {reply && <ReplyProposal flow={flow} reply={reply} readOnly={readOnly} arrivalOf={model.arrivalOf} onChoose={model.choose} />}
      <Suggestion step={step} why={why} />
      {warnings.map((n, i) => (
        <p key={i} class="notice notice-warning" data-testid="step-warning" role="note">
          <strong>{t("step.warning")}:</strong> {n.text}
        </p>
      ))}
      {!readOnly &&
        model.checklist.missingAhead.value.map((m) => (
          <p key={m.step.id} class="notice notice-warning" data-testid="missing-ahead" role="note">
            {t("step.missingAhead", { step: `${m.step.title}${m.step.ref ? ` (${m.step.ref})` : ""}`, items: m.items.map((i) => i.label).join(", ") })}
          </p>
        ))}
      {!readOnly && hasWrites(step) && (
        <ApplyPanel changes={changes} applying={model.applying.value} unsaved={unsaved} withNote={model.checklist.toSave.value} outcomes={model.lastApply.value} onApply={() => void model.apply()} />
      )}
      {answersFirst && choices}
      <FoldedSteps steps={folded} />
      <StepDetails step={step} onInsert={onInsert} />
      <ChecklistPanel step={step} model={model.checklist} readOnly={readOnly} />
      <EscalationPanel step={step} model={model.checklist} />
      <SavedEscalation model={model.checklist} previousStepId={model.steps.value.at(-2)} />
      {!answersFirst && choices}
      {leadNotes.length > 0 && (
        <details class="team-lead-notes" data-testid="step-lead-notes">
          <summary>{t("step.teamLeadNotes")}</summary>
          <ul>{leadNotes.map((n, i) => <li key={i}>{n.text}</li>)}</ul>
        </details>
      )}
    </article>
  );
}
