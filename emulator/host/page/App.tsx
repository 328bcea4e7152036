import { AppLocationButtons, AppLocationPanes } from "./AppLocations";
import { AppSidebar } from "./AppSidebar";
import { ControlPanel } from "./ControlPanel";
import { Conversation } from "./Conversation";
import { EditorPanel } from "./EditorPanel";
import { ModalLayer } from "./ModalLayer";
import type { PageActions } from "./pageActions";
import type { PageModel } from "./pageModel";
import { Properties } from "./Properties";
import { TicketList } from "./TicketList";
import { STATUS_LABELS } from "./labels";

/** The host page: a Zendesk-like ticket view with the hosted app where its manifest places it, and the emulator's controls. */
export function App({ model, actions }: { model: PageModel; actions: PageActions }) {
  void model.version.value;
  const active = model.active.value;
  const ticket = active !== null ? model.host.tabs.get(active)?.editor.saved : undefined;
  const me = model.state.value?.agents.find((a) => a.id === model.state.value?.currentUserId);
  return (
    <div class="shell">
      <header class="topbar">
        <strong>Zendesk local</strong>
        <AppLocationButtons model={model} />
        <nav class="tabs" aria-label="Pestañas">
          {model.openTabs.value.map((id) => {
            const t = model.host.tabs.get(id)?.editor.saved;
            return (
              <button key={id} type="button" data-testid={`ticket-tab-${id}`} class={id === active ? "selected" : ""} onClick={() => void actions.openTicket(id)}>
                #{id} {t?.subject.slice(0, 24)}
              </button>
            );
          })}
        </nav>
        <span class="muted" data-testid="current-agent">
          {me ? `${me.name} · ${me.locale}` : ""}
        </span>
      </header>
      {/* Controls live under the ticket list, where they stay put while the app iframe resizes. */}
      <div class="left">
        <TicketList model={model} actions={actions} />
        <ControlPanel model={model} actions={actions} />
      </div>
      {active !== null && ticket ? (
        <>
          <Properties model={model} ticketId={active} />
          <main class="ticket" aria-label={`Ticket ${active}`}>
            <h1 data-testid="ticket-subject">
              {ticket.subject} <span class={`status-pill status-${ticket.status}`}>{STATUS_LABELS[ticket.status]}</span>
            </h1>
            <Conversation model={model} ticketId={active} />
            <EditorPanel model={model} actions={actions} ticketId={active} />
          </main>
        </>
      ) : (
        <main class="ticket empty">Elige un ticket</main>
      )}
      <div class="right">
        <AppSidebar model={model} />
        {model.notices.value.map((n) => (
          <p key={n.id} class={`notice notice-${n.type}`} role="status">
            {n.message}
          </p>
        ))}
      </div>
      <AppLocationPanes model={model} />
      <ModalLayer model={model} />
    </div>
  );
}
