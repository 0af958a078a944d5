import lexiconData from '../generated/lexicon.json' with { type: 'json' };
import type { CompiledLexicon, WordClass, WordTable } from '../types.js';

/**
 * The built-in word classes of dict/words/*.txt, compiled into the bundled lexicon. A rule
 * names the class it reads (`wordSet('org-chunker-heads')`); the list's header in dict/words
 * says what the class is for and by which key its entries are matched. An unknown name fails
 * at module load, so a renamed file cannot silently empty a rule.
 */
const { words: classes, tables } = lexiconData as unknown as CompiledLexicon;

export function wordClass(name: string): WordClass {
  const found = classes[name];
  if (!found) throw new Error(`gazeta: no word class dict/words/${name}.txt in the compiled lexicon (run npm run dict)`);
  return found;
}

/** The entries of a word class, in file order, as the compile step stored them for its match key. */
export function wordList(name: string): readonly string[] {
  return wordClass(name).entries;
}

export function wordSet(name: string): ReadonlySet<string> {
  return new Set(wordClass(name).entries);
}

/** A two-column class (`word<TAB>value`) as a map; an entry without a value maps to ''. */
export function wordMap(name: string): ReadonlyMap<string, string> {
  const { entries, values } = wordClass(name);
  return new Map(entries.map((e, i) => [e, values?.[i] ?? '']));
}

/** A table of dict/words/*.tsv: its rows as records keyed by the column names of its first row. */
export function wordTable(name: string): readonly Record<string, string>[] {
  const table: WordTable | undefined = tables[name];
  if (!table) throw new Error(`gazeta: no table dict/words/${name}.tsv in the compiled lexicon (run npm run dict)`);
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]!])));
}
