import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { adjacent, atSentenceStart, beforeMarks, wordsKey, type NerContext } from '../context.js';

const PRODUCT_NOUNS = wordSet('product-nouns');
const GRADED_GOODS = wordSet('graded-goods');
const GRADE_NOUNS = wordSet('grade-nouns');
const MODEL_NOUNS = wordSet('model-nouns');
const MODEL_ADJECTIVES = wordSet('model-adjectives');
const MAKER_PREPOSITIONS = wordSet('maker-prepositions');

/**
 * The products filter over the whole proposal: a name after a product's noun (isProductName), a
 * name made by an organisation named right after it (GigaChat от Сбера), and a model's code after
 * its number (Boeing 737 MAX).
 */
export function withoutProducts(ctx: NerContext, candidates: Candidate[]): Candidate[] {
  const orgStarts = new Set<number>();
  for (const c of candidates) if (c.type === 'ORG') orgStarts.add(c.tokens[0]);
  const products = new Set<string>();
  const kept = candidates.filter((c) => {
    const product = isProductName(ctx, c) || isMadeBy(ctx, c, orgStarts) || isModelCode(ctx, c);
    if (product && c.rule !== 'dict') products.add(wordsKey(ctx, ...c.tokens, 'key'));
    return !product;
  });
  // «модель ChatGPT … обогнала ChatGPT»: a name the document showed to be a product is one at its other mentions too.
  if (products.size === 0) return kept;
  return kept.filter((c) => c.type !== 'ORG' || c.rule === 'dict' || !products.has(wordsKey(ctx, ...c.tokens, 'key')));
}

/**
 * «Gemini от Google», «GigaChat от Сбера»: a name that no dictionary holds, followed by «от» and
 * an organisation, is a thing that organisation makes; a body is not «from» another body.
 */
function isMadeBy(ctx: NerContext, c: Candidate, orgStarts: ReadonlySet<number>): boolean {
  if (c.type !== 'ORG' || c.rule === 'dict') return false;
  const k = c.tokens[1];
  const from = ctx.words[k];
  return !!from && ctx.tokens[k]!.kind === 'word' && MAKER_PREPOSITIONS.has(from.folded) && from.shape === 'lower' && adjacent(ctx, k - 1, k) && orgStarts.has(k + 1);
}

/** «737 MAX», «A320 neo»: a Latin word in capitals right after a model's number is the model's code, not a body. */
function isModelCode(ctx: NerContext, c: Candidate): boolean {
  if (c.type !== 'ORG' || c.tokens[1] - c.tokens[0] !== 1) return false;
  const k = c.tokens[0];
  const number = ctx.tokens[k - 1];
  return !!number && number.kind === 'number' && /^\d{1,3}$/.test(number.text) && !!ctx.words[k]!.latin && ctx.words[k]!.shape === 'upper' && adjacent(ctx, k - 1, k);
}

/**
 * «автомобиль BMW», «на вертолётах Apache», «ракета «Булава»», «нефть марки Brent»: a name right
 * after a noun of things made and sold names the product (its make or model), which is no
 * organisation. The noun must be written in lower case: «Самолёт» opening a headline says nothing.
 * «Модель» and «марка» alone are left out: модель Dior is a woman, лицо марки Dior the company.
 * A make before a model's name (автомобиль Volkswagen Golf, планшетов Apple iPad, «Тойота Камри»)
 * is the company that makes it; before a code or a number (BMW 320, Honda CR-V) it is the product.
 */
export function isProductName(ctx: NerContext, c: Candidate): boolean {
  // «самолёт министерства обороны»: a body in lower case after the noun is its owner.
  if (c.type !== 'ORG' || ctx.words[c.tokens[0]]!.shape === 'lower') return false;
  const model = ctx.words[c.tokens[1]];
  if (model && ctx.tokens[c.tokens[1]]!.kind === 'word' && (model.shape === 'title' || model.shape === 'mixed') && adjacent(ctx, c.tokens[1] - 1, c.tokens[1])) return false;
  if (isQuotedOwner(ctx, c.tokens[0]) || isOwnerAfterNoun(ctx, c.tokens[0])) return false;
  return productNounBefore(ctx, c.tokens[0]) || (LATIN_CODE.test(ctx.tokens[c.tokens[0]]!.text) && isNameWord(ctx, c.tokens[0] - 1) && productNounBefore(ctx, c.tokens[0] - 1));
}

