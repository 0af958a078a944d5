import { OFFICES } from '../clauses/words.js';
import { wordTable } from '../dict/words.js';
import { fold, stemKey } from '../morph/key.js';
import type { EntityId } from '../types.js';
import type { ResolveContext } from './context.js';
import { documentYear } from './document-year.js';

/**
 * The office-holder rule: «Путин провёл совещание … президент России заявил»: a role of a country
 * or a body that the text never links to a person is the person who held that office in the
 * document's year (dict/words/office-holders.tsv), when the text names them. Only where the year
 * is known from the text; a person the table does not know for that office is not given it.
 */

interface Term {
  office: string;
  places: readonly string[];
  adjectives: readonly string[];
  field: readonly string[];
  person: EntityId;
  from: number;
  to: number;
}

const list = (cell: string | undefined) => (!cell || cell === '-' ? [] : cell.split(' '));

/** The office a role word names, by its match key: премьер-министр and премьер are one. */
function officeOf(key: string): string {
  return OFFICES.get(key) ?? key;
}

/** The terms, by the office their role word names. */
const TERMS = new Map<string, Term[]>();
for (const row of wordTable('office-holders')) {
  const office = officeOf(stemKey(fold(row.role!)));
  const terms = TERMS.get(office) ?? [];
  terms.push({ office, places: list(row.place), adjectives: list(row.adjectives), field: list(row.field), person: row.person!, from: Number(row.from), to: Number(row.to) });
  TERMS.set(office, terms);
}

/** Tokens after the role word its place may be named in (президент Российской Федерации, председатель правительства России). */
const PLACE_REACH = 4;

/** Years a term may miss the document's year by and its holder still be the one meant, when the text found them. */
const YEAR_SLACK = 1;

/** What the office table says of a role phrase: the holders in the document's year, and every holder the table knows for that office. */
export interface OfficeHolders {
  /** People the table gives the office in the document's year that the text names. */
  named: EntityId[];
  /**
   * Everyone the table gives the office within a year of the document's: a text dated by a year it
   * looks forward to (выборы 2018 года, in 2017) still speaks of the holder of its own year.
   */
  near: ReadonlySet<EntityId>;
}

/**
 * The office the role phrase [from, to) with its role word at `head` names (президент России,
 * российский президент, генсек ООН), as the table knows it; null where no row is of the phrase
 * or the document's year is unknown.
 */
export function officeHolders(ctx: ResolveContext, from: number, to: number, head: number): OfficeHolders | null {
  if (ctx.tokens[head]?.kind !== 'word') return null;
  const terms = TERMS.get(officeOf(ctx.words[head]!.key));
  if (!terms) return null;
  const year = documentYear(ctx);
  if (year === null) return null;
  const places = placesAfter(ctx, head, to);
  const words: string[] = [];
  for (let k = from; k < Math.min(to, head + 1 + PLACE_REACH); k++) if (k !== head && ctx.tokens[k]!.kind === 'word') words.push(ctx.words[k]!.folded);
  const fits = (term: Term) =>
    (term.places.length === 0 && term.adjectives.length === 0 ? true : term.places.some((p) => places.has(p)) || term.adjectives.some((a) => words.some((w) => w.startsWith(a)))) &&
    term.field.every((f) => words.some((w) => w.startsWith(f)));
  const fitting = terms.filter(fits);
  if (fitting.length === 0) return null;
  const named = [...new Set(fitting.filter((t) => t.from <= year && year <= t.to && ctx.entities.has(t.person)).map((t) => t.person))];
  return { named, near: new Set(fitting.filter((t) => t.from <= year + YEAR_SLACK && year - YEAR_SLACK <= t.to).map((t) => t.person)) };
}

/** The entities of the places and bodies named within PLACE_REACH tokens after the role word, inside the phrase. */
function placesAfter(ctx: ResolveContext, head: number, to: number): Set<EntityId> {
  const found = new Set<EntityId>();
  for (let k = head + 1; k < Math.min(to, head + 1 + PLACE_REACH); k++) {
    const m = ctx.mentionAt[k] ?? -1;
    if (m === -1) continue;
    const mention = ctx.mentions[m]!;
    // A person named after the role holds it or is its complement: the office is not of a place.
    if (mention.type === 'PER') break;
    found.add(mention.entity);
  }
  return found;
}

/**
 * «Назарбаев назначил выборы … Президент и сам критиковал депутатов»: a bare role word (no place,
 * no field) names the one person the table gives that office in the document's year among those the
 * text names, within a year of the document's (a text dated by a year it looks forward to); null
 * where it names none or several (Путин and Байден: which president?), or the year is unknown.
 */
export function soleOfficeHolder(ctx: ResolveContext, head: number): EntityId | null {
  if (ctx.tokens[head]?.kind !== 'word') return null;
  const terms = TERMS.get(officeOf(ctx.words[head]!.key));
  if (!terms) return null;
  const year = documentYear(ctx);
  if (year === null) return null;
  // A term with a field (председатель правительства) is no bare role's.
  const named = new Set(terms.filter((t) => t.field.length === 0 && t.from <= year + YEAR_SLACK && year - YEAR_SLACK <= t.to && ctx.entities.has(t.person)).map((t) => t.person));
  return named.size === 1 ? [...named][0]! : null;
}
