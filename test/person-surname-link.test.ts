/**
 * A surname alone joins the full name it repeats, whatever the morphology makes of the nominative
 * (Русаков read as the genitive plural of «русак»). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

describe('a surname alone in another case joins the full name', () => {
  it('Пётр Русаков … Русакова: one person, one id', () => {
    const persons = annotate('Бизнесмен Пётр Русаков открыл завод в Туле. Планы Русакова одобрили в мэрии.', { quotes: false }).entities.filter((e) => e.type === 'PER');
    expect(persons.map((e) => [e.id, e.mentions.length])).toEqual([['per:петр-русаков', 2]]);
  });
});
