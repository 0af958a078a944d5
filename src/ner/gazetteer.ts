import { tokenize } from '../segment/tokenize.js';
import { fold, stemKey } from '../morph/key.js';
import { azForm, lemmaOf, shapeOf, type Morphology, type WordInfo } from '../morph/index.js';
import type { CompiledGazetteer, DictEntry, Token } from '../types.js';
import { perWordFor } from '../util/word-memo.js';

export type { CompiledGazetteer };
import { compileKeyIndex, joinedPrefixes, keyIndexOf, type KeyIndex, type KeyLookup } from './key-index.js';

/**
 * A gazetteer: every name and alias, keyed by the sequence of its token keys, so that
 * one lookup finds a name in any case form. Longest match wins; among entries that share
 * a key, the first added wins (user dictionaries are added first).
 */

/**
 * A name variant packed into one number, so that the 30 000 built-in keys load as a compiled
 * table of numbers (./key-index.ts): entry index × 256 + length in tokens × 8 + flags.
 */
type Packed = number;
const WEAK = 1; // found by a derived alias (a person's surname alone), weaker than a written one
const CAPS = 2; // the alias is all capitals (МИД): the text must be too
const TITLED = 4; // the alias starts with a capital: the text must too
const MAX_LENGTH = 31;

function pack(entry: number, length: number, flags: number): Packed {
  return entry * 256 + Math.min(length, MAX_LENGTH) * 8 + flags;
}
const entryOf = (v: Packed) => Math.floor(v / 256);

export interface Gazetteer {
  entries: DictEntry[];
  byKey: KeyIndex;
  /** A short alias ending in a vowel (Мали, Того), by key: only that exact word, never «Малой». */
  exact: KeyLookup<string>;
  /** For each first-token key, the longest name (in tokens) that starts with it. */
  maxLength: KeyIndex;
}

/** A gazetteer as buildGazetteer makes it: Maps, which compileGazetteer turns into tables. */
interface BuiltGazetteer extends Gazetteer {
  byKey: Map<string, Packed>;
  exact: Map<string, string>;
  maxLength: Map<string, number>;
}

export function compileGazetteer(gazetteer: BuiltGazetteer): CompiledGazetteer {
  return {
    entries: gazetteer.entries,
    keyTable: compileKeyIndex(gazetteer.byKey),
    lengthTable: compileKeyIndex(gazetteer.maxLength),
    exact: [...gazetteer.exact],
    keyCount: gazetteer.byKey.size,
  };
}

/**
 * The user's entries first (they win every shared key: their lookups come first), then the
 * compiled built-in ones, whose entry indices follow the user's.
 */
export function loadGazetteer(compiled: CompiledGazetteer, user: readonly DictEntry[], lemmaKey: (alias: string) => string): Gazetteer {
  const builtIn: Gazetteer = {
    entries: compiled.entries,
    byKey: keyIndexOf(compiled.keyTable),
    exact: new Map(compiled.exact),
    maxLength: keyIndexOf(compiled.lengthTable),
  };
  if (user.length === 0) return builtIn;
  const own = buildGazetteer([[...user]], lemmaKey);
  const offset = own.entries.length * 256;
  return {
    entries: [...own.entries, ...compiled.entries],
    byKey: {
      get(key) {
        const variant = own.byKey.get(key);
        if (variant !== undefined) return variant;
        const builtInVariant = builtIn.byKey.get(key);
        return builtInVariant === undefined ? undefined : builtInVariant + offset;
      },
      prefixes(parts, count, out) {
        joinedPrefixes(this, parts, count, out);
      },
    },
    exact: { get: (key) => (own.byKey.has(key) ? own.exact.get(key) : builtIn.exact.get(key)) },
    maxLength: {
      get(key) {
        const a = own.maxLength.get(key);
        const b = builtIn.maxLength.get(key);
        return a === undefined ? b : b === undefined ? a : Math.max(a, b);
      },
    },
  };
}

