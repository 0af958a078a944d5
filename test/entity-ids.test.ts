import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const entities = (text: string) => annotate(text, { quotes: false }).entities;
const idOf = (text: string, name: string) => entities(text).find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;

describe('entity ids do not depend on the document', () => {
  it('gives one rule-made name the same id whatever else the document holds', () => {
    const alone = idOf('Юридический комитет одобрил его.', 'Юридический комитет');
    const twice = entities('Текст передали в юридический комитет сената. Юридический комитет одобрил его. Юридическому комитету нужно время.');
    expect(alone).toBe('org:юридический-комитет');
    const committee = twice.filter((e) => e.id.startsWith('org:юридический-комитет') && e.name === 'Юридический комитет');
    expect(committee.map((e) => e.id)).toEqual(['org:юридический-комитет']);
    expect(committee[0]!.mentions.map((m) => m.text)).toEqual(['Юридический комитет', 'Юридическому комитету']);
    expect(twice.some((e) => /~\d+$/.test(e.id))).toBe(false);
  });

  it('gives a person named twice in full one id, not a second «~2» one', () => {
    const people = entities('Азамата Сагитова уволили. Азамат Сагитов не согласен. Азамату Сагитову звонили.').filter((e) => e.type === 'PER');
    expect(people.map((e) => e.id)).toEqual(['per:азамат-сагитов']);
    expect(people[0]!.mentions).toHaveLength(3);
    expect(people[0]!.aliases).toEqual([]);
  });

  it('gives a person whose surname only shares a key with a dictionary person’s (Турчинов, Турчин) an id of his own', () => {
    const [person] = entities('Александр Турчинов выступил на заседании. Турчинов ответил на вопросы.').filter((e) => e.type === 'PER');
    expect(person).toMatchObject({ id: 'per:александр-турчинов', name: 'Александр Турчинов', source: 'rule' });
    expect(person!.mentions).toHaveLength(2);
    expect(entities('Владимира Путина встретили в аэропорту.').map((e) => e.id)).toEqual(['per:vladimir-putin']);
  });

  it('gives a rule-found name that a dictionary entry holds the dictionary id', () => {
    // Израиль is also a first name, so the gazetteer leaves «с Израилем» to the place rule.
    const [israel] = entities('Иорданцы требуют разорвать мирное соглашение с Израилем.');
    expect(israel).toMatchObject({ id: 'loc:israel', name: 'Израиль', source: 'dict' });
    expect(israel!.mentions[0]!.rule).not.toBe('dict');
  });

  it('gives a lower-case body followed by «России» the dictionary id of the Russian body', () => {
    const [committee] = entities('Сейчас следственный комитет России проводит проверку.').filter((e) => e.type === 'ORG');
    expect(committee).toMatchObject({ id: 'org:sk', source: 'dict' });
  });

  it('gives a place with a lower-case compass adjective the dictionary id of its proper name', () => {
    const [west] = entities('Цены на газ в странах западной Европы выросли.').filter((e) => e.type === 'LOC');
    expect(west).toMatchObject({ id: 'loc:zapadnaya-evropa', source: 'dict' });
  });

  it('keeps a lower-case generic body apart from the dictionary body of that name', () => {
    const [justice] = entities('Как сообщило министерство юстиции США, американец арестован.').filter((e) => e.type === 'ORG');
    expect(justice!.id).not.toBe('org:minjust');
    // Named with its country, it is the dictionary's body of that country.
    expect(justice!.id).toBe('org:us-doj');
  });
});

