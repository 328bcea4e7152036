import { formatNestedName } from "../engine";
import type { Step } from "../flows/schema";
import { useT } from "./useT";

/** The step's macro path, status and order state: what the seed prescribes here. */
export function Suggestion({ step, why }: { step: Step; why: string }) {
  const t = useT();
  if (!step.macro && !step.status && !step.orderState) return <p class="why" data-testid="why">{why}</p>;
  return (
    <section class="suggestion" aria-label={t("step.suggestion")}>
      <dl>
        {step.macro && (
          <div>
            <dt>{t("step.macro")}</dt>
            <dd class="macro-path" data-testid="suggested-macro">{formatNestedName(step.macro)}</dd>
          </div>
        )}
        {step.status && (
          <div>
            <dt>{t("step.status")}</dt>
            <dd data-testid="suggested-status">{t(`status.${step.status}`)}</dd>
          </div>
        )}
        {step.orderState && (
          <div>
            <dt>{t("step.orderState")}</dt>
            <dd data-testid="suggested-order-state">{formatNestedName(step.orderState)}</dd>
          </div>
        )}
      </dl>
      <p class="why" data-testid="why">{why}</p>
    </section>
  );
}