function registerLength(gazetteer: BuiltGazetteer, key: string, length: number): void {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  const known = gazetteer.maxLength.get(first);
  if (known === undefined || known < length) gazetteer.maxLength.set(first, length);
}

/** The entry a one-word name is found under by its key (втб → ВТБ), if any. */
export function entryByKey(gazetteer: Gazetteer, key: string): DictEntry | undefined {
  const variant = gazetteer.byKey.get(key);
  return variant === undefined ? undefined : gazetteer.entries[entryOf(variant)];
}

export interface GazetteerMatch {
  from: number;
  to: number;
  entry: DictEntry;
  weak: boolean;
}

function nameTokens(name: string): Token[] {
  return tokenize(name).filter((t) => t.kind !== 'quote');
}

/**
 * The keys a name is found under. Text words are keyed by stripping their longest ending,
 * which also eats the end of some nominatives (Газпром → газпр, but Газпрома → газпром;
 * Сергей → серг, but Сергея → серге), so a name word is registered under its stripped
 * form, its whole form, and its form without a final й/ь.
 */
// The case endings of a man's name ending in a consonant (Ын → Ына, Ыну, Ыном, Ыне): a grammar fact,
// and kept here rather than in dict/words because the compile step builds these keys before the compiled
// word classes exist.
const CONSONANT_ENDINGS = ['а', 'у', 'ом', 'е'];

function keysOf(tokens: readonly Token[]): string[] {
  let keys = [''];
  for (const t of tokens) {
    const folded = fold(t.text);
    const variants = new Set([t.kind === 'word' ? stemKey(folded) : folded]);
    if (t.kind === 'word') {
      variants.add(folded);
      if (/[йь]$/.test(folded) && folded.length > 3) variants.add(folded.slice(0, -1));
      // A two-letter name word keeps its endings in the text's key (Ыном, Ира: too short a stem
      // to strip), so its case forms are registered as written: Ким Чен Ыну, Кима Чен Ира.
      if (/^[А-Я][бвгджзклмнпрстфхцчшщ]$/.test(t.text)) for (const ending of CONSONANT_ENDINGS) variants.add(folded + ending);
    }
    keys = keys.flatMap((k) => [...variants].map((v) => (k ? `${k} ${v}` : v)));
  }
  return keys;
}

/**
 * The lemma key of a name: its capitalised words by their lemma (Китай for «Китая», which
 * ending-stripping gets wrong), lower-case words as written. Text is keyed the same way,
 * from the morph stage's lemmas, so this is a second way in, beside the stem keys.
 */
