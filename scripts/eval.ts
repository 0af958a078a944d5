/**
 * npm run eval: scores gazeta on the development data in ../shared/eval (read at run time,
 * never copied into the project). Metrics as ../shared/eval/README.md defines them:
 *   entities: exact-span and token-level P/R/F1 per type, micro-averaged;
 *   quotes: detection (content overlap ≥ half of each), exact content, speaker accuracy, attribution.
 * Flags: --errors (print each miss and false alarm; the judging part's only with --judging-errors, so
 * rules are not written from it), --only factru|nerel|nerel_train|quotes, --json FILE,
 * --quotes-gold FILE (repeatable: extra quote gold in the quotes_train format, e.g. development
 * documents annotated by hand outside the repository; judging-part ids in it are refused),
 * --judging-gold FILE (repeatable: extra quote gold kept for judging; scored in aggregate only, its
 * errors are never printed, whatever the other flags say), --breakdown (counts of wrong speakers by
 * kind, for every part, judging included: they say where to look without showing a sentence).
 * The train files are scored in two parts: the even ids (development) and the odd ids (judging).
 * Hand-made quote gold in gold/quotes/ (standoff: offsets only, texts read from ../shared/eval) is
 * scored with every quote run: `*.dev.jsonl` as development, `*.judge.jsonl` as judging (aggregates
 * only); --no-project-gold leaves it out.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnnotator } from '../src/annotator.js';
import { fold } from '../src/morph/key.js';
import { tokenize } from '../src/segment/tokenize.js';
import type { Document, EntityType } from '../src/types.js';
import { fillStandoff, type StandoffDoc } from './standoff-gold.js';

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC'];
const root = join(import.meta.dirname, '..');
const evalDir = process.env.GAZETA_EVAL_DIR ?? join(root, '..', 'shared', 'eval');

const { values: flags } = parseArgs({
  options: { errors: { type: 'boolean', default: false }, 'judging-errors': { type: 'boolean', default: false }, only: { type: 'string' }, json: { type: 'string' }, 'quotes-gold': { type: 'string', multiple: true }, 'judging-gold': { type: 'string', multiple: true }, breakdown: { type: 'boolean', default: false }, 'no-project-gold': { type: 'boolean', default: false } },
});

interface GoldSpan { start: number; end: number; type: EntityType; text: string }
interface GoldQuote {
  kind: string;
  content: { start: number; end: number; text: string };
  speaker: { start: number; end: number; text: string } | null;
  speaker_name: string | null;
  speaker_aliases?: string[];
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

class Counts {
  tp = 0; fp = 0; fn = 0;
  get p() { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0; }
  get r() { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0; }
  get f1() { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
  row() { return { p: round(this.p), r: round(this.r), f1: round(this.f1), tp: this.tp, fp: this.fp, fn: this.fn }; }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const fmt = (x: number) => x.toFixed(Number(process.env.EVAL_DIGITS ?? 3));

function scoreEntities(name: string, docs: { id: string; text: string; entities: GoldSpan[] }[], annotate: (t: string) => Document, listErrors = flags.errors) {
  const exact = Object.fromEntries(TYPES.map((t) => [t, new Counts()])) as Record<EntityType, Counts>;
  const token = Object.fromEntries(TYPES.map((t) => [t, new Counts()])) as Record<EntityType, Counts>;
  const errors: string[] = [];
  // NEREL's ORG spans hold descriptors (компания «X», Пресненский районный суд Москвы): a gold
  // ORG counts as found when a predicted ORG lies inside it.
  const inside = { found: 0, gold: 0 };
  for (const doc of docs) {
    const predicted = annotate(doc.text).mentions;
    for (const g of doc.entities) {
      if (g.type !== 'ORG') continue;
      inside.gold++;
      if (predicted.some((m) => m.type === 'ORG' && g.start <= m.start && m.end <= g.end)) inside.found++;
    }
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const gold = new Set(doc.entities.map(key));
    const pred = new Set(predicted.map(key));
    for (const m of predicted) {
      if (gold.has(key(m))) exact[m.type].tp++;
      else {
        exact[m.type].fp++;
        if (listErrors) errors.push(`${doc.id}\tFP\t${m.type}\t${m.text}\t${m.rule}\t${context(doc.text, m)}`);
      }
    }
    for (const g of doc.entities) {
      if (!pred.has(key(g))) {
        exact[g.type].fn++;
        if (listErrors) errors.push(`${doc.id}\tFN\t${g.type}\t${g.text}\t-\t${context(doc.text, g)}`);
      }
    }
    // Token level, as naeval: every word token inside a span of type T is T.
    const tags = (spans: { start: number; end: number; type: EntityType }[]) => {
      const words = tokenize(doc.text).filter((t) => t.kind === 'word' || t.kind === 'number');
      return words.map((w) => spans.find((s) => s.start <= w.start && w.end <= s.end)?.type ?? null);
    };
    const g = tags(doc.entities);
    const p = tags(predicted);
    g.forEach((gt, i) => {
      const pt = p[i];
      if (gt && gt === pt) token[gt].tp++;
      else {
        if (gt) token[gt].fn++;
        if (pt) token[pt].fp++;
      }
    });
  }
  console.log(`\n${name} (${docs.length} docs)`);
  console.log('type   exact P   exact R   exact F1 |  token P   token R   token F1');
  for (const t of TYPES) {
    const e = exact[t];
    const k = token[t];
    console.log(`${t}    ${fmt(e.p)}     ${fmt(e.r)}     ${fmt(e.f1)}    |  ${fmt(k.p)}     ${fmt(k.r)}     ${fmt(k.f1)}`);
  }
  const nameRecall = inside.gold ? inside.found / inside.gold : 0;
  console.log(`ORG name recall (a predicted ORG inside the gold span): ${fmt(nameRecall)} (${inside.found}/${inside.gold})`);
  if (listErrors) console.log(errors.join('\n'));
  return { exact: mapRows(exact), token: mapRows(token), orgNameRecall: round(nameRecall) };
}

function mapRows(counts: Record<EntityType, Counts>) {
  return Object.fromEntries(TYPES.map((t) => [t, counts[t].row()]));
}

function context(text: string, s: { start: number; end: number }): string {
  return (text.slice(Math.max(0, s.start - 40), s.start) + '[' + text.slice(s.start, s.end) + ']' + text.slice(s.end, s.end + 40)).replace(/\s+/g, ' ');
}

const TRIM = /^[\s\p{P}«»„“”"'—–-]+|[\s\p{P}«»„“”"'—–-]+$/gu;

function trimmed(text: string, start: number, end: number): [number, number] {
  const s = text.slice(start, end);
  const lead = s.length - s.replace(/^[\s\p{P}«»„“”"'—–-]+/u, '').length;
  const tail = s.length - s.replace(/[\s\p{P}«»„“”"'—–-]+$/u, '').length;
  return lead + tail >= s.length ? [start, start] : [start + lead, end - tail];
}

/**
 * What kind of wrong speaker a quote has, without its words: the gold speaker's type; whether
 * gazeta gave no speaker, an unnamed phrase or an entity; and whether its speaker span is the
 * gold one (so the naming or linking failed), overlaps it, or lies elsewhere (another mention chosen).
 */
