/**
 * A village named as a dictionary town is another place: its own id, not the town's.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

describe('a settlement of a town\'s name', () => {
  it('«деревни Калининград» is not the city of Калининград', () => {
    const places = annotate('Жители деревни Калининград жалуются на дороги. В Калининграде дороги ремонтируют.', { quotes: false }).entities.filter((e) => e.type === 'LOC');
    expect(places.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['loc:калининград', ['Калининград']],
      ['loc:kaliningrad', ['Калининграде']],
    ]);
  });

  it('the town itself after «город» keeps its id', () => {
    const places = annotate('В город Калининград прибыл паром.', { quotes: false }).entities.filter((e) => e.type === 'LOC');
    expect(places.map((e) => e.id)).toEqual(['loc:kaliningrad']);
  });
});
