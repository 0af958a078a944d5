/**
 * Build step: compiles the editable sources in dict/ into src/generated/lexicon.json,
 * which the library bundles. Fails with file and line on a malformed source line, and on
 * an id used twice.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseForms as caseFormsOf } from './case-forms.js';
import { parseGazetteerTsv, parseList } from '../src/dict/parse.js';
import type { CompiledLexicon, Cue, WordClass, WordTable } from '../src/types.js';
import { createMorphology } from '../src/morph/az.js';
import { fold, stemKey } from '../src/morph/key.js';
import { buildGazetteer, compileGazetteer, lemmaKeyOf } from '../src/ner/gazetteer.js';
import type { DictEntry } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const dictDir = join(root, 'dict');
const read = (name: string) => readFileSync(join(dictDir, name), 'utf8');
const has = (name: string) => readdirSync(dictDir).includes(name);

// Earlier files win when two entries share an alias: state bodies before media, people last.
const ORDER = ['org-state', 'org-international', 'org-media', 'org-companies', 'loc-countries', 'loc-russia', 'loc-world', 'loc-geo', 'per-people'];
const gazetteers = readdirSync(dictDir)
  .filter((f) => /^(per|org|loc)-.*\.tsv$/.test(f))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

function rank(file: string): number {
  const i = ORDER.indexOf(file.replace(/\.tsv$/, ''));
  return i < 0 ? ORDER.length : i;
}

// factRuEval marks «МИД России» as ORG «МИД» and LOC «России»: a one-word name followed by a
// country is not matched as one when the word alone is one of the entry's names (the country is then found
// as a place of its own, and the body is told from its namesakes abroad by that place).
// Full official names keep their country. The entry keeps its full name for display (Конгресс США).
const COUNTRY_TAIL = /^(\S+) (России|РФ|Российской Федерации|США|Украины|Белоруссии|Японии|Китая|КНР|Франции|Германии|Великобритании|Израиля|Ирана|Турции|Казахстана)$/;

/** The names an entry is matched by: without those that are another of its names plus a country. */
function matchedNames(entry: DictEntry): DictEntry {
  const names = new Set([entry.name, ...entry.aliases]);
  const tailless = (name: string) => {
    const m = COUNTRY_TAIL.exec(name);
    return !(m && names.has(m[1]!));
  };
  const kept = [entry.name, ...entry.aliases].filter(tailless);
  if (kept.length === names.size) return entry;
  return { ...entry, name: kept[0]!, aliases: kept.slice(1) };
}

// «Коста Рика», «Эль Сальвадор», «Лос Анджелес»: a place whose name joins two capitalised parts with a
// hyphen is also written with a space; it is matched so too (and then not read as a person's two names).
const HYPHENED_PLACE = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;

function spacedNames(entry: DictEntry): DictEntry {
  const names = [entry.name, ...entry.aliases];
  const spaced = names.map((n) => HYPHENED_PLACE.exec(n)).filter((m) => !!m).map((m) => `${m![1]} ${m![2]}`).filter((n) => !names.includes(n));
  return spaced.length ? { ...entry, aliases: [...entry.aliases, ...spaced] } : entry;
}

const entries: DictEntry[] = [];
const seen = new Map<string, string>();
for (const file of gazetteers) {
  for (const entry of parseGazetteerTsv(read(file), `dict/${file}`)) {
    const before = seen.get(entry.id);
    if (before) throw new Error(`dict/${file}: id ${entry.id} already used in ${before}`);
    seen.set(entry.id, `dict/${file}`);
    entries.push(entry);
  }
}

// GAZETA_DICT_HOLDOUT=PER,ORG (measuring only, never for a release): leaves out of the build the entries
// of those types whose id hashes odd, half of each, so the development texts can show how gazeta
// does on names its dictionaries do not hold, as in news nobody wrote entries for.
const holdout = new Set((process.env.GAZETA_DICT_HOLDOUT ?? '').split(',').map((t) => t.trim().toUpperCase()).filter(Boolean));
if (holdout.size) {
  const hashOdd = (id: string) => [...id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261) % 2 === 1;
  const before = entries.length;
  entries.splice(0, entries.length, ...entries.filter((e) => !(holdout.has(e.type) && hashOdd(e.id))));
  console.warn(`compile-dict: HOLDOUT build (${[...holdout].join(',')}): ${before - entries.length} entries left out; rebuild without GAZETA_DICT_HOLDOUT before release`);
}

