import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

/** The text with each pronoun that refers to an entity marked: «Он[→Кирилл Дмитриев]». */
function linked(text: string): string {
  const doc = annotate(text);
  const refs = doc.entities.flatMap((e) => e.references.map((r) => ({ ...r, name: e.name }))).sort((a, b) => b.start - a.start);
  let out = text;
  for (const r of refs) {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    out = out.slice(0, r.end) + `[→${r.name}]` + out.slice(r.end);
  }
  return out;
}

describe('pronouns that refer to people', () => {
  it('a pronoun continues the person the text is about, across sentences and in every case', () => {
    expect(linked('Глава РФПИ Кирилл Дмитриев прилетел в Эр-Рияд. Он встретился с министром энергетики. Позже ему вручили награду.'))
      .toBe('Глава РФПИ Кирилл Дмитриев прилетел в Эр-Рияд. Он[→Кирилл Дмитриев] встретился с министром энергетики. Позже ему[→Кирилл Дмитриев] вручили награду.');
  });

  it('by gender: она for the woman, ему for the man', () => {
    expect(linked('Сергей Лавров встретился с Марией Захаровой. Она рассказала ему о брифинге.'))
      .toBe('Сергей Лавров встретился с Марией Захаровой. Она[→Мария Захарова] рассказала ему[→Сергей Лавров] о брифинге.');
  });

  it('a person is not the pronoun of their own clause (себя, свой would be), but is of the next one', () => {
    expect(linked('Дмитриев заявил, что его фонд вложит в проект миллиард. Путин поблагодарил его за работу.'))
      .toBe('Дмитриев заявил, что его[→Кирилл Дмитриев] фонд вложит в проект миллиард. Путин поблагодарил его[→Кирилл Дмитриев] за работу.');
  });

  it('the object of a clause whose subject pronoun is a person is someone or something else', () => {
    expect(linked('Министр Антон Силуанов представил бюджет. Он назвал его сбалансированным.'))
      .toBe('Министр Антон Силуанов представил бюджет. Он[→Антон Силуанов] назвал его сбалансированным.');
  });

  it('a thing of the same gender in the subject\'s place takes the pronoun: no person is linked', () => {
    const text = 'Госдума приняла закон о платформенной экономике. Он вступит в силу в марте. Председатель Госдумы Вячеслав Володин назвал его важным.';
    expect(linked(text)).toBe(text);
  });

  it('an unnamed person (мужчина) in the subject\'s place takes the pronoun', () => {
    const text = 'Министр Иван Соколов приехал в город. Задержанный мужчина дал показания. Он признал вину.';
    expect(linked(text)).toBe(text);
  });

  it('a pronoun of a speaker follows the quote\'s attribution', () => {
    expect(linked('Министр финансов Антон Силуанов выступил в Думе.\n— Мы не планируем повышать налоги, — подчеркнул он.'))
      .toBe('Министр финансов Антон Силуанов выступил в Думе.\n— Мы не планируем повышать налоги, — подчеркнул он[→Антон Силуанов].');
  });

  it('looks back two sentences at most', () => {
    const text = 'Анна Попова провела совещание. Рабочая группа собралась вечером. Совещание длилось два часа. Итоги подвели утром. Она поручила проверить школы.';
    expect(linked(text)).toBe(text);
  });
});

describe('a name a place or an institution is named after is no one a pronoun stands for', () => {
  it('в центре Джонса Хопкинса, на улице Монсиньи: the pronoun goes on with the person the text tells of', () => {
    const doc = annotate('Солдат Игорь Рудов перенёс операцию в Медицинском центре Джонса Хопкинса. «Я снова живу», — сказал он на пресс-конференции. По его словам, руки уже двигаются.');
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['Игорь Рудов', 'Игорь Рудов']);
    expect(linked('Нападение произошло на улице Монсиньи. Очевидцы описывают его как молодого человека.')).toBe('Нападение произошло на улице Монсиньи. Очевидцы описывают его как молодого человека.');
  });

  it('but a role before the noun makes the name its holder: директор центра Иван Петров', () => {
    expect(linked('Директор центра Иван Петров открыл выставку. Он поблагодарил гостей.')).toBe('Директор центра Иван Петров открыл выставку. Он[→Иван Петров] поблагодарил гостей.');
  });
});
