import { describe, expect, it } from 'vitest';
import { sharingMorphology } from '../src/cli/shared-words.js';
import { createMorphology } from '../src/morph/az.js';

// Two worker threads' morphologies, here in one thread: what one parses, the other learns.
describe('morphology shared between worker threads', () => {
  it('hands over each word it parsed once, and a thread that learned a word does not parse it again', () => {
    const first = sharingMorphology(createMorphology());
    const second = sharingMorphology(createMorphology());
    const words = ['Дмитриева', 'Москвой', 'Песков'];
    const analyses = words.map((w) => first.analyse(w));
    first.analyse('Дмитриева'); // already parsed: not handed over twice
    const taught = first.takeNew();
    expect(taught.map(([w]) => w)).toEqual(words);
    expect(first.takeNew()).toEqual([]);

    second.learn(taught);
    const parsedBefore = second.size;
    expect(words.map((w) => second.analyse(w))).toEqual(analyses);
    expect(second.size).toBe(parsedBefore);
    expect(second.takeNew()).toEqual([]);
    expect(analyses[0]!.some((a) => a.lemma === 'дмитриев' && a.grams.includes('Surn'))).toBe(true);
  });

  it('inflects a learned word as the thread that parsed it does', () => {
    const first = sharingMorphology(createMorphology());
    const second = sharingMorphology(createMorphology());
    const index = first.analyse('Дмитриева').findIndex((a) => a.grams.includes('Surn') && a.grams.includes('gent'));
    second.learn(first.takeNew());
    expect(second.inflect('Дмитриева', index, ['nomn'])).toBe(first.inflect('Дмитриева', index, ['nomn']));
    expect(second.inflect('Дмитриева', index, ['nomn'])?.toLowerCase()).toBe('дмитриев');
    // A word it has not met is parsed there, and handed over in turn.
    second.analyse('Лавровым');
    expect(second.takeNew().map(([w]) => w)).toEqual(['Лавровым']);
  });
});
