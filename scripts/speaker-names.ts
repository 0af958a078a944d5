/**
 * npm run speaker-names: gazeta's naming of unnamed speakers measured alone. For every gold quote
 * whose speaker span is a common-noun phrase (lower case, no pronoun, and the gold name is that phrase
 * in the nominative, not a person it was resolved to), the document is annotated, and the speaker
 * namer (quotes/index.ts phraseName) is run on the gold span's tokens; its name is compared with
 * `speaker_name` (case and ё/е ignored). Development parts print their mismatches; the judging part
 * (odd ids of quotes_train) prints its accuracy only, so that no rule is written from it.
 * Usage: npm run speaker-names [-- --gold FILE …]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fold } from '../src/morph/key.js';
import { PREPOSITIONS } from '../src/clauses/words.js';
import { phraseName, quoteContext } from '../src/quotes/index.js';
import type { Speaker } from '../src/quotes/speaker/types.js';
import { describingClause } from '../src/clauses/phrase-extent.js';
import { createResolver, resolveEntities } from '../src/resolve/index.js';
import { recognise } from '../src/ner/recognise.js';
import { analyseTokens } from '../src/morph/index.js';
import { segmentDocument } from '../src/segment/index.js';
import { maskLinkMarkup } from '../src/segment/link-markup.js';
import { prepareLexicon } from '../src/lexicon.js';
import { createMorphology } from '../src/morph/az.js';
import lexiconData from '../src/generated/lexicon.json' with { type: 'json' };
import type { CompiledLexicon } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const evalDir = process.env.GAZETA_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
const { values: flags } = parseArgs({ options: { gold: { type: 'string', multiple: true }, all: { type: 'boolean', default: false } } });

interface Gold { id: string; text: string; quotes: { speaker: { start: number; end: number; text: string } | null; speaker_name: string | null }[] }
const read = (file: string): Gold[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
const isJudging = (id: string) => { const d = id.replace(/_text$/, '').match(/(\d)\D*$/); return !!d && Number(d[1]) % 2 === 1; };

const lexicon = prepareLexicon(lexiconData as unknown as CompiledLexicon, [], createMorphology());

const PRONOUNS = /^(?:он|она|оно|они|его|её|ее|их|ему|ей|им|него|неё|нее|них|нему|ней|ним|нём|нем|который|которая|которые|которого|которой|которых|это|этот)$/;
const same = (a: string, b: string) => fold(a).replace(/[\s«»"„“]+/g, ' ').trim() === fold(b).replace(/[\s«»"„“]+/g, ' ').trim();

/** A common-noun phrase the gold names by itself: its first word's first three letters open the gold name too. */
function commonPhrase(span: string, name: string): boolean {
  const first = fold(span.split(/\s+/)[0]!);
  if (!/^[а-яё0-9]/.test(span) || PRONOUNS.test(first)) return false;
  const stem = (w: string) => w.replace(/^[^а-яёa-z0-9]+/, '').slice(0, 3);
  return stem(first) === stem(fold(name.split(/\s+/)[0]!));
}

function score(label: string, docs: Gold[], listMismatches: boolean) {
  let right = 0;
  let total = 0;
  let extentRight = 0;
  let extentTotal = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const wanted = doc.quotes.filter((q) => q.speaker && q.speaker_name && commonPhrase(q.speaker.text, q.speaker_name));
    if (wanted.length === 0 || maskLinkMarkup(doc.text)) continue;
    const segmented = segmentDocument(doc.text);
    const analysed = { ...segmented, words: analyseTokens(segmented.tokens, lexicon.morphology) };
    const resolved = { ...analysed, ...resolveEntities(analysed, recognise(analysed, lexicon.ner), lexicon.resolve) };
    const ctx = quoteContext(createResolver(resolved, lexicon.resolve), lexicon.quotes);
    for (const q of wanted) {
      const s = q.speaker!;
      const inside = ctx.tokens.map((t, k) => (t.start >= s.start && t.end <= s.end ? k : -1)).filter((k) => k >= 0);
      if (inside.length === 0) continue;
      const from = inside[0]!;
      const to = inside.at(-1)! + 1;
      // Governed where a preposition or a noun (по словам, мнению) stands right before the phrase.
      const before = from > 0 && ctx.tokens[from - 1]!.kind === 'word' ? ctx.words[from - 1]! : null;
      const governed = !!before && (PREPOSITIONS.has(before.folded) || (before.shape !== 'upper' && ctx.analyseWord(before)[0]?.pos === 'NOUN'));
      // A describing clause after a comma (источник, близкий к ФСБ) is read as the pipeline reads it.
      const comma = inside.find((k) => ctx.tokens[k]!.text === ',');
      const clause = comma === undefined ? null : describingClause(ctx, from, comma, to);
      const speaker: Speaker = clause ? { from, to: comma!, kind: 'source', entity: null, governed, clause: { from: comma! + 1, ...clause, to } } : { from, to, kind: 'source', entity: null, governed };
      const name = phraseName(ctx, speaker);
      // The gold name as long as the span (less an opening preposition): naming alone, no completion from elsewhere.
      const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length - (PREPOSITIONS.has(fold(t.split(/\s+/)[0]!)) ? 1 : 0);
      const sameExtent = words(s.text) === words(q.speaker_name!);
      total++;
      if (sameExtent) extentTotal++;
      if (same(name, q.speaker_name!)) {
        right++;
        if (sameExtent) extentRight++;
      } else misses.push(`${doc.id}\t${sameExtent ? 'MORPH' : 'EXTENT'}\t${governed ? 'gov' : 'nom'}\t${s.text}\tgold: ${q.speaker_name}\tpred: ${name}`);
    }
  }
  const ratio = (a: number, b: number) => `${a}/${b} = ${(b ? a / b : 0).toFixed(3)}`;
  console.log(`${label}: all ${ratio(right, total)}; gold as long as the span ${ratio(extentRight, extentTotal)}`);
  if (listMismatches) for (const m of misses) console.log(`  ${m}`);
}

const train = read(join(evalDir, 'quotes_train.jsonl'));
score('quotes_dev', read(join(evalDir, 'quotes_dev.jsonl')), true);
score('quotes_train even', train.filter((d) => !isJudging(d.id)), true);
for (const file of flags.gold ?? ['/work/notes/selfgold/gold4.jsonl', '/work/notes/selfgold/gold5.jsonl']) score(file.split('/').at(-1)!, read(file).filter((d) => d.id.startsWith('dev/') || !isJudging(d.id)), true);
score('quotes_train odd (judging; no mismatches shown)', train.filter((d) => isJudging(d.id)), false);
