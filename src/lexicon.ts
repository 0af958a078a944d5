import type { Morphology } from './morph/index.js';
import { prepareNerLexicon } from './ner/lexicon.js';
import { lemmaKeyOf, loadGazetteer } from './ner/gazetteer.js';
import type { Recognisers } from './ner/recognise.js';
import { prepareQuoteLexicon, type QuoteLexicon } from './quotes/lexicon.js';
import { prepareResolveLexicon, type ResolveLexicon } from './resolve/index.js';
import type { CompiledLexicon, DictEntry } from './types.js';

/**
 * The lexicon as an annotator holds it: the compiled lexicon prepared at load into the sets and
 * maps each stage looks words up in, with the user's entries added (they win over built-in ones).
 */
export interface Lexicon {
  morphology: Morphology;
  ner: Recognisers;
  resolve: ResolveLexicon;
  quotes: QuoteLexicon;
}

export function prepareLexicon(compiled: CompiledLexicon, user: readonly DictEntry[], morphology: Morphology): Lexicon {
  const ner = prepareNerLexicon(compiled);
  const gazetteer = loadGazetteer(compiled.gazetteer, user, (alias) => lemmaKeyOf(alias, morphology));
  return {
    morphology,
    ner: {
      gazetteer,
      lexicon: ner,
      userEntries: new Set(user),
      analyse: (folded) => morphology.analyse(folded),
    },
    resolve: prepareResolveLexicon(compiled, ner, morphology, gazetteer.entries),
    quotes: prepareQuoteLexicon(compiled),
  };
}
