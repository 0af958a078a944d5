import { describe, expect, it } from 'vitest';
import { fold } from '../src/morph/key.js';
import { quotes } from './quote-view.js';

describe('Cyrillic words typed with Latin look-alike letters', () => {
  it('folds a mixed-script word to the Cyrillic word it looks like', () => {
    expect(fold('зaявил')).toBe('заявил');
    expect(fold('ЧТO')).toBe('что');
    // A word with a Latin letter that has no Cyrillic twin is a real mix of scripts.
    expect(fold('Wi-Fi-сеть')).toBe('wi-fi-сеть');
    expect(fold('iPhone')).toBe('iphone');
  });

  it('folds case, ё, soft hyphens, accents and typographic hyphens, and leaves a folded word as it is', () => {
    expect(fold('Ёлкин')).toBe('елкин');
    expect(fold('пере\u00adговоры')).toBe('переговоры');
    expect(fold('мо\u0301ре')).toBe('море');
    expect(fold('Ростов\u2010на\u2011Дону')).toBe('ростов-на-дону');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('Straße')).toBe('straße');
    const folded = 'заявил';
    expect(fold(folded)).toBe(folded);
    expect(fold('2024')).toBe('2024');
  });

  it('reads the cue and its «что» whatever letters they were typed with', () => {
    expect(quotes('Депутат Иван Петров зaявил, что уходит из политики.')).toEqual(['indirect | Иван Петров | уходит из политики']);
    expect(quotes('Депутат Иван Петров заявил, чтo уходит из политики.')).toEqual(['indirect | Иван Петров | уходит из политики']);
    expect(quotes('Певица Анна Смирнова раcсказала, что готовит новый альбом.')).toEqual(['indirect | Анна Смирнова | готовит новый альбом']);
  });
});

describe('first and second person subjects', () => {
  it('takes я, мы, вы as the subject of a speech or opinion cue', () => {
    expect(quotes('Я уверен, что команда выиграет чемпионат.')).toEqual(['indirect | Я | команда выиграет чемпионат']);
    expect(quotes('Вы сказали, что проект будет закрыт.')).toEqual(['indirect | Вы | проект будет закрыт']);
    expect(quotes('Мы считаем, что решение суда незаконно.')).toEqual(['indirect | Мы | решение суда незаконно']);
  });
});

describe('participle and gerund cues inside their sentence', () => {
  it('gives a participle cue the phrase it describes as speaker', () => {
    expect(quotes('Активистка Мария Иванова, утверждающая, что её уволили незаконно, подала иск.')).toEqual(['indirect | Мария Иванова | её уволили незаконно']);
    expect(quotes('Организация, утверждающая, что защищает права потребителей, подала иск.')).toEqual(['indirect | Организация | защищает права потребителей']);
    expect(quotes('Журналисты поговорили с депутатом Иваном Петровым, заявившим, что он уходит из политики.')).toEqual(['indirect | Иван Петров | он уходит из политики']);
  });

  it('a quantifier before the noun a participle cue agrees with heads the speaker: «ряд юристов, заявивших»', () => {
    expect(quotes('Против поправок выступил ряд известных юристов, заявивших, что они противоречат конституции.')).toEqual(['indirect | ряд известных юристов | они противоречат конституции']);
    expect(quotes('Суд выслушал несколько свидетелей, утверждавших, что машина ехала на красный свет.')).toEqual(['indirect | несколько свидетелей | машина ехала на красный свет']);
  });

  it('inside a что-clause, ends the participle\'s report where that clause\'s predicate resumes', () => {
    expect(quotes('Следователи выяснили, что горничная отеля Анна Смирнова, утверждающая, что директор угрожал ей, неоднократно лгала на допросах.')).toContain(
      'indirect | Анна Смирнова | директор угрожал ей');
    // A name before the participle (read by the morphology as a verb) is not that predicate.
    const contents = quotes('Следователи выяснили, что горничная Нафиссату Диалло, утверждающая, что директор угрожал ей, неоднократно лгала на допросах.').map((q) => q.split(' | ')[2]);
    expect(contents).toEqual(['директор угрожал ей']);
  });

  it('ends the reported clause where the main predicate resumes', () => {
    expect(quotes('Депутат Иван Петров, заявивший, что уходит из политики, покинул зал.')).toEqual(['indirect | Иван Петров | уходит из политики']);
    expect(quotes('Мэр города Иван Петров, отметив, что бюджет дефицитный, предложил сократить расходы.')).toEqual(['indirect | Иван Петров | бюджет дефицитный']);
    // The main predicate came before the gerund: the clause runs to the sentence's end.
    expect(quotes('Иван Петров провёл встречу, отметив, что бюджет дефицитный, а цены растут.')).toEqual(['indirect | Иван Петров | бюджет дефицитный, а цены растут']);
  });
});

