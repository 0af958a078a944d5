/**
 * A person's gender in normal forms, as the whole text shows it: a woman's name whose every form
 * in the text may also be a man's genitive (Аделина Сотникова: Аделин Сотников?) takes the
 * gender the verbs, her other mentions and the words around them show. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const person = (text: string, surname: string) => {
  const e = annotate(text, { quotes: false }).entities.filter((x) => x.type === 'PER' && x.name.includes(surname));
  return e.map((x) => ({ id: x.id, name: x.name, aliases: x.aliases }));
};

describe('person gender from the whole text', () => {
  it('a verb after the name makes an ambiguous woman\'s name hers', () => {
    const text = 'Вчера бронзовая призёрка чемпионата Европы Аделина Звягинцева объявила о завершении карьеры.';
    expect(person(text, 'Звягинцев')).toEqual([{ id: 'per:аделина-звягинцева', name: 'Аделина Звягинцева', aliases: [] }]);
  });

  it('a man\'s mention in the nominative gives the name his gender, not a woman\'s form of it', () => {
    const text = 'Суд продлил арест Александра Кольцова. Александр Кольцов свою вину не признал.';
    const [p] = person(text, 'Кольцов');
    expect(p?.name).toBe('Александр Кольцов');
    expect(p?.aliases).not.toContain('Александра Кольцова');
  });

  it('her full mentions in other cases do not become a man\'s name among her aliases', () => {
    const text = 'Тренер похвалил Аделину Рыбакову за чистый прокат. Рыбакова стала второй, а Аделина Рыбакова из Казани заняла место в сборной.';
    const [p] = person(text, 'Рыбаков');
    expect(p?.name).toBe('Аделина Рыбакова');
    expect(p?.aliases).not.toContain('Аделин Рыбаков');
  });

  it('an inverted report shows the gender: «— заявила …»', () => {
    const text = '«Мы готовы к переговорам», — заявила Аделина Сомова.';
    expect(person(text, 'Сомов')[0]?.name).toBe('Аделина Сомова');
  });

  it('a man\'s indeclinable first name is no case form of a woman\'s listed one', () => {
    const text = 'Соглашение подписал посол Италии Федерико Бруни.';
    expect(person(text, 'Бруни')[0]?.name).toBe('Федерико Бруни');
  });

  it('a verb outweighs the guessed genitive of a foreign surname', () => {
    const text = 'Врачи навестили Мисао Окаву. Мисао Окаву поздравили с днём рождения. Окава ответила журналистам.';
    expect(person(text, 'Окав')[0]?.name).toBe('Мисао Окава');
  });

  it('a mention that is the name itself adds no alias of its own', () => {
    const text = 'Главный тренер испанского клуба «Барселона» Хосеп Гвардиола доволен игрой. Под руководством Хосепа Гвардиолы команда выиграла всё.';
    expect(person(text, 'Гвардиол')).toEqual([{ id: 'per:хосеп-гвардиола', name: 'Хосеп Гвардиола', aliases: [] }]);
  });
});

describe('a name in apposition to a role a source frame governs, past the role\'s complement', () => {
  it('По мнению члена комитета по обороне и безопасности Валерия Шнякина: his genitive, not a woman Валерия Шнякина', () => {
    const doc = annotate('По мнению члена комитета сената по обороне и безопасности Валерия Шнякина, решение возлагает на организацию ответственность.');
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual(['Валерий Шнякин']);
  });

  it('not a role no word governs: мать спортсменки Даниела Липницкая stays as written', () => {
    const doc = annotate('Об этом рассказала мать спортсменки Даниела Липницкая.', { quotes: false });
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual(['Даниела Липницкая']);
  });
});

describe('a surname the morphology reads only as a short adjective takes the gender the first name shows', () => {
  it('Игоря Рудова → Игорь Рудов; Анну Рудову → Анна Рудова', async () => {
    const { annotate } = await import('../src/index.js');
    const names = (t: string) => annotate(t, { quotes: false }).entities.filter((e) => e.type === 'PER').map((e) => e.name);
    expect(names('Журналисты спросили Игоря Рудова о планах.')).toEqual(['Игорь Рудов']);
    expect(names('Полиция задержала Игоря Сомова.')).toEqual(['Игорь Сомов']);
    expect(names('Мы видели Анну Рудову на вокзале.')).toEqual(['Анна Рудова']);
  });
});
