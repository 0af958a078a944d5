/**
 * The sets of OpenCorpora grammemes that rules test readings against, each named for what it
 * means, in one place: a rule that needs «a person's or a place's name» takes that set here
 * rather than writing its own list (which then drifts from the others).
 */

/** A person's name: first name, surname, patronymic. */
export const PERSON_GRAMMEMES: readonly string[] = ['Name', 'Surn', 'Patr'];

/** Any proper name: a person's, a place's (Geox), an organisation's (Orgn). */
export const PROPER_GRAMMEMES: readonly string[] = [...PERSON_GRAMMEMES, 'Geox', 'Orgn'];

/** A word the dictionary holds as a name rather than a common word: a proper name, an abbreviation, a trade mark. */
export const NAMING_GRAMMEMES: readonly string[] = [...PROPER_GRAMMEMES, 'Abbr', 'Trad'];

/** A person's or a place's name (no organisation's). */
export const PERSON_OR_PLACE_GRAMMEMES: readonly string[] = [...PERSON_GRAMMEMES, 'Geox'];

/** A first name, a surname or a place's name: a word that can stand alone as a name (not a patronymic). */
export const NAME_OR_PLACE_GRAMMEMES: readonly string[] = ['Name', 'Surn', 'Geox'];

/** Those, or an organisation's name: a proper name that can stand alone. */
export const NAME_PLACE_OR_BODY_GRAMMEMES: readonly string[] = [...NAME_OR_PLACE_GRAMMEMES, 'Orgn'];

/** The six main cases (without the second genitive, locative, accusative or the vocative). */
export const CASE_GRAMMEMES: readonly string[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** What an adjective shows to agree with its noun: gender, the plural, case (no «sing»: a singular one shows its gender). */
export const ADJECTIVE_AGREEMENT_GRAMMEMES: readonly string[] = ['masc', 'femn', 'neut', 'plur', ...CASE_GRAMMEMES];

/** Every case the dictionary marks: the six, the vocative and the second genitive, accusative and locative. */
export const ALL_CASE_GRAMMEMES: readonly string[] = [...CASE_GRAMMEMES, 'voct', 'gen2', 'acc2', 'loc2'];