describe('aliases are other names, not case forms', () => {
  it('leaves case forms of a dictionary name to the mentions', () => {
    const russia = entities('Посол России встретился с министром. В России об этом пока не говорят.').find((e) => e.id === 'loc:russia')!;
    expect(russia.mentions.map((m) => m.text)).toEqual(['России', 'России']);
    expect(russia.aliases).not.toContain('России');
  });

  it('leaves case forms of a rule-made name to the mentions and keeps a short form in the nominative', () => {
    const [person] = entities('Встреча с Азаматом Сагитовым прошла в мэрии. Сагитова спросили о бюджете.').filter((e) => e.type === 'PER');
    expect(person!.name).toBe('Азамат Сагитов');
    expect(person!.mentions).toHaveLength(2);
    expect(person!.aliases).toEqual(['Сагитов']);
  });

  it('leaves a full name declined word by word to the mentions, once the text writes the name itself', () => {
    const [person] = entities('Приезд Оррина Хэтча ожидается к обеду. Сенатор Оррин Хэтч прибыл вечером.').filter((e) => e.type === 'PER');
    expect(person!.name).toBe('Оррин Хэтч');
    expect(person!.mentions.map((m) => m.text)).toEqual(['Оррина Хэтча', 'Оррин Хэтч']);
    expect(person!.aliases).not.toContain('Оррина Хэтча');
  });

  it('leaves a full name to the mentions where the word before shows it is not the nominative', () => {
    const [person] = entities('Слова сенатора Оррина Хэтча процитировали газеты.').filter((e) => e.type === 'PER');
    expect(person!.name).toBe('Оррин Хэтч');
    expect(person!.aliases).toEqual([]);
  });

  it('leaves a full name to the mentions where its first name is a case form of a listed one, but not «Роберто»', () => {
    const [declined] = entities('Завещание Альфреда Кронберга огласили вчера.').filter((e) => e.type === 'PER');
    expect(declined!.name).toBe('Альфред Кронберг');
    expect(declined!.aliases).toEqual([]);
    const [foreign] = entities('Гол Роберто Баджо вошёл в историю.').filter((e) => e.type === 'PER');
    expect([foreign!.name, ...foreign!.aliases]).toContain('Роберто Баджо');
  });

  it('leaves case forms of a dictionary person to the mentions though the text never writes the name', () => {
    const [messi] = entities('Гол Лионеля Месси решил исход матча.').filter((e) => e.type === 'PER');
    expect(messi!.source).toBe('dict');
    expect(messi!.aliases).not.toContain('Лионеля Месси');
  });

  it('names a person by a full mention written in the nominative where the fullest one would give a name the text never writes', () => {
    const [poet] = entities('Фильм о Габдулле Тукаю сняли в Казани. Габдулла Тукай родился в 1886 году.').filter((e) => e.type === 'PER');
    expect(poet!.name).toBe('Габдулла Тукай');
    expect(poet!.aliases).toEqual([]);
  });

  it('leaves a dictionary person’s name declined to the mentions, though its first word is also a woman’s name', () => {
    const [president] = entities('Александра Лукашенко встретили в аэропорту.').filter((e) => e.type === 'PER');
    expect(president!.source).toBe('dict');
    expect(president!.aliases).not.toContain('Александра Лукашенко');
  });

  it('leaves to the mentions a name whose first name drops a vowel (Льва) or whose surname has an apostrophe (О’Коннор)', () => {
    const [painter] = entities('Выставка Льва Гринберга открылась в музее.').filter((e) => e.type === 'PER');
    expect(painter!.name).toBe('Лев Гринберг');
    expect(painter!.aliases).toEqual([]);
    const [senator] = entities('Интервью с Патриком О’Коннором вышло в субботу.').filter((e) => e.type === 'PER');
    expect(senator!.name).toBe('Патрик О’Коннор');
    expect(senator!.aliases).toEqual([]);
  });

  it('names an abbreviation in capitals as written, not as a case form the morphology guesses', () => {
    expect(entities('В АВЛУ ждут ответа.').map((e) => e.name)).toEqual(['АВЛУ']);
  });

  it('keeps an abbreviation introduced in brackets as an alias', () => {
    const [org] = entities('Письмо направила Ассоциация владельцев лесных угодий (АВЛУ). В АВЛУ ждут ответа.').filter((e) => e.type === 'ORG');
    expect(org!.aliases).toEqual(['АВЛУ']);
    expect(org!.aliases.some((a) => a.startsWith('Ассоциации'))).toBe(false);
  });
});

