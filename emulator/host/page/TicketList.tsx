import type { PageActions } from "./pageActions";
import type { PageModel } from "./pageModel";
import { STATUS_LABELS } from "./labels";

/** The "views" column: every ticket in the account; clicking one opens it in a tab. */
export function TicketList({ model, actions }: { model: PageModel; actions: PageActions }) {
  return (
    <nav class="ticket-list" aria-label="Tickets">
      <h2>Tickets</h2>
      <ul>
        {model.tickets.value.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              data-testid={`ticket-link-${t.id}`}
              class={model.active.value === t.id ? "selected" : ""}
              onClick={() => void actions.openTicket(t.id)}
            >
              <span class={`status-badge status-${t.status}`} title={STATUS_LABELS[t.status]}>
                {(STATUS_LABELS[t.status] ?? t.status).charAt(0)}
              </span>
              <span class="ticket-list-text">
                <span class="ticket-list-subject">{t.subject}</span>
                <span class="ticket-list-meta">
                  #{t.id} · {model.users.value[t.requester_id]?.name ?? ""}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
