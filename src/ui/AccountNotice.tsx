import type { Step } from "../flows/schema";
import { stepGaps } from "../settings/stepGaps";
import type { ApiMacro, ApiTicketField } from "../zendesk/schemas";
import { useT } from "./useT";

/** A discreet notice when the account lacks what this step names (as the doctor would find it), with whom to ask. */
export function AccountNotice({ step, macros, orderStateField }: { step: Step; macros: readonly ApiMacro[] | undefined; orderStateField: ApiTicketField | undefined }) {
  const t = useT();
  const gaps = stepGaps(step, macros, orderStateField);
  if (gaps.length === 0) return null;
  return (
    <div class="notice notice-warning" role="status" data-testid="account-notice">
      {gaps.map((gap, i) => (
        <p key={i}>{t(`error.settings.ask.${gap.problem}`, { detail: gap.detail })}</p>
      ))}
      <p>{t("error.settings.ask.teamLead")}</p>
    </div>
  );
}
