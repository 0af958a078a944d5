import type { Cue, CueKind } from '../types.js';
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
  /** Token → mention index or -1: lets a cite cue read past a name inside it. */
  mentionAt: Int32Array;
}

/** After a name (a mention, in quotes or not) starting at t: the next token; else t. */
function skipName({ tokens, mentionAt }: CueReader, t: number): number {
  let k = t;
  while (k < tokens.length && tokens[k]!.kind === 'quote') k++;
  const m = mentionAt[k] ?? -1;
  if (m === -1) return t;
  while (k < tokens.length && mentionAt[k] === m) k++;
  while (k < tokens.length && tokens[k]!.kind === 'quote' && k - t < 8) k++;
  return k;
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

/** The cue form's last word is one of `words` (говорится в: the source follows a preposition). */
export function endsWithWordOf(cue: Cue, words: ReadonlySet<string>): boolean {
  const space = cue.form.lastIndexOf(' ');
  return space >= 0 && words.has(cue.form.slice(space + 1));
}

/** The longest cue of one of `kinds` that starts at token i. */
export function cueAt(reader: CueReader, i: number, kinds: readonly CueKind[]): CueMatch | null {
  const { cues, tokens, words, mentionAt } = reader;
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
      // «приводит РИА Новости слова X», «привёл «Коммерсантъ» слова X»: the medium may stand between the verb and its object.
      if (k === 1 && form.length > 1 && cue.kind === 'cite' && words[t]?.folded !== form[1]) t = skipName(reader, t);
    }
    if (k === form.length) return { from: i, to: t, cue };
  }
  return null;
}
