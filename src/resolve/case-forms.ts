import { declinedForms } from '../dict/declined-forms.js';
import { fold } from '../morph/index.js';

/**
 * The alias is only the name declined, word by word (Дмитрия Медведева for Дмитрий Медведев,
 * Манделы for Мандела): a case form, which belongs to the mentions, not to the other names a
 * search index keys on. A first word that is a listed first name of its own stays an alias
 * (Александра Кольченко may be a woman's name the text also uses).
 */
export function isCaseFormOfName(alias: string, name: string, isListedFirstName: (folded: string) => boolean): boolean {
  const a = alias.split(/\s+/).map(fold);
  const n = name.split(/\s+/).map(fold);
  if (a.length !== n.length) return false;
  let differs = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === n[i]) continue;
    if (i === 0 && isListedFirstName(a[i]!)) return false;
    if (!declinedForms(n[i]!).includes(a[i]!)) return false;
    differs = true;
  }
  return differs;
}
