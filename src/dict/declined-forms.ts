import { wordTable } from './words.js';

const DECLENSIONS = wordTable('declined-surname-endings').map((row) => ({
  final: row['final']!,
  drop: row['drop'] === '-' ? 0 : row['drop']!.length,
  endings: row['endings']!.split(' '),
}));

/**
 * The oblique case forms of a name word by its last letter (Сноуден → Сноудена, Сноудену …;
 * Небензя → Небензи …; Дмитрий → Дмитрия …), from dict/words/declined-surname-endings.tsv:
 * for names the morphology may not know.
 */
export function declinedForms(word: string): string[] {
  const last = word.at(-1);
  if (!last) return [];
  const row = DECLENSIONS.find((d) => d.final === last) ?? (/[бвгджзклмнпрстфхцчшщ]/.test(last) ? DECLENSIONS.find((d) => d.final === '-') : undefined);
  if (!row) return [];
  const stem = word.slice(0, word.length - row.drop);
  return row.endings.map((e) => stem + e);
}