function wrongSpeakerKind(g: GoldQuote, q: Document['quotes'][number]): string {
  const gave = q.speakerEntity ? 'entity' : q.speakerName ? 'phrase' : 'none';
  const gs = g.speaker;
  const ps = q.speaker;
  const where = !gs ? 'gold has no span' : !ps ? 'no span' : ps.start === gs.start && ps.end === gs.end ? 'same span' : ps.start < gs.end && gs.start < ps.end ? 'overlapping span' : 'other span';
  const shape = !gs ? '' : /^(он|она|оно|они|я|мы|вы|ты|который|которая|которое|которые)$/i.test(gs.text.trim()) ? ' · pronoun' : /^\p{Lu}/u.test(gs.text) ? ' · capitalised' : ' · lower-case';
  // Stems of five letters: do the names share a word (an extent or form difference) or none (another thing)?
  const stems = (n: string | null | undefined) => new Set((n ?? '').toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}\d]+/u).filter((w) => w.length > 2).map((w) => w.slice(0, 5)));
  const goldStems = new Set([g.speaker_name, ...(g.speaker_aliases ?? [])].flatMap((n) => [...stems(n)]));
  const predName = q.speakerName ?? '';
  const predStems = stems(predName);
  const common = [...predStems].filter((w) => goldStems.has(w)).length;
  const shares = !common ? ' · names share none'
    : common === predStems.size && common === goldStems.size ? ' · same words, other forms'
    : common === predStems.size ? ' · fewer words' : common === goldStems.size ? ' · more words' : ' · names share a word';
  return `${(g as { speaker_type?: string }).speaker_type ?? '?'} · ${gave} · ${where}${shape}${gave === 'none' ? '' : shares}`;
}