describe('a foreign name known only in an oblique case', () => {
  it.each([
    ['Критики вспомнили «Гражданина Кейна» Орсона Уэллса (1941).', 'Орсон Уэллс'],
    ['Делегация поздравила нового президента Зимбабве Эммерсона Мнангагвы.', 'Эммерсон Мнангагва'],
  ])('%s: keeps no case form as an alias', (text, name) => {
    const person = annotate(text, { quotes: false }).entities.find((e) => e.type === 'PER')!;
    expect(person.name).toBe(name);
    expect(person.aliases).toEqual([]);
  });

  it('keeps the written form where it may be her nominative (Зулема Томас)', () => {
    const person = annotate('Министр Перу Зулема Томас заявила о росте числа больных.', { quotes: false }).entities.find((e) => e.type === 'PER')!;
    expect(person.name).toBe('Зулема Томас');
  });
});

describe('a dictionary surname alone that is not the dictionary person', () => {
  const persons = (text: string) => entities(text).filter((e) => e.type === 'PER').map((e) => [e.id, e.mentions.map((m) => m.text)]);

  it('is the first name of a person the text named in full (Барак Обама … Барака: not Эхуд Барак)', () => {
    expect(persons('Барак Обама прилетел в Берлин. Речь Барака слушали тысячи людей.')).toEqual([
      ['per:barack-obama', ['Барак Обама', 'Барака']],
    ]);
  });

  it('is a first name the text gives someone it never names in full (с женой Мишель: not Шарль Мишель)', () => {
    const found = persons('Бывший президент Барак Обама с женой Мишель купил дом. Мишель довольна покупкой.');
    expect(found.map(([id]) => id)).toEqual(['per:barack-obama', 'per:мишель']);
  });

  it('stays the dictionary person where the text writes the dictionary first name (Шарль … Мишель)', () => {
    const found = persons('Саммит открыл Шарль Мишель. Позже Мишель встретился с журналистами.');
    expect(found).toEqual([['per:sharl-mishel', ['Шарль Мишель', 'Мишель']]]);
  });

  it('stays the person the text named in full by that surname with another first name', () => {
    const found = persons('Шайбу забросил нападающий Максим Ковальчук. Ковальчук был признан лучшим игроком.');
    expect(found).toEqual([['per:максим-ковальчук', ['Максим Ковальчук', 'Ковальчук']]]);
  });

  it('leaves a well-known surname alone to the dictionary (Путин)', () => {
    expect(persons('Путин провёл совещание.')).toEqual([['per:vladimir-putin', ['Путин']]]);
  });
});

describe('a national body named bare takes the dictionary’s Russian entry only in a text about Russia', () => {
  const orgs = (text: string) => entities(text).filter((e) => e.type === 'ORG').map((e) => e.id);

  it('is the story’s country’s body where the dictionary has one (Министерство юстиции in a story about the United States)', () => {
    expect(orgs('В США начался суд над хакером. Прокуроры США требуют для него десять лет. Министерство юстиции направило запрос в банки США.'))
      .toEqual(['org:us-doj']);
  });

  it('gives a lower-case body named with its country the dictionary’s body of that country (министерство юстиции США)', () => {
    expect(orgs('Как сообщило министерство юстиции США, обвинения предъявлены троим.')).toEqual(['org:us-doj']);
  });

  it('stays the Russian body where the text names Russia about as often as the other country', () => {
    expect(orgs('Россия и США обменялись заключёнными. Министерство юстиции подтвердило обмен.')).toEqual(['org:minjust']);
  });

  it('stays the Russian body in a text about Russia', () => {
    expect(orgs('В России изменят порядок выдачи паспортов. Министерство юстиции подготовило поправки.')).toEqual(['org:minjust']);
    expect(orgs('Верховный суд отклонил жалобу. Адвокаты обратятся в ЕСПЧ.')[0]).toBe('org:supreme-court-russia');
  });
});
