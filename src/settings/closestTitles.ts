import { normalizeName } from "../engine/normalizeName";

/** How many near titles a finding lists: enough to spot a rename, short enough to read. */
export const MAX_CLOSEST = 3;

const wordsOf = (name: string) => new Set(normalizeName(name).split(/::| /).filter(Boolean));

/**
 * The titles sharing the most words with `name` (shared over all words of both), best first:
 * a renamed or re-categorised macro keeps most of its words. Linear in the number of titles.
 */
export function closestTitles(name: string, titles: readonly string[]): string[] {
  const target = wordsOf(name);
  return titles
    .map((title) => {
      const words = wordsOf(title);
      const shared = [...words].filter((w) => target.has(w)).length;
      return { title, score: shared / (words.size + target.size - shared || 1) };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CLOSEST)
    .map((c) => c.title);
}
