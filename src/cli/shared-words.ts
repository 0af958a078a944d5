import type { Analysis, Morphology } from '../types.js';

/** Words and their analyses, as worker threads pass them to one another. */
export type WordAnalyses = [word: string, analyses: readonly Analysis[]][];

export interface SharingMorphology extends Morphology {
  /** The words this thread analysed itself since the last call (for the other threads). */
  takeNew(): WordAnalyses;
  /** Words another thread analysed: their analyses are used here instead of parsing again. */
  learn(words: WordAnalyses): void;
}

/** As many words learned from other threads as the morphology's own cache holds. */
const LEARNED_LIMIT = 200_000;

/**
 * The first pass over the news is dominated by morphology: each new capitalised word costs an
 * Az parse (about 35 % of a cold pass), and every worker thread meets nearly the same words,
 * so with N workers each parses what one thread parses once. Shared, a word parsed by one
 * thread is learned by the others with their next batch: copying its analyses costs a tenth of
 * parsing them. Az is deterministic, so a learned word's analyses are those the thread would
 * have made; inflecting one still parses it here, as before (`inner` parses on demand).
 */
export function sharingMorphology(inner: Morphology): SharingMorphology {
  const learned = new Map<string, readonly Analysis[]>();
  let fresh: WordAnalyses = [];
  return {
    analyse(word) {
      const known = learned.get(word);
      if (known) return known;
      const before = inner.size;
      const analyses = inner.analyse(word);
      // The cache grew: this word was parsed just now, here.
      if (inner.size > before) fresh.push([word, analyses]);
      return analyses;
    },
    inflect: (word, index, grams) => inner.inflect(word, index, grams),
    get size() {
      return inner.size + learned.size;
    },
    takeNew() {
      const taken = fresh;
      fresh = [];
      return taken;
    },
    learn(words) {
      for (const [word, analyses] of words) {
        if (learned.size >= LEARNED_LIMIT) learned.clear();
        learned.set(word, analyses);
      }
    },
  };
}
