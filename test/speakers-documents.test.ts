import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

const quotes = (text: string) => quoteView(text, { named: true });
/** The speakers' names of the quotes found, in order. */
const names = (text: string) => quotes(text).map((q) => q.split(' | ')[1]);

describe('a generic document noun stands for the document named before', () => {
  it('a kind noun with its complement', () => {
    expect(names('Указ о назначении посла опубликован в четверг на сайте Кремля. «Назначить Ивана Петрова послом в Чили», — говорится в документе.')).toEqual(['указ о назначении посла']);
  });

  it('a kind noun with its number, also through a bare mention of it in between', () => {
    expect(names('Министерство утвердило приказ № 15 от 3 мая. Данный приказ вводит новые правила. Как сказано в этом документе, школы должны открыться в сентябре.')).toEqual(['приказ № 15']);
  });

  it('a title after a generic noun is the name', () => {
    expect(names('Правительство опубликовало документ «Стратегия развития туризма». В документе говорится, что налоги для гостиниц снизят.')).toEqual(['Стратегия развития туризма']);
  });

  it('a bare kind noun', () => {
    expect(names('Мэр подписал распоряжение. В тексте говорится, что парк закроют на ремонт.')).toEqual(['распоряжение']);
  });

  it('no document named: the noun stays', () => {
    expect(names('В документе говорится, что парк закроют на ремонт.')).toEqual(['документ']);
  });

  it('a text of something else is no document of the story', () => {
    expect(names('Президент подписал закон о парках. Как сказано в тексте письма, парк закроют на ремонт.')).not.toContain('закон о парках');
  });
});

describe('a referenced source of the citing speaker’s own', () => {
  it('«свои источники» of an outlet whose name does not decline', () => {
    expect(names('Как сообщила газета The Daily Star, ссылаясь на свои источники, мэр города был срочно доставлен в больницу.')).toEqual(['The Daily Star', 'источники The Daily Star']);
  });

  it('«свои источники» of a person, in the genitive', () => {
    expect(names('Журналист Иван Петров, ссылаясь на свои источники, сообщил, что мэр уйдёт в отставку.')).toEqual(['Иван Петров', 'источники Ивана Петрова']);
  });
});

describe('«публикация» is the article, not an outlet', () => {
  it('stays an unnamed phrase after a quoted outlet', () => {
    expect(names('Под Саратовом нашли клад монет, сообщает «Волжский курьер». В публикации говорится, что монетам около трёхсот лет.')).toEqual(['Волжский курьер', 'публикация']);
  });
});
