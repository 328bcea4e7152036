import { findStep, nextStep, type Choice } from "../../src/engine";
import type { Flow, Step } from "../../src/flows/schema";

/** Caps hops so a walk stuck in a loop fails instead of hanging. */
const MAX_HOPS = 200;

export type WalkOptions = {
  /** Questions match choices against option labels instead of ids. */
  byLabel?: boolean;
  /** Stop where the choices run out instead of following `next` to an end. */
  stopWhenDone?: boolean;
};

/** The engine's choice a word names at `step`: an option, an alternative, a reply, "next" or "timer". */
function choiceAt(step: Step, word: string | undefined, byLabel: boolean): Choice | undefined {
  if (word === undefined) return undefined;
  if (step.kind === "question") {
    const option = step.options.find((o) => (byLabel ? o.label : o.id) === word);
    return option && { kind: "option", id: option.id };
  }
  if (step.kind !== "action") return undefined;
  if (word === "next") return { kind: "next" };
  if (word === "timer" && step.timer?.next) return { kind: "timer" };
  if (step.alternatives?.some((a) => a.id === word)) return { kind: "alternative", id: word };
  if (step.replies?.some((r) => r.id === word)) return { kind: "reply", id: word };
  return undefined;
}

/**
 * Walks a flow from its start the way an agent does, through the engine's nextStep(): each question
 * takes the next choice; an action takes it when it names one of its exits, else follows `next`.
 * Returns the visited step ids; throws on an unknown choice, left-over choices or a loop.
 */
export function walkFlow(flow: Flow, choices: readonly string[], options: WalkOptions = {}): string[] {
  const queue = [...choices];
  const path: string[] = [];
  let step = findStep(flow, flow.start);
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    path.push(step.id);
    if (options.stopWhenDone && queue.length === 0) return path;
    if (step.kind === "end") {
      if (queue.length > 0) throw new Error(`Reached end "${step.id}" with choices left: ${queue.join(", ")}`);
      return path;
    }
    const choice = choiceAt(step, queue[0], options.byLabel ?? false);
    if (choice) queue.shift();
    else if (step.kind === "question") {
      const names = step.options.map((o) => (options.byLabel ? o.label : o.id)).join(" | ");
      throw new Error(`At question "${step.id}" expected one of ${names}, got "${queue[0]}"`);
    }
    const next = nextStep(step, choice ?? { kind: "next" });
    if (!next) throw new Error(`"${step.id}" has no way on for "${queue[0]}"`);
    step = findStep(flow, next);
  }
  throw new Error(`Walk exceeded ${MAX_HOPS} hops: ${path.slice(-10).join(" → ")}`);
}
