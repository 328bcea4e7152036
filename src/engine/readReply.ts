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

/** Words after a match, in its sentence and within CONDITION_REACH words, that make it conditional: "acepto pero primero…", "acepto si me bajan el precio". */
const CONDITIONS = new Set(["pero", "aunque", "siempre", "cuando", "antes", "primero", "mientras", "condicion", "excepto", "salvo", "si"]);
const CONDITION_REACH = 12;
const SENTENCE_END = /[.!?\n]/;

/** A word of the message: where it starts and ends (a run of letters and digits). */
type Word = { start: number; end: number };

const WORD_CHAR = /^[\p{L}\p{N}]/u;
/** Whether the character at `i` is part of a word: ASCII by its code, the rest by Unicode's letters and numbers. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // The low half of a surrogate pair is whatever the pair is.
  const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHAR.test(text.slice(at, at + 2));
}

/**
 * The message's words from `end` back to its start, and from `start` on: read lazily, so a reading
 * costs only as far as it looks (the last match is usually near the end). Over-long runs are skipped.
 */
function* wordsBackward(text: string, end: number): Generator<Word> {
  for (let e = end; e > 0; ) {
    while (e > 0 && !isWordChar(text, e - 1)) e--;
    let s = e;
    while (s > 0 && isWordChar(text, s - 1)) s--;
    if (s < e && e - s <= MAX_WORD_LENGTH) yield { start: s, end: e };
    e = s;
  }
}
function* wordsForward(text: string, start: number): Generator<Word> {
  for (let s = start; s < text.length; ) {
    while (s < text.length && !isWordChar(text, s)) s++;
    let e = s;
    while (e < text.length && isWordChar(text, e)) e++;
    if (s < e && e - s <= MAX_WORD_LENGTH) yield { start: s, end: e };
    s = e;
  }
}

/** The longest keyword: words much longer are never folded, they cannot be one (decomposed accents count double). */
const MAX_KEYWORD_LENGTH = Math.max(...[...NEGATIONS, ...CONDITIONS].map((w) => w.length));
const ASCII = /^[\x00-\x7f]*$/;
/** A word as the keywords are spelt: plain ASCII only needs lower case, the common case by far. */
function folded(text: string, { start, end }: Word): string {
  if (end - start > MAX_KEYWORD_LENGTH * 2) return "";
  const word = text.slice(start, end);
  return ASCII.test(word) ? word.toLowerCase() : foldText(word);
}

/** The last word that `matches`, looking from the end. */
function lastMatch(text: string, matches: (w: Word) => boolean): Word | undefined {
  for (const w of wordsBackward(text, text.length)) if (matches(w)) return w;
  return undefined;
}

/** Whether a negation stands within NEGATION_REACH words before `word`. */
function negatedBefore(text: string, word: Word): boolean {
  let count = 0;
  for (const w of wordsBackward(text, word.start)) {
    if (count++ >= NEGATION_REACH) return false;
    if (NEGATIONS.has(folded(text, w))) return true;
  }
  return false;
}

/** Whether a condition follows `word` in its sentence; "si" is one only when more follows ("acepto, si" affirms). */
function conditionAfter(text: string, word: Word): boolean {
  let end = word.end, count = 0, si = false;
  for (const w of wordsForward(text, word.end)) {
    if (SENTENCE_END.test(text.slice(end, w.start)) || count++ >= CONDITION_REACH) return false;
    if (si) return true;
    const f = folded(text, w);
    // "sí" with its accent is an affirmation ("acepto, sí claro"); without it, it may be the conditional "si".
    if (f === "si") si = text.slice(w.start, w.end).toLowerCase() !== "sí";
    else if (CONDITIONS.has(f)) return true;
    end = w.end;
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
 * A match is declined when a negation stands just before it or a condition follows it in its sentence; a message
 * that asks something after the match (or matches nothing and asks) is a question: it proposes nothing.
 */
export function readReply(replies: readonly Reply[], text: string): ReplyReading | undefined {
  const lastQuestionMark = Math.max(text.lastIndexOf("?"), text.lastIndexOf("¿"));
  const question: ReplyReading = { kind: "question", excerpt: excerptOf(text, lastQuestionMark, lastQuestionMark + 1) };
  const first = wordsForward(text, 0).next().value;
  for (const reply of replies) {
    const re = patternOf(reply.pattern);
    const matches = (w: Word) => re.test(text.slice(w.start, w.end));
    // A message that opens with a match answers with it ("ACEPTO…", any answer); else the last match counts.
    const word = first && matches(first) ? first : lastMatch(text, matches);
    if (!word) continue;
    const words = [text.slice(word.start, word.end)];
    const excerpt = excerptOf(text, word.start, word.end);
    if (negatedBefore(text, word)) return { kind: "declined", replyId: reply.id, words, excerpt, why: "negated" };
    if (lastQuestionMark > word.start) return question;
    if (conditionAfter(text, word)) return { kind: "declined", replyId: reply.id, words, excerpt, why: "conditional" };
    return { kind: "proposed", replyId: reply.id, words, excerpt };
  }
  return lastQuestionMark >= 0 ? question : undefined;
}
