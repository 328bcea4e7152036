import type { Flow } from "../flows/schema";
import { hasWrites } from "../engine";
import { ApplyPanel } from "./ApplyPanel";
import { ChecklistPanel } from "./ChecklistPanel";
import { Choices } from "./Choices";
import type { SidebarModel } from "./createSidebarModel";
import { describeReason } from "./describeReason";
import { EscalationPanel } from "./EscalationPanel";
import { StepDetails } from "./StepDetails";
import { Suggestion } from "./Suggestion";
import { Trail } from "./Trail";
import { useT } from "./useT";

/** The current step of the flow: why it is here, what to do, the suggestion, the ways on. */
export function StepPanel({ model, flow, onInsert }: { model: SidebarModel; flow: Flow; onInsert: (text: string) => void }) {
  const t = useT();
  const step = model.step.value;
  const restored = model.restored.value;
  if (!step || !restored) return null;
  const atRestored = model.atRestored.value;
  const why = atRestored ? describeReason(restored.reason, flow, t) : t("why.chosen");
  const waitingSince = atRestored && restored.status === "waiting" ? restored.since : undefined;
  const notes = (flow.notes ?? []).filter((n) => n.stepId === step.id);
  const isTeamLead = model.info.value?.agent.role === "admin";
  return (
    <article class="step" data-testid="step" data-step-id={step.id}>
      <Trail flow={flow} steps={model.steps.value} onBack={model.back} />
      <h2 data-testid="step-title">
        {step.title}
        {step.ref && <small class="muted"> · {step.ref}</small>}
      </h2>
      {atRestored && restored.status === "done" && <p class="notice notice-success" data-testid="flow-done">{t("flow.done")}</p>}
      <Suggestion step={step} why={why} />
      <StepDetails step={step} onInsert={onInsert} />
      <ChecklistPanel step={step} model={model.checklist} />
      <EscalationPanel step={step} model={model.checklist} />
      {hasWrites(step) && <ApplyPanel changes={model.changes.value} applying={model.applying.value} outcomes={model.lastApply.value} onApply={() => void model.apply()} />}
      <Choices flow={flow} step={step} waitingSince={waitingSince} now={model.now.value} onChoose={model.choose} />
      {isTeamLead && notes.length > 0 && (
        <aside class="team-lead-notes" data-testid="team-lead-notes">
          <h3>{t("step.teamLeadNotes")}</h3>
          <ul>{notes.map((n, i) => <li key={i}>{n.text}</li>)}</ul>
        </aside>
      )}
    </article>
  );
}
