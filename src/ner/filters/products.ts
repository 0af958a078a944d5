import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { adjacent, beforeMarks, type NerContext } from '../context.js';

const PRODUCT_NOUNS = wordSet('product-nouns');
const GRADED_GOODS = wordSet('graded-goods');
const GRADE_NOUNS = wordSet('grade-nouns');

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
  if (isQuotedOwner(ctx, c.tokens[0])) return false;
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
  if (!noun || ctx.tokens[k]!.kind !== 'word' || noun.shape !== 'lower') return false;
  if (PRODUCT_NOUNS.has(noun.folded)) return true;
  const good = ctx.words[k - 1];
  return GRADE_NOUNS.has(noun.folded) && !!good && ctx.tokens[k - 1]!.kind === 'word' && GRADED_GOODS.has(good.folded);
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