// The news outlets (org-media.tsv): what «издание» may stand for when the text gives no kind word.
const outletIds = gazetteers.includes('org-media.tsv') ? parseGazetteerTsv(read('org-media.tsv'), 'dict/org-media.tsv').map((e) => e.id) : [];

// The businesses of org-companies.tsv (its sections of companies and banks, not of clubs, universities,
// think tanks or culture): what «компания» may stand for when the text gives no kind word (Газпром, Apple).
const NOT_BUSINESS_SECTION = /club|team|sport|universit|research|think tank|pollster|association|culture|church/i;
const companyIds = (() => {
  if (!gazetteers.includes('org-companies.tsv')) return [];
  const ids = new Set(parseGazetteerTsv(read('org-companies.tsv'), 'dict/org-companies.tsv').map((e) => e.id));
  const found: string[] = [];
  let business = false;
  for (const line of read('org-companies.tsv').split('\n')) {
    if (line.startsWith('# ---')) business = !NOT_BUSINESS_SECTION.test(line);
    const id = line.split('\t')[0]!;
    if (business && ids.has(id)) found.push(id);
  }
  return found;
})();

const firstNames: Record<string, string> = {};
const ambiguousNames: string[] = [];
if (has('first-names.txt')) {
  for (const [name, gender = 'm', flag] of parseList(read('first-names.txt'))) {
    const key = fold(name!);
    const prev = firstNames[key];
    firstNames[key] = prev && prev !== gender ? 'mf' : gender;
    if (flag === 'ambiguous') ambiguousNames.push(key);
  }
}

const list = (file: string) => (has(file) ? parseList(read(file)).map((cols) => fold(cols[0]!)) : []);
/** The folded words of a list whose second column is `mark` (titles.txt: deputy, envoy; source-nouns.txt: document). */
const marked = (file: string, mark: string) => (has(file) ? parseList(read(file)).filter((cols) => cols[1] === mark).map((cols) => fold(cols[0]!)) : []);

const cues: Cue[] = has('cues.tsv')
  ? parseList(read('cues.tsv'))
      .filter((cols) => cols[0] !== 'form')
      .map(([form, lemma, kind, gender, number]) => ({
        form: fold(form!), lemma: lemma!, kind: kind as Cue['kind'],
        gender: (gender ?? '-') as Cue['gender'], number: (number ?? '-') as Cue['number'],
      }))
  : [];

const morphology = createMorphology();
// Keys from the matched names; entries as written, for display.
const matched = compileGazetteer(buildGazetteer([entries.map((e) => (e.type === 'ORG' ? matchedNames(e) : e.type === 'LOC' ? spacedNames(e) : e))], (alias) => lemmaKeyOf(alias, morphology)));
const gazetteer = { ...matched, entries };

const caseForms = (nouns: string[]) => caseFormsOf(nouns, morphology);

/**
 * dict/words/*.txt: a word class a line (a second tab-separated column where the class has a
 * value), under a header of `# purpose: …` and `# match: as-written|folded|stem|case-forms`.
 * Entries are stored under their match key, so that a rule looks them up as they are.
 */
const WORDS_DIR = join(dictDir, 'words');
const MATCH_KEYS: Record<WordClass['match'], ((w: string) => string[]) | null> = {
  'as-written': (w) => [w],
  folded: (w) => [fold(w)],
  stem: (w) => [stemKey(w)],
  'case-forms': null,
};

