import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

/** Each quote as `kind | speaker name (or speaker text) | content`. */
function quotes(text: string): string[] {
  const doc = annotate(text);
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.quotes.map((q) => {
    const speaker = q.speakerEntity ? names.get(q.speakerEntity) : q.speakerName ?? (q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null);
    return `${q.kind} | ${speaker} | ${text.slice(q.content.start, q.content.end)}`;
  });
}

describe('a speech verb in any tense and person', () => {
  it('the future and forms the cue table does not list', () => {
    expect(quotes('Сергей Лавров, вероятно, скажет, что переговоры продолжатся.')).toEqual([
      'indirect | Сергей Лавров | переговоры продолжатся',
    ]);
    expect(quotes('Мария Захарова подтвердит, что визит не отменён.')).toEqual(['indirect | Мария Захарова | визит не отменён']);
  });

  it('an imperative, an infinitive or a gerund alone reports no speech', () => {
    expect(quotes('Скажите, что вы думаете о новом парке.')).toEqual([]);
    expect(quotes('Стоит заметить, что зима в этом году выдалась тёплой.')).toEqual([]);
  });
});
