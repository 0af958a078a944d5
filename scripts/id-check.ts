/**
 * npm run id-check: how stable gazeta's entity ids are across documents, over nerel_train in
 * ../shared/eval (read at run time, never copied). An id must name one real thing in every
 * document, whatever else the document holds. Prints:
 *   - names with two ids: one normal name (type + folded name) that gets a different id in
 *     different documents (e.g. a dictionary id in one, a rule-made id in another);
 *   - ids with ~N: a suffix the resolver added because another entity of the same document had
 *     taken the id, so the id depends on the document;
 *   - alias lists holding case forms: an alias whose words are, word by word, case forms of the
 *     entity's name (России for Россия): case forms belong to mentions, aliases are other names.
 * `--limit N` prints at most N examples per list (default 30); the counts are always whole.
 * Examples come only from the development part (even ids): the odd ones are for judging.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnnotator } from '../src/annotator.js';
import { fold } from '../src/morph/key.js';
import { createMorphology } from '../src/morph/az.js';

const root = join(import.meta.dirname, '..');
const evalDir = process.env.GAZETA_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
const { values: flags } = parseArgs({ options: { limit: { type: 'string', default: '30' } } });
const limit = Number(flags.limit);
const file = join(evalDir, 'nerel_train.jsonl');
if (!existsSync(file)) {
  console.log(`id-check: no ${file}; nothing to do.`);
  process.exit(0);
}

const annotator = createAnnotator();
const morphology = createMorphology();
const lemmas = (word: string) => new Set([fold(word), ...morphology.analyse(fold(word)).map((a) => a.lemma)]);

/** Every word of the alias shares a lemma with the name's word at its place (and one differs in writing). */
function isCaseForm(alias: string, name: string): boolean {
  const a = alias.split(/\s+/);
  const n = name.split(/\s+/);
  if (a.length !== n.length || fold(alias) === fold(name)) return false;
  return a.every((w, i) => {
    const own = lemmas(w);
    return [...lemmas(n[i]!)].some((l) => own.has(l));
  });
}

/** The judging part of the train files, as scripts/eval.ts splits them: last digit (before «_text») odd. */
const isJudging = (id: string) => { const d = id.replace(/_text$/, '').match(/(\d)\D*$/); return !!d && Number(d[1]) % 2 === 1; };

const idsByName = new Map<string, Map<string, string[]>>();
/** Rows found, and whether their document is a judging one (counted, never printed). */
const suffixed: [string, boolean][] = [];
const caseAliases: [string, boolean][] = [];
let entities = 0;
const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
for (const doc of docs) {
  for (const e of annotator.annotate(doc.text, { quotes: false }).entities) {
    entities++;
    const key = `${e.type} ${fold(e.name)}`;
    const ids = idsByName.get(key) ?? new Map<string, string[]>();
    idsByName.set(key, ids);
    ids.set(e.id, [...(ids.get(e.id) ?? []), doc.id]);
    const judging = isJudging(doc.id);
    if (/~\d+$/.test(e.id)) suffixed.push([`${e.id}\t${e.name}\t${doc.id}`, judging]);
    const forms = e.aliases.filter((a) => isCaseForm(a, e.name));
    if (forms.length) caseAliases.push([`${e.id}\t${e.name}\t${forms.join(' | ')}\t${doc.id}`, judging]);
  }
}

// A name's example document is a development one where it has one; a name seen only in judging documents is counted, not shown.
const twoIds = [...idsByName].filter(([, ids]) => ids.size > 1)
  .map(([name, ids]): [string, boolean] => {
    const all = [...ids.values()].flat();
    const shown = [...ids].map(([id, d]) => `${id} (${d.length} docs${d.some((x) => !isJudging(x)) ? `, e.g. ${d.find((x) => !isJudging(x))}` : ''})`);
    return [`${name}\t${shown.join('  ')}`, all.every(isJudging)];
  });
const show = (title: string, rows: [string, boolean][]) => {
  const shown = rows.filter(([, judging]) => !judging).map(([r]) => r);
  console.log(`\n${title}: ${rows.length} (${rows.length - shown.length} in judging documents, not shown)`);
  for (const r of shown.slice(0, limit)) console.log(`  ${r}`);
  if (shown.length > limit) console.log(`  … ${shown.length - limit} more`);
};
console.log(`nerel_train: ${docs.length} documents, ${entities} entities`);
show('names with two ids', twoIds);
show('ids with ~N', suffixed);
show('entities whose aliases hold case forms of the name', caseAliases);
