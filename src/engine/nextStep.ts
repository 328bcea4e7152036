import type { Step } from "../flows/schema";

/** What moves the flow on from a step: the agent's answer, an alternative, the normal continuation, a reply or a timer. */
export type Choice =
  | { kind: "option"; id: string }
  | { kind: "alternative"; id: string }
  | { kind: "reply"; id: string }
  | { kind: "next" }
  | { kind: "timer" };

/** The step a choice leads to, or undefined when the step offers no such choice. */
export function nextStep(step: Step, choice: Choice): string | undefined {
  switch (step.kind) {
    case "question":
      return choice.kind === "option" ? step.options.find((o) => o.id === choice.id)?.next : undefined;
    case "action":
      if (choice.kind === "next") return step.next;
      if (choice.kind === "alternative") return step.alternatives?.find((a) => a.id === choice.id)?.next;
      if (choice.kind === "reply") return step.replies?.find((r) => r.id === choice.id)?.next;
      return choice.kind === "timer" ? step.timer?.next : undefined;
    case "end":
      return choice.kind === "timer" ? step.timer?.next : undefined;
  }
}
