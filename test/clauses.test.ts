import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

const quotes = (text: string) => quoteView(text, { named: true });

describe('a speech verb in any tense and person', () => {
  it('the future and forms the cue table does not list', () => {
    expect(quotes('Сергей Лавров, вероятно, скажет, что переговоры продолжатся.')).toEqual([
      'indirect | Сергей Лавров | переговоры продолжатся',
    ]);
    expect(quotes('Мария Захарова подтвердит, что визит не отменён.')).toEqual(['indirect | Мария Захарова | визит не отменён']);
  });

  it('an imperative, an infinitive or a gerund alone reports no speech', () => {
    expect(quotes('Скажите, что вы думаете о новом парке.')).toEqual([]);
    expect(quotes('Стоит заметить, что зима в этом году выдалась тёплой.')).toEqual([]);
  });
});

describe('any noun phrase as the subject of a speech verb', () => {
  it('an animate common noun with its adjectives and genitive tail, in the nominative', () => {
    expect(quotes('Девятиклассники предположили, что инструкцию можно найти в интернете.')).toEqual([
      'indirect | Девятиклассники | инструкцию можно найти в интернете',
    ]);
    expect(quotes('Соседи Ивана Петрова рассказали, что он уехал в Тверь.')).toEqual([
      'indirect | Соседи Ивана Петрова | он уехал в Тверь',
    ]);
  });

  it('a common noun must agree with the verb in number and gender (a masculine noun names a woman too)', () => {
    expect(quotes('Девятиклассники сказал, что урок отменили.')).toEqual([]);
    expect(quotes('Медсестра сказал, что урок отменили.')).toEqual([]);
    expect(quotes('Девятиклассник сказала, что урок отменили.')).toEqual(['indirect | Девятиклассник | урок отменили']);
  });

  it('a body by its common noun, also when it opens the sentence', () => {
    expect(quotes('Министерство рассказывает, что очереди сократились.')).toEqual(['indirect | Министерство | очереди сократились']);
    expect(quotes('Местные СМИ пишут, что мост закроют на ремонт.')).toEqual(['indirect | Местные СМИ | мост закроют на ремонт']);
  });

  it('a thing is no speaker', () => {
    expect(quotes('Решение суда показало, что закон работает.')).toEqual([]);
  });

  it('a quantifier alone or with its genitive, which keeps its case in the name', () => {
    expect(quotes('Многие полагали, что выборы перенесут.')).toEqual(['indirect | Многие | выборы перенесут']);
    expect(quotes('Несколько членов ЕС выразили обеспокоенность, что санкции не сработают.')).toEqual([
      'indirect | Несколько членов ЕС | санкции не сработают',
    ]);
  });

  it('a gerund takes the named subject of its main clause over a common noun', () => {
    expect(quotes('Южная Корея опровергает слухи, которые распространяют блогеры, заявляя, что лидер КНДР здоров.')).toEqual([
      'indirect | Южная Корея | лидер КНДР здоров',
    ]);
  });
});

describe('an impersonal plural with a place as source', () => {
  it('the place speaks for its authorities; a singular verb has a subject of its own', () => {
    expect(quotes('В Ватикане подтвердили, что понтифик здоров.')).toEqual(['indirect | Ватикан | понтифик здоров']);
    expect(quotes('В Ватикане заявил, что понтифик здоров.')).toEqual([]);
  });
});

describe('roles to the person the text gave them', () => {
  it('a bare role with adjectives stands for the person just named, as a bare role does', () => {
    expect(quotes('На пресс-конференции выступил Иван Петров. Опытный хоккеист заявил, что завершает карьеру.')).toEqual([
      'indirect | Иван Петров | завершает карьеру',
    ]);
  });
});

describe('the subject of a relative or gerund cue', () => {
  it('«который» in the nominative with no subject of its own: the phrase before it speaks, in any case', () => {
    expect(quotes('Посол Сергей Кисляк встретился с Олегом Петровым, который заявил, что переговоры прошли успешно.')).toEqual([
      'indirect | Олег Петров | переговоры прошли успешно',
    ]);
  });

  it('a gerund: the main clause subject, the name after its role', () => {
    expect(quotes('Глава района Иван Сидоров открыл школу, подчеркнув, что ремонт закончен.')).toEqual([
      'indirect | Иван Сидоров | ремонт закончен',
    ]);
  });
});

describe('descriptors to the organisation just named', () => {
  it('a generic noun as the subject, also opening its sentence', () => {
    expect(quotes('Минфин опубликовал данные. Ведомство сообщило, что дефицит сократился.')).toEqual([
      'indirect | Министерство финансов России | дефицит сократился',
    ]);
    expect(quotes('Газета «Ведомости» опубликовала расследование. Издание пишет, что сделка сорвалась.')).toEqual([
      'indirect | Ведомости | сделка сорвалась',
    ]);
    expect(quotes('Госкорпорация «Росатом» построила станцию. Госкорпорация сообщила, что станция заработает в мае.')).toEqual([
      'indirect | Росатом | станция заработает в мае',
    ]);
  });

  it('an organisation of another kind is not taken for it', () => {
    expect(quotes('Газета «Ведомости» опубликовала расследование. Госкорпорация сообщила, что сделка сорвалась.')).toEqual([
      'indirect | Госкорпорация | сделка сорвалась',
    ]);
  });
});
