/**
 * Hostile inputs (issue 7 point 6): each must annotate in under 2 s, and should cost no more
 * per character than ordinary news.
 */
export const ADVERSARIAL_LIMIT_MS = 2000;

const MB = 1 << 20;

/** Capitalised words that look like names, places and organisations, with no sentence ends. */
const CAPITALS = ['Москва', 'Путин', 'Альфа', 'Сбербанк', 'Иванов', 'Нью-Йорк', 'ООН', 'Reuters', 'Петровна', 'Дмитриев'];

function fill(unit: (i: number) => string, chars: number): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < chars; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, chars);
}

export const ADVERSARIAL: Record<string, () => string> = {
  '1 MB of «': () => '«'.repeat(MB),
  '1 MB of —': () => '—'.repeat(MB),
  '1 MB of dots': () => '.'.repeat(MB),
  '1 MB of capitalised words': () => fill((i) => CAPITALS[i % CAPITALS.length]! + ' ', MB),
  'one 1 MB word': () => 'абвгдежзийклмнопрстуфхцчшщъыьэюя'.repeat(MB / 32),
  '1 MB of letters and digits': () => fill((i) => (i % 2 ? 'км' : '1'), MB),
  '1 MB of dotted letters': () => fill((i) => (i % 2 ? '.' : 'т'), MB),
  '1 MB of e-mail-like text': () => fill(() => 'a.b@c', MB),
  '1 MB of hyphens': () => '-'.repeat(MB),
  '100 000 unbalanced «': () => Array.from({ length: 100_000 }, (_, i) => (i % 2 ? '«Слово ' : '«слово, ')).join(''),
  'Он сказал: «да. × 100 000': () => 'Он сказал: «да. '.repeat(100_000),
  '128 KB of «Путин сказал: «»': () => '«Путин сказал: «»'.repeat(Math.ceil((128 << 10) / 17)),
  '1 MB of news on one line': () => fill(() => 'Глава РФПИ Кирилл Дмитриев заявил, что Россия и США обсуждают проекты. «Мы готовы», — сказал он. ', MB),
};
