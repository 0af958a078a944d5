/**
 * Hand-made quote gold kept in the project as standoff: offsets, kinds and speaker names only, never
 * the articles' text (the corpora in ../shared/eval are not ours to copy). `fillStandoff` rebuilds
 * the quotes_train format at run time from the corpus text; `stripStandoff` makes the standoff form.
 *
 *   npx tsx scripts/standoff-gold.ts strip IN.jsonl OUT.jsonl   # verify every span, drop the text
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Span { start: number; end: number; text?: string }
interface Quote {
  kind: string; content: Span; cue: Span | null; speaker: Span | null;
  speaker_name: string | null; speaker_aliases?: string[]; speaker_type?: string;
}
interface TextSpan { start: number; end: number; text: string }
export interface GoldDoc { id: string; text: string; quotes: (Omit<Quote, 'content' | 'cue' | 'speaker'> & { content: TextSpan; cue: TextSpan | null; speaker: TextSpan | null })[] }
export interface StandoffDoc { id: string; quotes: Quote[] }

const spanFrom = (text: string, s: Span | null): TextSpan | null => (s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null);
const bare = (s: Span | null): Span | null => (s ? { start: s.start, end: s.end } : null);

/** Texts by id from the corpora; a standoff document whose text is missing is reported, not guessed. */
export function fillStandoff(docs: StandoffDoc[], texts: Map<string, string>): { docs: GoldDoc[]; missing: string[] } {
  const out: GoldDoc[] = [];
  const missing: string[] = [];
  for (const d of docs) {
    const text = texts.get(d.id);
    if (text === undefined) { missing.push(d.id); continue; }
    out.push({
      id: d.id,
      text,
      quotes: d.quotes.map((q) => ({ ...q, content: spanFrom(text, q.content)!, cue: spanFrom(text, q.cue), speaker: spanFrom(text, q.speaker) })),
    });
  }
  return { docs: out, missing };
}

export function stripStandoff(docs: GoldDoc[]): StandoffDoc[] {
  return docs.map((d) => {
    for (const q of d.quotes) {
      for (const s of [q.content, q.cue, q.speaker]) {
        if (s && s.text !== undefined && d.text.slice(s.start, s.end) !== s.text) throw new Error(`${d.id}: span ${s.start}-${s.end} is not «${s.text}»`);
      }
    }
    return { id: d.id, quotes: d.quotes.map((q) => ({ ...q, content: bare(q.content)!, cue: bare(q.cue), speaker: bare(q.speaker) })) };
  });
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'strip') {
  const [, , , input, output] = process.argv;
  const docs = readFileSync(input!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
  writeFileSync(output!, stripStandoff(docs).map((d) => JSON.stringify(d)).join('\n') + '\n');
  console.log(`${output}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.quotes.length, 0)} quotes`);
}