export function lemmaKeyOf(alias: string, morphology: Morphology): string {
  return nameTokens(alias)
    .map((t) => {
      const folded = fold(t.text);
      if (t.kind !== 'word' || shapeOf(t.text) === 'lower' || /^[a-z0-9'&.-]+$/.test(folded)) return folded;
      return lemmaOf(morphology.analyse(azForm(t.text)), folded);
    })
    .join(' ');
}

export function buildGazetteer(sources: readonly DictEntry[][], lemmaKey: (alias: string) => string): BuiltGazetteer {
  const gazetteer: BuiltGazetteer = { entries: [], byKey: new Map(), exact: new Map(), maxLength: new Map() };
  const claims: Claim[] = [];
  for (const list of sources) {
    for (const entry of list) {
      const index = gazetteer.entries.push(entry) - 1;
      claimAliases(claims, index, [entry.name, ...entry.aliases], false, lemmaKey);
    }
  }
  // A well-known person is also found by surname alone (Путин, Трампа), unless the
  // surname is some other entry's name.
  gazetteer.entries.forEach((entry, index) => {
    const surname = entry.type === 'PER' ? entry.name.split(' ').slice(1).pop() : undefined;
    if (surname && surname.length >= 4) claimAliases(claims, index, [surname], true, lemmaKey);
  });
  register(gazetteer, claims);
  return gazetteer;
}

/** A key an alias would be found under: as written or by lemma (a form), or only by its stripped stem. */
interface Claim {
  key: string;
  variant: Packed;
  form: boolean;
  exactForm: string | null;
  length: number;
}

function claimAliases(claims: Claim[], index: number, aliases: string[], weak: boolean, lemmaKey: (alias: string) => string): void {
  for (const alias of aliases) {
    const tokens = nameTokens(alias);
    if (tokens.length === 0) continue;
    const letters = alias.replace(NOT_LETTER, '');
    const exactForm = tokens.length === 1 && stemKey(fold(alias)).length <= 3 && /[аеиоуыэюяь]$/.test(fold(alias)) ? fold(alias) : null;
    const cased = letters !== letters.toLowerCase();
    const caps = letters.length >= 2 && letters === letters.toUpperCase() && cased;
    const titled = cased && STARTS_UNLOWER.test(letters);
    const variant = pack(index, tokens.length, (weak ? WEAK : 0) | (caps ? CAPS : 0) | (titled ? TITLED : 0));
    const written = tokens.map((t) => fold(t.text)).join(' ');
    const lemma = lemmaKey(alias);
    for (const key of [...keysOf(tokens), lemma]) {
      claims.push({ key, variant, form: key === written || key === lemma, exactForm, length: tokens.length });
    }
  }
}

/**
 * Each key to the first entry that claims it, with one exception: a key that is only a stripped
 * stem of two entries' names (Ставрополь, Ставрополье → ставропол) belongs to neither, so that
 * the text's lemma decides (Ставрополе → ставрополь, the city).
 */
function register(gazetteer: BuiltGazetteer, claims: readonly Claim[]): void {
  const stemOwners = new Map<string, Set<number>>();
  const formKeys = new Set<string>();
  for (const c of claims) {
    if (c.form) formKeys.add(c.key);
    else stemOwners.set(c.key, (stemOwners.get(c.key) ?? new Set<number>()).add(entryOf(c.variant)));
  }
  for (const c of claims) {
    if (gazetteer.byKey.has(c.key) || (!formKeys.has(c.key) && stemOwners.get(c.key)!.size > 1)) continue;
    gazetteer.byKey.set(c.key, c.variant);
    if (c.exactForm !== null) gazetteer.exact.set(c.key, c.exactForm);
    registerLength(gazetteer, c.key, c.length);
  }
}

/**
 * The longest name a word may open, by its key or (for an analysed word with a lemma of its own)
 * its lemma, kept on the word's record per gazetteer: the key index hashes in script at every
 * look-up, while a word form comes back in every document (the morph stage shares its records).
 */
const maxLengthsOf = perWordFor((gazetteer: Gazetteer, word: WordInfo) => {
  const byKey = gazetteer.maxLength.get(word.key) ?? 0;
  // Only analysed (capitalised) words have a lemma of their own; a lower-case word's folded
  // form is registered among the stem keys already.
  const byLemma = word.analyses.length === 0 || word.lemma === word.key ? 0 : gazetteer.maxLength.get(word.lemma) ?? 0;
  return byKey > byLemma ? byKey : byLemma;
});

/**
 * A word form's own one-word look-ups, by key and by lemma (as KEY_FIELDS), kept on its record:
 * a one-word key is the word's own string, the same in every document.
 */
const singleVariantsOf = perWordFor((gazetteer: Gazetteer, word: WordInfo): readonly (Packed | undefined)[] => KEY_FIELDS.map((field) => gazetteer.byKey.get(word[field])));

/** All longest, non-overlapping gazetteer matches, left to right. */
export function matchGazetteer(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  words: readonly WordInfo[],
  accept: (match: GazetteerMatch) => boolean,
): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  const maxLengthOf = maxLengthsOf(gazetteer);
  const singleVariantOf = singleVariantsOf(gazetteer);
  let i = 0;
  while (i < tokens.length) {
    const word = words[i]!;
    const max = Math.min(tokens.length - i, maxLengthOf(word));
    let found: GazetteerMatch | null = null;
    if (max > 0) {
      // The look-ups of every prefix, made once: longest first is then one read per length.
      if (max > 1) for (let f = 0; f < KEY_FIELDS.length; f++) prefixVariants(gazetteer.byKey, words, i, max, KEY_FIELDS[f]!, variantsByField[f]!);
      for (let len = max; len >= 1 && !found; len--) {
        for (let f = 0; f < KEY_FIELDS.length; f++) {
          const variant = len === 1 ? singleVariantOf(word)[f] : variantsByField[f]![len - 1];
          if (variant === undefined || !surfaceFits(gazetteer, variant, tokens, words, i, len, KEY_FIELDS[f]!)) continue;
          const match = { from: i, to: i + len, entry: gazetteer.entries[entryOf(variant)]!, weak: (variant & WEAK) !== 0 };
          if (accept(match)) {
            found = match;
            break;
          }
        }
      }
    }
    if (found) {
      matches.push(found);
      i = found.to;
    } else {
      i++;
    }
  }
  return matches;
}

const KEY_FIELDS = ['key', 'lemma'] as const;
const CAPS_WITH_ENDING = /^[А-ЯЁ]{2,}[а-яё]{1,3}$/;
const NOT_LETTER = /[^\p{L}]/gu;
const STARTS_UNLOWER = /^\P{Ll}/u;

/**
 * The well-known person whose surname this word is (Путин → Владимир Путин), if any: the entry of a
 * weak (surname-alone) key of the word; person-by-surname.ts checks the word is a form of it.
 */
export function surnameEntry(gazetteer: Gazetteer, word: WordInfo): DictEntry | null {
  for (const field of KEY_FIELDS) {
    const variant = gazetteer.byKey.get(word[field]);
    if (variant === undefined || (variant & WEAK) === 0) continue;
    return gazetteer.entries[entryOf(variant)]!;
  }
  return null;
}

/** Scratch for matchGazetteer: the parts of the keys at one token, and their look-ups per key field. */
const parts: string[] = [];
const variantsByField: (Packed | undefined)[][] = [[], []];

/** The look-ups of the keys of words[from … from + len) by `field`, for every len up to max, into out[len - 1]. */
function prefixVariants(byKey: KeyIndex, words: readonly WordInfo[], from: number, max: number, field: 'key' | 'lemma', out: (Packed | undefined)[]): void {
  parts.length = 0;
  for (let k = 0; k < max; k++) parts.push(words[from + k]![field]);
  if (byKey.prefixes) byKey.prefixes(parts, max, out);
  else joinedPrefixes(byKey, parts, max, out);
}

function surfaceFits(
  gazetteer: Gazetteer, variant: Packed, tokens: readonly Token[], words: readonly WordInfo[], from: number, len: number, field: 'key' | 'lemma',
): boolean {
  const first = words[from]!;
  // «МИДа», «МИДе», «ВТБом»: an abbreviation in capitals takes a lower-case case ending.
  if ((variant & CAPS) !== 0 && first.shape !== 'upper' && !(len === 1 && CAPS_WITH_ENDING.test(tokens[from]!.text))) return false;
  if ((variant & TITLED) !== 0 && first.shape === 'lower') return false;
  // By stem, a short name matches only itself (Мали, not Малой); by lemma, its case forms (Луне).
  // Only one-word aliases are exact (claimAliases), so only a one-word key can be one.
  if (field === 'key' && len === 1) {
    const exact = gazetteer.exact.get(first.key);
    if (exact !== undefined && first.folded !== exact) return false;
  }
  // Names do not run across a line break or sentence punctuation inside the match.
  for (let k = from + 1; k < from + len; k++) {
    if (tokens[k]!.start - tokens[k - 1]!.end > 1) return false;
  }
  return true;
}
