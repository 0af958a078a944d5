import { fold, stemKey } from '../morph/key.js';
import type { AnalysedDocument, Candidate, Entity, Mention, Quote } from '../types.js';
import type { ResolveLexicon } from './lexicon.js';
import { withReferences } from './references.js';
import { resolve } from './resolve.js';
import type { Resolver } from './resolver.js';

export { prepareResolveLexicon, type ResolveLexicon } from './lexicon.js';
export { createResolver, type Resolver } from './resolver.js';
export { namesakeOfGender } from './kin.js';
export { isSpeakerPronoun, speakerPronounGender, PRONOUN_RULES, type PronounRole } from './pronouns.js';

/** The resolve stage: one entity per real thing named in the document, and its mentions. */
export function resolveEntities(doc: AnalysedDocument, candidates: Candidate[], lexicon: ResolveLexicon): { entities: Entity[]; mentions: Mention[] } {
  const { text, tokens, words } = doc;
  return resolve({ text, tokens, words, candidates }, {
    morphology: lexicon.morphology,
    firstNameGender: (key) => lexicon.firstNames.get(key),
    listedFirstName: (word) => lexicon.firstNamesByStem.get(stemKey(word)),
    wordKeys: lexicon.wordKeys,
    isRole: (lemma) => lexicon.roleWords.has(lemma) || lexicon.roleWords.has(fold(lemma)),
    nameVariants: lexicon.nameVariants,
    dictionaryEntry: (type, name) => {
      // «министерство юстиции» in lower case is some ministry; «Министерство юстиции» is the dictionary's.
      // A place keeps its proper noun when a compass adjective before it is lower case
      // (восточной Европы is the dictionary's Восточная Европа).
      const found = lexicon.entryByName.get(`${type}:${fold(name)}`);
      const proper = name.charAt(0) !== name.charAt(0).toLowerCase() || (type === 'LOC' && /\s\p{Lu}/u.test(name));
      return found && (!found.titled || proper) ? found.entry : undefined;
    },
  });
}

/** The entities with the pronouns that refer to them; the quotes' pronoun speakers keep their attribution. */
export function linkPronouns(resolver: Resolver, quotes: Quote[]): Entity[] {
  const { entities, text } = resolver.document;
  return withReferences(entities, resolver.references(), quotes, text);
}
