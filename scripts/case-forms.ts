import { fold } from '../src/morph/key.js';
import type { Morphology } from '../src/types.js';

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const NUMBERS = ['sing', 'plur'];

/**
 * Every case form of the given nouns, folded (посёлок → поселка, поселке, поселками …): matched
 * by a Set lookup at run time. A compound the morphology does not know (нейросеть) is guessed from
 * its known last word, whose forms come back without the front (сеть, сети): that front is put back
 * (нейросети), since a bare сети in a class would make the class match another word.
 */
export function caseForms(nouns: string[], morphology: Morphology): string[] {
  const forms = new Set(nouns);
  for (const noun of nouns) {
    const analyses = morphology.analyse(noun);
    const index = analyses.findIndex((a) => a.pos === 'NOUN' && a.grams.includes('nomn'));
    if (index < 0) continue;
    const front = analyses[index]!.known ? '' : guessedFront(noun, morphology.inflect(noun, index, ['nomn', 'sing']));
    for (const kase of CASES) {
      for (const number of NUMBERS) {
        const form = morphology.inflect(noun, index, [kase, number]);
        if (form) forms.add(fold(front + form));
      }
    }
  }
  return [...forms];
}

/** The part of `noun` before the shorter known word its paradigm was guessed from (нейро- of нейросеть), or ''. */
function guessedFront(noun: string, nominative: string | null): string {
  if (!nominative) return '';
  const whole = fold(noun);
  const part = fold(nominative);
  return part.length < whole.length && whole.endsWith(part) ? noun.slice(0, noun.length - nominative.length) : '';
}