describe('a first person inside quotation marks', () => {
  it('is the quoted speaker, not the subject of a gerund after the quotation', () => {
    expect(quotes('«Мы выполним план», — заявил Алексей Миллер, добавив, что экспорт вырастет.')).toEqual([
      'direct | Алексей Миллер | Мы выполним план',
      'indirect | Алексей Миллер | экспорт вырастет',
    ]);
  });
});

describe('a conclusion as an opinion cue', () => {
  it('reads «пришли к выводу, что П» as the subject’s opinion', () => {
    expect(quotes('Судмедэксперты пришли к выводу, что причиной смерти стало удушье.')).toEqual(['indirect | Судмедэксперты | причиной смерти стало удушье']);
    expect(quotes('Комиссия пришла к выводу, что авария произошла из-за ошибки пилота.')).toEqual(['indirect | Комиссия | авария произошла из-за ошибки пилота']);
  });
});

describe('one more source: «сообщил и X», «сообщили также в X»', () => {
  it('reads the subject past the additive particle', () => {
    expect(quotes('Завод закроют в мае. Об этом сообщил и директор завода Иван Петров.')).toEqual(['indirect | Иван Петров | Завод закроют в мае']);
    expect(quotes('О том, что завод закроют, сообщил и директор завода Иван Петров.')).toEqual(['indirect | Иван Петров | завод закроют']);
  });

  it('starts the content after a correlative lead (О том, что П, сообщил X)', () => {
    expect(quotes('О том, что мост откроют в июне, сообщил мэр Иван Петров.')).toEqual(['indirect | Иван Петров | мост откроют в июне']);
  });
});

describe('one content, two coordinated sources: a quote each', () => {
  it('gives each name joined by «и» its own quote of the content', () => {
    expect(quotes('Мост через реку откроют в июне, сообщают Первый канал и НТВ.')).toEqual([
      'indirect | Первый канал | Мост через реку откроют в июне',
      'indirect | НТВ | Мост через реку откроют в июне',
    ]);
    expect(quotes('Как сообщили ГИБДД и МЧС, пострадавших нет.')).toEqual(['indirect | ГИБДД | пострадавших нет', 'indirect | МЧС России | пострадавших нет']);
  });

  it('gives an unnamed phrase joined by «и» to the speaker before a plural cue its own quote', () => {
    expect(quotes('Мэр города и представители епархии заявили, что памятник перенесут.')).toEqual([
      'indirect | Мэр города | памятник перенесут',
      'indirect | представители епархии | памятник перенесут',
    ]);
    // A singular cue has one subject: the phrase after «и» is not its speaker.
    expect(quotes('Мэр города заявил, что памятник перенесут.')).toEqual(['indirect | Мэр города | памятник перенесут']);
  });
});

describe('a source the report cites (со ссылкой на …)', () => {
  it('is never the citing report’s own speaker, whatever generic noun names it', () => {
    expect(quotes('Как сообщает ТАСС со ссылкой на пресс-службу ведомства, министр подписал приказ.')).toEqual([
      'indirect | ТАСС | министр подписал приказ',
      'indirect | пресс-службу ведомства | министр подписал приказ',
    ]);
  });
});

describe('a citation with a что-clause', () => {
  it('gives the cited person, not the medium, as speaker (приводит слова X, что П)', () => {
    expect(quotes('Издание Forbes приводит слова министра финансов Ивана Петрова, что бюджет будет исполнен.')).toEqual(['indirect | Иван Петров | бюджет будет исполнен']);
    expect(quotes('Издание Forbes приводит слова представителя компании, что сделка закрыта.')).toEqual(['indirect | представителя компании | сделка закрыта']);
  });
});

describe('unnamed sources: сторона, знакомые', () => {
  it('takes «украинская сторона» as the subject of a gerund cue', () => {
    expect(quotes('Украинская сторона возлагала ответственность на сепаратистов, настаивая, что там не было миномётов.')).toEqual(['indirect | Украинская сторона | там не было миномётов']);
  });
});

describe('person agreement of a present-tense cue', () => {
  it('takes no third-person phrase as the subject of a first-person verb', () => {
    expect(quotes('Со своей стороны обещаю, что все подразделения будут работать активнее.')).toEqual([]);
    expect(quotes('Я считаю, что решение верное.')).toEqual(['indirect | Я | решение верное']);
    expect(quotes('Министр утверждает, что проект закрыт.')).toEqual(['indirect | Министр | проект закрыт']);
  });
});

describe('a quotation over several paragraphs', () => {
  it('closes on the last paragraph when the middle ones do not open with a mark', () => {
    const text = 'Сергей Лавров заявил:\n«Мы готовы к переговорам.\n\nНо условия должны быть равными.\n\nЭто наша позиция».\n\nПереговоры начнутся в мае.';
    expect(quotes(text)).toEqual(['direct | Сергей Лавров | Мы готовы к переговорам.\n\nНо условия должны быть равными.\n\nЭто наша позиция']);
  });

  it('leaves a mark that never closes unpaired, and out of the statement after the colon', () => {
    const text = 'Сергей Лавров заявил:\n«Мы готовы к переговорам.\n\nПереговоры начнутся в мае. Делегации прибудут «заранее».';
    expect(quotes(text)).toEqual(['direct | Сергей Лавров | Мы готовы к переговорам.']);
  });
});

