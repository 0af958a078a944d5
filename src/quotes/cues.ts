import type { Cue, CueKind } from '../dict/lexicon.js';
import type { WordInfo } from '../morph/index.js';
import type { Token } from '../types.js';

/** The speech cues of dict/cues.tsv, indexed by first word for matching over tokens. */
export interface CueIndex {
  byFirst: Map<string, { words: string[]; cue: Cue }[]>;
}

/** What cue matching reads of a document: its tokens, their word forms and the cue index. */
export interface CueReader {
  cues: CueIndex;
  tokens: readonly Token[];
  words: readonly WordInfo[];
}

export interface CueMatch {
  from: number;
  to: number;
  cue: Cue;
}

export function buildCueIndex(cues: readonly Cue[]): CueIndex {
  const byFirst: CueIndex['byFirst'] = new Map();
  for (const cue of cues) {
    const words = cue.form.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, cue });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** The longest cue of one of `kinds` that starts at token i. */
export function cueAt({ cues, tokens, words }: CueReader, i: number, kinds: readonly CueKind[]): CueMatch | null {
  const word = words[i];
  if (!word || tokens[i]!.kind !== 'word') return null;
  const list = cues.byFirst.get(word.folded);
  if (!list) return null;
  for (const { words: form, cue } of list) {
    if (!kinds.includes(cue.kind)) continue;
    let k = 0;
    let t = i;
    while (k < form.length && t < tokens.length && tokens[t]!.kind === 'word' && words[t]!.folded === form[k]) {
      k++;
      t++;
    }
    if (k === form.length) return { from: i, to: t, cue };
  }
  return null;
}
