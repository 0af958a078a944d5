import { franc } from 'franc-min';
import type { Warning } from './types.js';

const SAMPLE = 2000;
const MIN_LETTERS = 60;
/** Letters of Ukrainian, Belarusian and Serbian Cyrillic that Russian lacks. */
const NOT_RUSSIAN_CYRILLIC = /[іїєґўђјљњћџ]/giu;

/**
 * A warning when the text is not Russian. franc (trigram language identification) is
 * reliable on paragraphs, not on short strings, and costs time, so it runs only on texts of
 * some length that look suspicious by their letters: mostly non-Cyrillic, or with letters
 * of Cyrillic languages other than Russian.
 */
export function languageWarning(text: string): Warning | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  let cyrillic = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f && /\p{L}/u.test(sample.charAt(i))) {
      letters++;
    }
  }
  if (letters < MIN_LETTERS) return null;
  const foreignCyrillic = (sample.match(NOT_RUSSIAN_CYRILLIC)?.length ?? 0) > 2;
  if (cyrillic / letters > 0.5 && !foreignCyrillic) return null;
  const language = franc(sample, { minLength: MIN_LETTERS });
  if (language === 'rus' || language === 'und') return null;
  return { code: 'NOT_RUSSIAN', language, message: `the text looks like ${language}, not Russian: gazeta reads Russian only` };
}

/** The document's warnings about its language: none for Russian text. */
export function languageWarnings(text: string): Warning[] {
  const warning = languageWarning(text);
  return warning ? [warning] : [];
}