function wordClass(file: string): WordClass {
  const source = readFileSync(join(WORDS_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const fail = (line: number, message: string): never => {
    throw new Error(`dict/words/${file}:${line}: ${message}`);
  };
  let match: WordClass['match'] | null = null;
  let purpose = false;
  const entries: string[] = [];
  const values: string[] = [];
  source.split(/\r\n?|\n/).forEach((raw, index) => {
    const header = /^#\s*(purpose|match):\s*(.*)$/.exec(raw);
    if (header) {
      if (header[1] === 'purpose') purpose = header[2]!.trim().length > 0;
      else if (header[2]!.trim() in MATCH_KEYS) match = header[2]!.trim() as WordClass['match'];
      else fail(index + 1, `unknown match key "${header[2]}" (as-written, folded, stem or case-forms)`);
      return;
    }
    if (!raw.trim() || raw.startsWith('#')) return;
    const [word, value, extra] = raw.split('\t');
    if (extra !== undefined) fail(index + 1, 'more than two columns');
    entries.push(word!.trim());
    values.push(value?.trim() ?? '');
  });
  if (!purpose) fail(1, 'the header must say the class\'s purpose (# purpose: …)');
  if (!match) fail(1, 'the header must name the match key (# match: as-written|folded|stem|case-forms)');
  const key = MATCH_KEYS[match!];
  const keyed = key ? entries.flatMap(key) : caseForms(entries.map(fold));
  const hasValues = values.some((v) => v !== '');
  if (hasValues && key === null) fail(1, 'a case-forms class has no second column');
  return hasValues ? { match: match!, entries: keyed, values } : { match: match!, entries: keyed };
}

/**
 * dict/words/*.tsv: a table (role domains, generic nouns …) under the same `# purpose:` header;
 * its first row names the columns; cells as written (a rule applies its own key).
 */
function wordTable(file: string): WordTable {
  const fail = (line: number, message: string): never => {
    throw new Error(`dict/words/${file}:${line}: ${message}`);
  };
  let purpose = false;
  let columns: string[] | null = null;
  const rows: string[][] = [];
  readFileSync(join(WORDS_DIR, file), 'utf8').replace(/^\uFEFF/, '').split(/\r\n?|\n/).forEach((raw, index) => {
    if (/^#\s*purpose:\s*\S/.test(raw)) purpose = true;
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!columns) columns = cells;
    else if (cells.length !== columns.length) fail(index + 1, `expected ${columns.length} columns (${columns.join(', ')}), got ${cells.length}`);
    else rows.push(cells);
  });
  if (!purpose) fail(1, 'the header must say the table\'s purpose (# purpose: …)');
  if (!columns) fail(1, 'no header row naming the columns');
  return { columns: columns!, rows };
}

const words: Record<string, WordClass> = {};
const tables: Record<string, WordTable> = {};
if (existsSync(WORDS_DIR)) {
  for (const file of readdirSync(WORDS_DIR).sort()) {
    if (file.endsWith('.txt')) words[file.replace(/\.txt$/, '')] = wordClass(file);
    else if (file.endsWith('.tsv')) tables[file.replace(/\.tsv$/, '')] = wordTable(file);
  }
}

/** Words with the case forms of the one-word ones, each once. */
function withCaseForms(words: string[]): string[] {
  return [...new Set([...words, ...caseForms(words.filter((t) => !t.includes(' ')))])];
}

const lexicon: CompiledLexicon & { generated: string } = {
  generated: 'by scripts/compile-dict.ts from dict/: edit the sources there, not this file',
  gazetteer,
  firstNames,
  ambiguousNames,
  titles: list('titles.txt'),
  // With the case forms of one-word ones: «матери», «отца» change the stem the key is made from.
  deputyTitles: withCaseForms(marked('titles.txt', 'deputy')),
  envoyTitles: marked('titles.txt', 'envoy'),
  orgNouns: list('org-nouns.txt'),
  orgNounForms: caseForms(list('org-nouns.txt').filter((n) => !n.includes(' '))),
  sourceNouns: list('source-nouns.txt'),
  documentNouns: marked('source-nouns.txt', 'document'),
  notEntities: list('not-entities.txt'),
  placeNounForms: caseForms(list('place-nouns.txt')),
  workNounForms: caseForms(list('work-nouns.txt')),
  sportNounForms: caseForms(list('sport-nouns.txt')),
  eastAsianSurnames: list('east-asian-surnames.txt'),
  outletIds,
  companyIds,
  cues,
  words,
  tables,
};

const outDir = join(root, 'src', 'generated');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'lexicon.json'), JSON.stringify(lexicon));
console.log(
  `dict: ${entries.length} entries (${gazetteer.keyCount} keys) from ${gazetteers.length} files, ${Object.keys(firstNames).length} first names, ` +
    `${lexicon.titles.length} titles, ${lexicon.orgNouns.length} org nouns, ${cues.length} cue forms, ${Object.keys(words).length} word classes, ${Object.keys(tables).length} tables`,
);