const LATIN_CODE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/**
 * «Honda CR-V»: a Latin model code after the make is the product too; a Cyrillic name there is
 * the owner (самолёт Ту-154 Минобороны, истребители Королевских ВВС).
 */
function isNameWord(ctx: NerContext, k: number): boolean {
  const w = ctx.words[k];
  return !!w && ctx.tokens[k]!.kind === 'word' && w.shape !== 'lower' && adjacent(ctx, k, k + 1);
}

function productNounBefore(ctx: NerContext, from: number): boolean {
  const k = beforeMarks(ctx, from); // «автомобиля ''Lamborghini''»
  const noun = ctx.words[k];
  if (!noun || ctx.tokens[k]!.kind !== 'word') return false;
  // «Смартфон Galaxy S25 …» opening a sentence: a capital there says nothing, and a Latin name is no
  // part of a Cyrillic company's name (Самолёт, a developer, is written alone).
  if (noun.shape === 'title' && atSentenceStart(ctx, k) && k === from - 1 && ctx.words[from]!.latin && PRODUCT_NOUNS.has(noun.folded)) return true;
  if (noun.shape !== 'lower') return false;
  if (PRODUCT_NOUNS.has(noun.folded)) return true;
  // «языковая модель GigaChat»: «модель» alone may be a woman (модель Dior); a model of a kind is a thing.
  const kind = ctx.words[k - 1];
  if (MODEL_NOUNS.has(noun.folded) && !!kind && ctx.tokens[k - 1]!.kind === 'word' && adjacent(ctx, k - 1, k) && MODEL_ADJECTIVES.has(ctx.analyseWord(kind)[0]?.lemma ?? '')) return true;
  const before = ctx.words[k - 1];
  if (!before || ctx.tokens[k - 1]!.kind !== 'word') return false;
  // «нефть марки Brent», and the other order: «сорт нефти Brent», «марки бензина Аи-95».
  return (GRADE_NOUNS.has(noun.folded) && GRADED_GOODS.has(before.folded)) || (GRADED_GOODS.has(noun.folded) && GRADE_NOUNS.has(before.folded));
}

/**
 * «станция „Водоканала“», «самолёт «Аэрофлота»»: a quoted name in the genitive, which cannot be the
 * thing's own name (that stays in the nominative: станции «Мир»), is its owner.
 */
function isQuotedOwner(ctx: NerContext, from: number): boolean {
  if (ctx.tokens[from - 1]?.kind !== 'quote') return false;
  const analyses = ctx.words[from]!.analyses;
  return analyses.some((a) => a.grams.includes('gent')) && !analyses.some((a) => a.grams.includes('nomn'));
}

/**
 * «нейросетью Яндекса», «спутником Роскосмоса»: a Cyrillic name in the genitive right after a noun
 * in another case is its maker or owner; the thing's own name would agree with the noun or stay
 * in the nominative. After a genitive noun (автомобиля Лады) the case says nothing.
 */
function isOwnerAfterNoun(ctx: NerContext, from: number): boolean {
  const name = ctx.words[from];
  const noun = ctx.words[from - 1];
  if (!name || !noun || name.latin || ctx.tokens[from - 1]!.kind !== 'word' || !adjacent(ctx, from - 1, from)) return false;
  const genitiveOnly = (analyses: readonly { grams: readonly string[] }[]) => analyses.some((a) => a.grams.includes('gent')) && !analyses.some((a) => a.grams.includes('nomn'));
  return genitiveOnly(name.analyses) && !ctx.analyseWord(noun).some((a) => a.grams.includes('gent'));
}
