import { AccountNotice } from "./AccountNotice";
import type { SidebarModel } from "./createSidebarModel";
import { FlowPicker } from "./FlowPicker";
import { ProblemList } from "./ProblemList";
import { StepPanel } from "./StepPanel";
import { TicketHeader } from "./TicketHeader";
import { useT } from "./useT";

/** The whole sidebar; renders nothing ticket-specific before the ticket is read. */
export function Sidebar({ model, onInsert }: { model: SidebarModel; onInsert: (text: string) => void }) {
  const t = useT();
  const ticket = model.ticket.value;
  const choice = model.choice.value;
  const flow = model.flow.value;
  const isTeamLead = model.info.value?.agent.role === "admin";
  const flowNotes = (flow?.notes ?? []).filter((n) => !n.stepId);
  return (
    <main class="sidebar">
      <ProblemList problems={model.problems.value} onRetry={() => void model.reload()} />
      {!ticket ? (
        <p class="muted" data-testid="loading">{t("loading")}</p>
      ) : (
        <>
          <TicketHeader ticket={ticket} />
          {flow && !model.picking.value ? (
            <>
              <header class="flow-header">
                <h1 data-testid="flow-title">{flow.title}</h1>
                <p class="muted">
                  {choice?.status === "chosen" && t(`flow.chosenBy.${choice.by}`)}
                  {!model.readOnly.value && (
                    <>
                      {" · "}
                      <button type="button" class="btn btn-link" data-testid="change-flow" onClick={() => (model.picking.value = true)}>
                        {t("flow.change")}
                      </button>
                    </>
                  )}
                </p>
                {isTeamLead && flowNotes.length > 0 && (
                  <details class="team-lead-notes" data-testid="team-lead-notes">
                    <summary>{t("flow.notes")}</summary>
                    <ul>{flowNotes.map((n, i) => <li key={i}>{n.text}</li>)}</ul>
                  </details>
                )}
              </header>
              {model.step.value && <AccountNotice step={model.step.value} macros={model.account.value?.macros} orderStateField={ticket.orderStateField} />}
              <StepPanel model={model} flow={flow} onInsert={onInsert} />
            </>
          ) : (
            <FlowPicker flows={model.brandFlows.value} onPick={model.pickFlow} />
          )}
        </>
      )}
    </main>
  );
}
