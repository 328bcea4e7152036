import type { Flow, MatchRule } from "../flows/schema";
import { foldText } from "./normalizeName";
import { flowTag } from "./progressTags";
import type { TicketSnapshot } from "./snapshot";

/** What selectFlow() needs of a flow: the catalog's index entries qualify, so a body is loaded only once chosen. */
export type Selectable = { id: string; match: MatchRule };

export type FlowChoice<F extends Selectable = Flow> =
  | { status: "chosen"; flow: F; by: "tag" | "rules"; score: number }
  | { status: "none"; candidates: F[] };

/** How much each kind of evidence counts; a tag or form is deliberate, a word in the subject is a hint. */
const WEIGHTS = { tag: 4, form: 4, word: 2, channel: 1 } as const;

/** Evidence for a flow must reach this to be chosen without asking the agent; a channel alone never does. */
export const MIN_RULE_SCORE = 2;

/** Folded words separated by single spaces; rule words and ticket text are read alike ("E-Care" = "e care"). */
const wordsOf = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function scoreFlow(flow: Selectable, ticket: TicketSnapshot): number {
  const { channels = [], tags = [], formIds = [], subjectWords = [] } = flow.match;
  const firstMessage = ticket.messages.find((m) => m.author === "requester")?.body ?? "";
  const text = ` ${wordsOf(`${ticket.subject} ${firstMessage}`)} `;
  const words = subjectWords.filter((w) => text.includes(` ${wordsOf(w)} `)).length;
  return (
    WEIGHTS.tag * tags.filter((t) => ticket.tags.includes(t)).length +
    WEIGHTS.form * (ticket.formId !== undefined && formIds.includes(ticket.formId) ? 1 : 0) +
    WEIGHTS.word * words +
    WEIGHTS.channel * (channels.includes(ticket.channel) ? 1 : 0)
  );
}

/**
 * Picks the flow for a ticket among the brand's flows: the flow tag Ruta wrote wins; otherwise the
 * best score of the flows' match rules, if it is clear (above MIN_RULE_SCORE and not tied).
 * It does not fall back to a default: with no clear winner the agent chooses.
 */
export function selectFlow<F extends Selectable>(flows: F[], ticket: TicketSnapshot): FlowChoice<F> {
  const tagged = flows.find((f) => ticket.tags.includes(flowTag(f.id)));
  if (tagged) return { status: "chosen", flow: tagged, by: "tag", score: Infinity };
  const scored = flows.map((flow) => ({ flow, score: scoreFlow(flow, ticket) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score >= MIN_RULE_SCORE && best.score > (second?.score ?? 0)) {
    return { status: "chosen", flow: best.flow, by: "rules", score: best.score };
  }
  return { status: "none", candidates: scored.filter((s) => s.score > 0).map((s) => s.flow) };
}
