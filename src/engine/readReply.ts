import type { Reply } from "../flows/schema";
import { foldText } from "./normalizeName";

/**
 * What a customer message says to a step's replies. `proposed`: a reply matched and nothing takes it
 * back, for the agent to confirm; `declined`: a reply's word is there but negated, made conditional
 * or asked about ("No lo acepto", "Acepto pero primero…", "¿Acepto?"); `question`: the customer asks.
 */
export type ReplyReading =
  | { kind: "proposed"; replyId: string; words: string[]; excerpt: string }
  | { kind: "declined"; replyId: string; words: string[]; excerpt: string; why: "negated" | "conditional" }
  | { kind: "question"; excerpt: string };

/** Longer runs of letters cannot be a word a reply looks for; skipping them keeps each test bounded. */
export const MAX_WORD_LENGTH = 64;

/** Characters shown either side of the matched words. */
const EXCERPT_CONTEXT = 40;

/** Words that take back the word after them (within NEGATION_REACH words): "no lo acepto", "nunca acepté". */
const NEGATIONS = new Set(["no", "nunca", "jamas", "tampoco", "ni"]);
const NEGATION_REACH = 3;

/** Words after a match that make it conditional: "acepto pero primero…", "acepto si me bajan el precio". */
const CONDITIONS = new Set(["pero", "aunque", "siempre", "cuando", "antes", "primero", "mientras", "condicion", "excepto", "salvo", "si"]);

type Word = { text: string; start: number; end: number };

/** Runs of letters and digits; one native scan of the text. */
const WORD = /[\p{L}\p{N}]+/gu;
/** The longest negation or condition word: words much longer are never folded, they cannot be one (decomposed accents count double). */
const MAX_KEYWORD_LENGTH = Math.max(...[...NEGATIONS, ...CONDITIONS].map((w) => w.length));
const ASCII = /^[\x00-\x7f]*$/;
/** A word as the keywords are spelt: plain ASCII only needs lower case, the common case by far. */
const folded = ({ text }: Word) => (text.length > MAX_KEYWORD_LENGTH * 2 ? "" : ASCII.test(text) ? text.toLowerCase() : foldText(text));

/** Splits `text` into words in one pass; over-long runs are dropped. Words are folded only when a reading needs them. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    if (match[0].length <= MAX_WORD_LENGTH) words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Whether a condition word follows `index` ("si" at the very end is an affirmation, "acepto, si": a condition only when more follows). */
function conditionAfter(words: Word[], index: number): boolean {
  for (let i = index + 1; i < words.length; i++) {
    const w = folded(words[i]!);
    if (CONDITIONS.has(w) && !(w === "si" && i === words.length - 1)) return true;
  }
  return false;
}

/** The text around `from`…`to`, on one line, bounded either side. */
function excerptOf(text: string, from: number, to: number): string {
  const start = Math.max(0, from - EXCERPT_CONTEXT);
  const end = Math.min(text.length, to + EXCERPT_CONTEXT);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ").trim()}${end < text.length ? "…" : ""}`;
}

const compiled = new Map<string, RegExp>();
/** One compiled pattern per source: the reading runs at every re-read of the ticket. */
function patternOf(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source, "iu")));
  return re;
}

/**
 * Reads one customer message against a step's replies. Each reply's pattern is tested against each
 * word of the message, never against the whole text, so a token inside a sentence ("El código es
 * A7K29Q") is found and the cost is linear in the length of the message, whatever the pattern.
 * A match opening the message counts, else the last one (a code comes after "me llegó del 7371").
 * A match is declined when a negation stands just before it or a condition follows it; a message
 * that asks something after the match (or matches nothing and asks) is a question: it proposes nothing.
 */
export function readReply(replies: readonly Reply[], text: string): ReplyReading | undefined {
  const words = wordsOf(text);
  const lastQuestionMark = Math.max(text.lastIndexOf("?"), text.lastIndexOf("¿"));
  const question: ReplyReading = { kind: "question", excerpt: excerptOf(text, lastQuestionMark, lastQuestionMark + 1) };
  for (const reply of replies) {
    const re = patternOf(reply.pattern);
    // A message that opens with a match answers with it ("ACEPTO…", any answer); else the last match counts.
    const index = words.length > 0 && re.test(words[0]!.text) ? 0 : words.findLastIndex((w) => re.test(w.text));
    if (index < 0) continue;
    const word = words[index]!;
    const excerpt = excerptOf(text, word.start, word.end);
    const negated = words.slice(Math.max(0, index - NEGATION_REACH), index).some((w) => NEGATIONS.has(folded(w)));
    if (negated) return { kind: "declined", replyId: reply.id, words: [word.text], excerpt, why: "negated" };
    if (lastQuestionMark > word.start) return question;
    if (conditionAfter(words, index)) return { kind: "declined", replyId: reply.id, words: [word.text], excerpt, why: "conditional" };
    return { kind: "proposed", replyId: reply.id, words: [word.text], excerpt };
  }
  return lastQuestionMark >= 0 ? question : undefined;
}
