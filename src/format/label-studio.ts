import type { Document, Span } from '../types.js';
import type { OffsetOptions } from './jsonl.js';
import { offsetConverter } from './offsets.js';
import { version } from '../version.js';

/**
 * A Label Studio task with gazeta's annotations as a prediction, to review or correct them
 * there: mentions labelled PER / ORG / LOC, quotes labelled Quote, a speaker that is no
 * mention labelled Speaker, and a «said by» relation from each quote to its speaker. The
 * labelling configuration that reads it is LABEL_STUDIO_CONFIG. Label Studio imports a JSON
 * array of tasks: the CLI writes one task per line (`jq -s . tasks.jsonl > tasks.json`).
 */
export interface LabelStudioTask {
  data: { text: string; id?: unknown };
  predictions: {
    model_version: string;
    result: LabelStudioResult[];
  }[];
}

export type LabelStudioResult =
  | {
    id: string;
    from_name: 'label';
    to_name: 'text';
    type: 'labels';
    value: { start: number; end: number; text: string; labels: string[] };
    /** The entity the mention names, or the quote's speaker entity. */
    meta?: { text: string[] };
  }
  | { type: 'relation'; from_id: string; to_id: string; direction: 'right'; labels: string[] };

export const LABEL_STUDIO_CONFIG = `<View>
  <Labels name="label" toName="text">
    <Label value="PER" background="#3d6fd8"/>
    <Label value="ORG" background="#d9822b"/>
    <Label value="LOC" background="#2f9e44"/>
    <Label value="Quote" background="#c9a400"/>
    <Label value="Speaker" background="#7b5ea7"/>
  </Labels>
  <Relations>
    <Relation value="said by"/>
  </Relations>
  <Text name="text" value="$text"/>
</View>`;

export function toLabelStudioTask(doc: Document, id?: unknown, options: OffsetOptions = {}): LabelStudioTask {
  const at = offsetConverter(doc.text, options.offsets);
  const result: LabelStudioResult[] = [];
  const bySpan = new Map<string, string>();
  let regions = 0;
  const region = (span: Span, label: string, note?: string): string => {
    const regionId = `r${regions++}`;
    result.push({
      id: regionId, from_name: 'label', to_name: 'text', type: 'labels',
      value: { start: at(span.start), end: at(span.end), text: doc.text.slice(span.start, span.end), labels: [label] },
      ...(note ? { meta: { text: [note] } } : {}),
    });
    return regionId;
  };
  for (const m of doc.mentions) bySpan.set(`${m.start}:${m.end}`, region(m, m.type, m.entity));
  for (const q of doc.quotes) {
    const quote = region(q.content, 'Quote', q.speakerName ?? undefined);
    if (!q.speaker) continue;
    const key = `${q.speaker.start}:${q.speaker.end}`;
    const speaker = bySpan.get(key) ?? region(q.speaker, 'Speaker', q.speakerName ?? undefined);
    bySpan.set(key, speaker);
    result.push({ type: 'relation', from_id: quote, to_id: speaker, direction: 'right', labels: ['said by'] });
  }
  return {
    data: id === undefined || id === null ? { text: doc.text } : { text: doc.text, id },
    predictions: [{ model_version: `gazeta ${version}`, result }],
  };
}

export function formatLabelStudio(doc: Document, id?: unknown, options: OffsetOptions = {}): string {
  return JSON.stringify(toLabelStudioTask(doc, id, options));
}
