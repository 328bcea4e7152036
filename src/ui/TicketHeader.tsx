import { formatNestedName } from "../engine";
import type { TicketRead } from "../zendesk/readTicket";
import { useT } from "./useT";

/** Brand, status and order state of the ticket as the editor holds them now, on one line: only the order state needs its label shown. */
export function TicketHeader({ ticket }: { ticket: TicketRead }) {
  const t = useT();
  return (
    <dl class="ticket-header">
      <div>
        <dt class="sr-only">{t("header.brand")}</dt>
        <dd data-testid="ticket-brand">{ticket.brand.name}</dd>
      </div>
      <div>
        <dt class="sr-only">{t("header.status")}</dt>
        <dd>
          <span class={`status-badge status-${ticket.status}`} data-testid="ticket-status">
            {t(`status.${ticket.status}`)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t("header.orderState")}</dt>
        <dd data-testid="ticket-order-state">{(ticket.orderState ? formatNestedName(ticket.orderState) : t("header.none"))}</dd>
      </div>
    </dl>
  );
}
