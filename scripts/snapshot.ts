/**
 * npm run snapshot -- write|compare [DIR]: pins the whole Document JSON of every development file
 * (factru_dev, nerel_dev, nerel_train, quotes_dev, quotes_train in ../shared/eval) so that a change
 * meant to keep behaviour can prove it did. `write` stores one JSONL file per corpus in DIR
 * (default: the system's temp dir; the texts are not ours to keep in the project); `compare`
 * annotates again and lists every document whose JSON differs, with the first differing path.
 * The `tokens` index range of sentences, mentions and candidates is left out: it is a field of
 * the model, not of what the text says, and may be added without changing an annotation.
 * `--ignore a,b` leaves out the named fields too, wherever they stand (e.g. `--ignore trace`, the
 * rewrites a mention went through, for a snapshot written before mentions had one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotator } from '../src/annotator.js';

const CORPORA = ['factru_dev', 'nerel_dev', 'nerel_train', 'quotes_dev', 'quotes_train'];
const root = join(import.meta.dirname, '..');
const evalDir = process.env.GAZETA_EVAL_DIR ?? join(root, '..', 'shared', 'eval');

const args = process.argv.slice(2);
const ignoreAt = args.indexOf('--ignore');
const ignored = new Set(ignoreAt >= 0 ? (args.splice(ignoreAt, 2)[1] ?? '').split(',').filter(Boolean) : []);
const [mode, dirArg] = args;
const dir = dirArg ?? join(tmpdir(), 'gazeta-snapshot');
if (mode !== 'write' && mode !== 'compare') {
  console.error('usage: tsx scripts/snapshot.ts write|compare [DIR] [--ignore field,field]');
  process.exit(2);
}
if (!existsSync(evalDir)) {
  console.log(`snapshot: no evaluation data at ${evalDir}; nothing to do.`);
  process.exit(0);
}

/** The Document without the fields that hold no annotation of their own (token ranges), nor the ignored ones. */
function stable(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return key === 'tokens' ? value : value.map((v) => stable(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'tokens' && Array.isArray(v) && v.length === 2 && typeof v[0] === 'number') continue;
      if (ignored.has(k)) continue;
      out[k] = stable(v, k);
    }
    return out;
  }
  return value;
}

/** A stored line with the ignored fields left out, so that both sides compare alike. */
function stableLine(line: string): unknown {
  const { id, doc } = JSON.parse(line) as { id: string; doc: unknown };
  return { id, doc: stable(doc) };
}

/** The first path at which two JSON values differ, for a readable report. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return path;
  if (a && typeof a === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    for (const k of new Set([...ka, ...kb])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : path;
}

const annotator = createAnnotator();
let changed = 0;
let total = 0;
mkdirSync(dir, { recursive: true });
for (const corpus of CORPORA) {
  const file = join(evalDir, `${corpus}.jsonl`);
  if (!existsSync(file)) continue;
  const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
  const lines = docs.map((d) => JSON.stringify({ id: d.id, doc: stable(annotator.annotate(d.text)) }));
  const out = join(dir, `${corpus}.jsonl`);
  if (mode === 'write') {
    writeFileSync(out, lines.join('\n') + '\n');
    console.log(`${corpus}: ${lines.length} documents written to ${out}`);
    continue;
  }
  const before = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => (ignored.size ? JSON.stringify(stableLine(l)) : l));
  let here = 0;
  lines.forEach((line, i) => {
    total++;
    if (line === before[i]) return;
    here++;
    changed++;
    const a = JSON.parse(before[i] ?? '{}') as { id: string; doc: unknown };
    const b = JSON.parse(line) as { id: string; doc: unknown };
    console.log(`  ${corpus} ${b.id}: differs at ${firstDifference(a.doc, b.doc)}`);
  });
  console.log(`${corpus}: ${here} of ${lines.length} documents differ`);
}
if (mode === 'compare') {
  console.log(changed ? `${changed} of ${total} documents differ` : `all ${total} documents identical`);
  process.exitCode = changed ? 1 : 0;
}