describe('a source frame inside what another source reports', () => {
  it('starts the content after the inner frame (Как сообщает X, согласно Y, П)', () => {
    expect(quotes('Как сообщает Интерфакс, согласно поступившей от Ивана Петрова явке с повинной, он причинил гражданам ущерб в миллион рублей.')).toEqual([
      'indirect | Интерфакс | он причинил гражданам ущерб в миллион рублей',
    ]);
  });
});

describe('«согласно» with a name and no frame noun', () => {
  it('reports a body or person named right after it, and no law or order', () => {
    expect(quotes('Согласно Роскомнадзору, на этих сайтах размещалась запрещённая информация.')).toEqual(['indirect | Роскомнадзор | на этих сайтах размещалась запрещённая информация']);
    expect(quotes('Согласно Конституции, президент избирается на шесть лет.')).toEqual([]);
    expect(quotes('Согласно приказу Минобороны, учения продлятся неделю.')).toEqual([]);
  });
});

describe('the narrator\'s next action after a reported clause', () => {
  it('ends the report at «, после чего» / «, затем» before a past verb agreeing with the cue', () => {
    expect(quotes('Министр Иван Петров сказал, что уходит в отставку, после чего отправился в резиденцию президента.')).toEqual(['indirect | Иван Петров | уходит в отставку']);
    expect(quotes('Певица Анна Смирнова сообщила, что концерт отменён, затем покинула студию.')).toEqual(['indirect | Анна Смирнова | концерт отменён']);
  });

  it('keeps the sequel when the reported clause has its own past verb agreeing alike', () => {
    expect(quotes('Прокурор Иван Петров сообщил, что осуждённый провёл в колонии год, после чего вышел на свободу.')).toEqual([
      'indirect | Иван Петров | осуждённый провёл в колонии год, после чего вышел на свободу',
    ]);
  });
});

describe('a gerund cue followed by a second gerund', () => {
  it('ends the report before «и (также) выразив …», the narrator\'s next circumstance', () => {
    expect(quotes('Депутат Иван Петров снял свою кандидатуру, посчитав, что добился своего и также выразив поддержку коллеге.')).toEqual(['indirect | Иван Петров | добился своего']);
    // Without a gerund after the conjunction, the clause's own second predicate stays in.
    expect(quotes('Депутат Иван Петров покинул заседание, заявив, что решение незаконно и противоречит закону.')).toEqual(['indirect | Иван Петров | решение незаконно и противоречит закону']);
  });
});

describe('a dash, then the same speaker\'s next speech act', () => {
  it('ends the report before «— он назвал …» when the pronoun and verb agree with the cue', () => {
    expect(quotes('Отец подозреваемого сказал, что потрясён известием об аресте — он назвал сына добрым и честным человеком.')).toEqual(['indirect | Отец подозреваемого | потрясён известием об аресте']);
    expect(quotes('Мать спортсменки сказала, что гордится дочерью — она назвала её лучшей гимнасткой страны.')).toEqual(['indirect | Мать спортсменки | гордится дочерью']);
    // With no speech verb after the pronoun, the dash stays inside the reported clause.
    expect(quotes('Иван Петров сказал, что устал — он хочет отдохнуть.')).toEqual(['indirect | Иван Петров | устал — он хочет отдохнуть']);
  });
});

describe('a report ends at a semicolon before another attribution', () => {
  it('«…; губернатор добавил, что …» is a second report, not part of the first', () => {
    expect(quotes('Министр заявил, что проверка продлится до пятницы; губернатор добавил, что виновных накажут.', { named: true })).toEqual([
      'indirect | Министр | проверка продлится до пятницы',
      'indirect | губернатор | виновных накажут',
    ]);
  });

  it('a semicolon with no attribution after it keeps the speaker\'s next statement', () => {
    expect(quotes('Министр заявил, что проверка продлится до пятницы; виновных накажут.', { named: true })).toEqual([
      'indirect | Министр | проверка продлится до пятницы; виновных накажут',
    ]);
  });
});

describe('a report inside a subordinate clause that opens the sentence', () => {
  it('ends where the main clause begins (Поскольку X заявило, что П, …)', () => {
    expect(quotes('Поскольку министерство заявило, что проверка продлится месяц, компания решила подать иск.', { named: true })).toEqual([
      'indirect | министерство | проверка продлится месяц',
    ]);
  });

  it('keeps an aside inside the report: a comma before a participle is no main clause', () => {
    expect(quotes('Хотя мэр сообщил, что дорогу, закрытую весной, откроют в мае, водители по-прежнему ездят в объезд.', { named: true })).toEqual([
      'indirect | мэр | дорогу, закрытую весной, откроют в мае',
    ]);
  });
});