const same = (a: string, b: string) => fold(a).replace(TRIM, '') === fold(b).replace(TRIM, '');

function scoreQuotes(name: string, docs: { id: string; text: string; quotes: GoldQuote[] }[], annotate: (t: string) => Document, listErrors = flags.errors) {
  const detection = new Counts();
  const exact = new Counts();
  const attribution = new Counts();
  let matched = 0;
  let speakerRight = 0;
  const errors: string[] = [];
  const wrongKinds = new Map<string, number>();
  for (const doc of docs) {
    const result = annotate(doc.text);
    const names = new Map(result.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    const pred = result.quotes.map((q) => ({ q, span: trimmed(doc.text, q.content.start, q.content.end) }));
    const gold = doc.quotes.map((g) => ({ g, span: trimmed(doc.text, g.content.start, g.content.end) }));
    const used = new Set<number>();
    const speakerOf = (q: Document['quotes'][number]) => (q.speakerEntity ? names.get(q.speakerEntity) ?? [] : q.speakerName ? [q.speakerName] : []);
    const speakerRightFor = (g: GoldQuote, q: Document['quotes'][number]) => {
      const predNames = speakerOf(q);
      const goldNames = [g.speaker_name, ...(g.speaker_aliases ?? [])].filter((n): n is string => !!n);
      return goldNames.length === 0 ? predNames.length === 0 : predNames.some((p) => goldNames.some((n) => same(p, n)));
    };
    for (const { g, span: gs } of gold) {
      let best = -1;
      let bestOverlap = 0;
      let bestRight = false;
      pred.forEach(({ q, span: ps }, i) => {
        if (used.has(i)) return;
        const inter = Math.min(gs[1], ps[1]) - Math.max(gs[0], ps[0]);
        if (inter <= 0 || inter * 2 < gs[1] - gs[0] || inter * 2 < ps[1] - ps[0]) return;
        // Equal overlaps (one content reported by two sources, «П, — сообщил X со ссылкой на Y») are
        // told apart by the speaker, so the two quotes are not paired crosswise.
        const right = speakerRightFor(g, q);
        if (inter > bestOverlap || (inter === bestOverlap && right && !bestRight)) {
          best = i;
          bestOverlap = inter;
          bestRight = right;
        }
      });
      if (best < 0) {
        detection.fn++;
        exact.fn++;
        attribution.fn++;
        if (listErrors) errors.push(`${doc.id}\tMISS\t${g.kind}\t${g.speaker_name}\t${g.content.text.slice(0, 120).replace(/\s+/g, ' ')}`);
        continue;
      }
      used.add(best);
      const { q, span: ps } = pred[best]!;
      detection.tp++;
      matched++;
      if (ps[0] === gs[0] && ps[1] === gs[1]) exact.tp++;
      else {
        exact.fp++;
        exact.fn++;
        if (listErrors) errors.push(`${doc.id}\tSPAN\t${q.pattern}\tgold: ${doc.text.slice(gs[0], gs[1]).slice(0, 100).replace(/\s+/g, ' ')}\n\t\t\tpred: ${doc.text.slice(ps[0], ps[1]).slice(0, 100).replace(/\s+/g, ' ')}`);
      }
      const predNames = speakerOf(q);
      if (speakerRightFor(g, q)) {
        speakerRight++;
        attribution.tp++;
      } else {
        attribution.fp++;
        attribution.fn++;
        const kind = wrongSpeakerKind(g, q);
        wrongKinds.set(kind, (wrongKinds.get(kind) ?? 0) + 1);
        if (listErrors) errors.push(`${doc.id}\tSPEAKER\t${q.pattern}\tgold: ${g.speaker_name}\tpred: ${predNames[0] ?? null}\t${doc.text.slice(ps[0], ps[1]).slice(0, 80).replace(/\s+/g, ' ')}${flags.breakdown ? `\n\t\t\t${kind} · spans gold «${g.speaker?.text ?? ''}» pred «${q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : ''}»` : ''}`);
      }
    }
    pred.forEach(({ q }, i) => {
      if (used.has(i)) return;
      detection.fp++;
      exact.fp++;
      attribution.fp++;
      if (listErrors) errors.push(`${doc.id}\tFALSE\t${q.pattern}\t${doc.text.slice(q.content.start, q.content.end).slice(0, 120).replace(/\s+/g, ' ')}`);
    });
  }
  const speakerAccuracy = matched ? speakerRight / matched : 0;
  console.log(`\n${name} (${docs.length} docs, ${docs.reduce((n, d) => n + d.quotes.length, 0)} gold quotes)`);
  console.log('             P       R       F1');
  console.log(`detection    ${fmt(detection.p)}   ${fmt(detection.r)}   ${fmt(detection.f1)}`);
  console.log(`exact        ${fmt(exact.p)}   ${fmt(exact.r)}   ${fmt(exact.f1)}`);
  console.log(`attribution  ${fmt(attribution.p)}   ${fmt(attribution.r)}   ${fmt(attribution.f1)}`);
  console.log(`speaker accuracy on matched quotes: ${fmt(speakerAccuracy)} (${speakerRight}/${matched})`);
  if (flags.breakdown) {
    const rows = [...wrongKinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`);
    console.log(`wrong speakers by kind (gold type · what gazeta gave · where its speaker span lies):\n${rows.join('\n')}`);
  }
  if (listErrors) console.log(errors.join('\n'));
  return { detection: detection.row(), exact: exact.row(), attribution: attribution.row(), speakerAccuracy: round(speakerAccuracy) };
}

/**
 * The fixed judging part of the train files (../shared/eval/README.md): ids whose last digit
 * (before «_text») is odd. Rules are written from the dev files and the even part.
 */
function isJudging(id: string): boolean {
  const digits = id.replace(/_text$/, '').match(/(\d)\D*$/);
  return !!digits && Number(digits[1]) % 2 === 1;
}

function main() {
  if (!existsSync(evalDir)) {
    console.log(`eval: no evaluation data at ${evalDir}; skipped (set GAZETA_EVAL_DIR to point elsewhere).`);
    return;
  }
  const annotator = createAnnotator();
  const judgingErrors = flags.errors && flags['judging-errors'];
  const results: Record<string, unknown> = {};
  const run = (name: string) => !flags.only || flags.only === name;
  const started = performance.now();
  const entitiesOnly = (t: string) => annotator.annotate(t, { quotes: false });
  const all = (t: string) => annotator.annotate(t);
  const file = (name: string) => join(evalDir, `${name}.jsonl`);
  if (run('factru') && existsSync(file('factru_dev'))) {
    results.factru = scoreEntities('factru_dev', readJsonl(file('factru_dev')), entitiesOnly);
  }
  if (run('nerel') && existsSync(file('nerel_dev'))) {
    results.nerel = scoreEntities('nerel_dev', readJsonl(file('nerel_dev')), entitiesOnly);
  }
  if (run('nerel_train') && existsSync(file('nerel_train'))) {
    const docs = readJsonl<{ id: string; text: string; entities: GoldSpan[] }>(file('nerel_train'));
    results.nerel_train_even = scoreEntities('nerel_train, even part (development)', docs.filter((d) => !isJudging(d.id)), entitiesOnly);
    results.nerel_train_odd = scoreEntities('nerel_train, odd part (judging)', docs.filter((d) => isJudging(d.id)), entitiesOnly, judgingErrors);
  }
  if (run('quotes') && existsSync(file('quotes_dev'))) {
    results.quotes = scoreQuotes('quotes_dev', readJsonl(file('quotes_dev')), all);
  }
  if (run('quotes') && existsSync(file('quotes_train'))) {
    const docs = readJsonl<{ id: string; text: string; quotes: GoldQuote[] }>(file('quotes_train'));
    results.quotes_train_even = scoreQuotes('quotes_train, even part (development)', docs.filter((d) => !isJudging(d.id)), all);
    results.quotes_train_odd = scoreQuotes('quotes_train, odd part (judging)', docs.filter((d) => isJudging(d.id)), all, judgingErrors);
  }
  for (const extra of flags['quotes-gold'] ?? []) {
    const docs = readJsonl<{ id: string; text: string; quotes: GoldQuote[] }>(extra);
    // The judging part is the odd ids of NEREL's train split only (ids `train/…` or `nerel_…`);
    // other sources (nerel_dev `dev/…`, factRuEval `devset/…`) have none.
    const judging = docs.filter((d) => /^(train\/|nerel_)/.test(d.id) && isJudging(d.id));
    if (judging.length) console.log(`\n${extra}: ${judging.length} judging-part documents refused (${judging.map((d) => d.id).slice(0, 3).join(', ')}…)`);
    const refused = new Set(judging);
    const kept = docs.filter((d) => !refused.has(d));
    results[`extra:${extra}`] = scoreQuotes(`${extra} (extra development gold)`, kept, all);
  }
  for (const extra of flags['judging-gold'] ?? []) {
    const docs = readJsonl<{ id: string; text: string; quotes: GoldQuote[] }>(extra);
    results[`judging:${extra}`] = scoreQuotes(`${extra} (extra judging gold: aggregates only)`, docs, all, false);
  }
  if (run('quotes') && !flags['no-project-gold']) scoreProjectGold(results, all, file);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (flags.json) writeFileSync(flags.json, JSON.stringify(results, null, 2));
}

/** gold/quotes/*.dev.jsonl and *.judge.jsonl, with their texts taken from the corpora by id. */
function scoreProjectGold(results: Record<string, unknown>, all: (t: string) => Document, file: (name: string) => string) {
  const dir = join(root, 'gold', 'quotes');
  if (!existsSync(dir)) return;
  const texts = new Map<string, string>();
  for (const corpus of ['nerel_train', 'factru_dev', 'nerel_dev']) {
    if (!existsSync(file(corpus))) continue;
    for (const d of readJsonl<{ id: string; text: string }>(file(corpus))) texts.set(d.id, d.text);
  }
  for (const name of readdirSync(dir).filter((f) => /\.(dev|judge)\.jsonl$/.test(f)).sort()) {
    const judging = name.endsWith('.judge.jsonl');
    const { docs, missing } = fillStandoff(readJsonl<StandoffDoc>(join(dir, name)), texts);
    if (missing.length) console.log(`\ngold/quotes/${name}: ${missing.length} documents without their text in ${evalDir} (${missing.slice(0, 3).join(', ')}…)`);
    // A development file never scores a judging-part article, whatever it holds.
    const kept = judging ? docs : docs.filter((d) => !(/^(train\/|nerel_)/.test(d.id) && isJudging(d.id)));
    const label = `gold/quotes/${name} (${judging ? 'hand-made judging gold: aggregates only' : 'hand-made development gold'})`;
    results[`gold:${name}`] = scoreQuotes(label, kept, all, judging ? false : flags.errors);
  }
}

main();
