import { wordList, wordMap, wordSet, wordTable } from '../dict/words.js';

/** The closed word classes the clause rules read (dict/words), by folded form. */

/** Loaded by ner, which reads them first. */
export { COORDINATING_AND, TIME_NOUNS } from '../ner/words.js';

export const PREPOSITIONS = wordSet('phrase-prepositions');
export const PARENTHETICALS = wordSet('parenthetical-locatives');
/** «от», «при»: a role's complement naming the body it serves (глава наблюдателей от Афросоюза). */
export const ROLE_COMPLEMENT_PREPOSITIONS = wordSet('role-complement-prepositions');
/** «более», «наиболее»: adverbs grading the adjective after them (более позднее сообщение). */
export const DEGREE_ADVERBS = wordSet('degree-adverbs');
export const STOPS = wordSet('clause-stops');
export const NOMINATIVE_PRONOUNS = wordSet('nominative-pronouns');
export const DIALOGUE_PRONOUNS = wordSet('dialogue-pronouns');
export const FIRST_PERSON = wordSet('first-person-words');
export const DEMONSTRATIVE_SUBJECTS = wordSet('demonstrative-subjects');
export const ONE_NOMINATIVE = wordSet('one-of-nominative');
export const ONE_FORMS = wordSet('one-of-forms');
export const QUANTIFIERS = wordSet('quantifier-subjects');
export const COUNT_APPROXIMATORS = wordSet('count-approximators');
/** Third-person possessives opening a phrase (его адвокат): read by the role resolver and the quote speaker rules. */
export const POSSESSIVES = wordSet('possessive-pronouns');
/** Forms of the reflexive «свой», which point back to the clause's subject: read by the quote speaker and «о своих планах» rules. */
export const REFLEXIVE_POSSESSIVES = wordSet('reflexive-possessives');
/** Role words that name one office (судья, прокурор), by stem key → the office they name: read by the role resolver and the quote speaker rules. */
export const OFFICES = wordMap('office-roles');
export const VERB_LIKE_ENDINGS = wordList('verb-like-endings');
/** Parts of speech of a verb's forms that head a clause of their own (a finite verb, an infinitive, a gerund, a short participle): a name's apposition or role stops at one. */
export const CLAUSE_VERB_POS: ReadonlySet<string> = new Set(['VERB', 'INFN', 'GRND', 'PRTS']);
/** Parts of speech that open an aside set off by commas inside a clause: an active participle, a gerund (…, утверждающая, что; …, отметив, что). */
export const ASIDE_POS: ReadonlySet<string> = new Set(['PRTF', 'GRND']);
/** «со ссылкой на»: the words naming a reporter's own source, word by word. */
export const REFERENCE_FRAMES = wordList('reference-frames').map((frame) => frame.split(' '));

const FUNCTION_WORDS = new Map(wordTable('function-words').map((row) => [row.role!, row.word!]));

/** The one word dict/words/function-words.tsv gives a role (partitive → из). */
export function functionWord(role: 'partitive' | 'than' | 'group-pronoun' | 'relative-stem' | 'there' | 'complementizer' | 'as' | 'text-source'): string {
  const word = FUNCTION_WORDS.get(role);
  if (word === undefined) throw new Error(`gazeta: no function word for "${role}" in dict/words/function-words.tsv`);
  return word;
}
