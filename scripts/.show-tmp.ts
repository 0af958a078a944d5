// usage: tsx show.ts DOCID [substring]
import { readFileSync } from 'node:fs';
import { createAnnotator } from '/work/wt-spk/src/annotator.js';
const [id, sub] = process.argv.slice(2);
const files = ['quotes_train', 'quotes_dev'];
let doc: any;
for (const f of files) for (const l of readFileSync(`/work/shared/eval/${f}.jsonl`, 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l); if (d.id === id) doc = d; }
const m = /(\d)_text$/.exec(id);
if (m && Number(m[1]) % 2 === 1) { console.log('ODD doc: refusing'); process.exit(1); }
const ann = createAnnotator();
const res = ann.annotate(doc.text);
const ents = new Map(res.entities.map((e: any) => [e.id, e]));
for (const g of doc.quotes) {
  if (sub && !g.content.text.includes(sub) && !(g.speaker_name ?? '').includes(sub)) continue;
  const s = Math.max(0, g.content.start - 300), e = Math.min(doc.text.length, g.content.end + 200);
  console.log('=== GOLD', g.kind, 'speaker:', g.speaker_name, g.speaker ? `[${g.speaker.text}]` : '');
  console.log(doc.text.slice(s, e).replace(/\n/g, ' ⏎ '));
  const q = res.quotes.find((q: any) => q.content.start < g.content.end && q.content.end > g.content.start);
  if (q) console.log('--- PRED', q.pattern, 'speaker span:', q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : null, '| entity:', q.speakerEntity ? JSON.stringify((ents.get(q.speakerEntity) as any)?.name) + ' aliases ' + JSON.stringify((ents.get(q.speakerEntity) as any)?.aliases) : null, '| name:', q.speakerName);
}
if (process.argv.includes('--ents')) for (const e of res.entities) console.log(e.type, e.name, JSON.stringify(e.aliases), e.mentions?.map((x: any)=>x.text).join('|'));
