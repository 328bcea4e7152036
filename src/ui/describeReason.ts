import type { Flow } from "../flows/schema";
import { stepTitle, type Reason } from "../engine";
import type { Translate } from "../i18n/translate";

/** The one-line "why" of where the ticket stands, in the agent's language. */
export function describeReason(reason: Reason, flow: Flow, t: Translate): string {
  const title = (id: string) => stepTitle(flow, id);
  switch (reason.kind) {
    case "start":
      return t("why.start");
    case "applied":
      return reason.via === "macro" ? t("why.appliedMacro", { macro: reason.macro, step: title(reason.stepId) }) : t("why.appliedTag", { step: title(reason.stepId) });
    case "timer":
      return reason.late
        ? t("why.timerLate", { step: title(reason.stepId), minutes: reason.minutes, late: reason.late })
        : t("why.timer", { step: title(reason.stepId), minutes: reason.minutes });
    case "inProgress":
      return t("why.inProgress", { step: title(reason.stepId) });
  }
}
