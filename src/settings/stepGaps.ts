import type { Step } from "../flows/schema";
import type { ApiMacro, ApiTicketField } from "../zendesk/schemas";
import { checkSteps, type Finding } from "./checkAccount";

/**
 * What the account lacks for the step an agent looks at, as the doctor would find it: its macro
 * (once the macros are loaded), its order state, or the order-state field itself. The sidebar says
 * so and tells the agent to ask a team lead; everything else of the step keeps working.
 */
export function stepGaps(step: Step, macros: readonly ApiMacro[] | undefined, orderStateField: ApiTicketField | undefined): Finding[] {
  const gaps = checkSteps(step.id, [step], macros, orderStateField);
  if (step.orderState && !orderStateField) gaps.push({ problem: "orderStateFieldMissing", key: step.id, detail: step.orderState });
  return gaps;
}
