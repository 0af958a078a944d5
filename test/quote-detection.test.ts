import { describe, expect, it } from 'vitest';

import { annotate } from '../src/index.js';
import { quotes } from './quote-view.js';

/** Speech constructions of unseen news (issue 14): each kind the detector should know, and its near misses. */

describe('a text as the source of an impersonal cue', () => {
  it('В X отмечается / подчёркивается / утверждается, что П', () => {
    expect(quotes('В приговоре отмечается, что суд не нашёл вины врачей.', { named: true })).toEqual([
      'indirect | приговор | суд не нашёл вины врачей',
    ]);
    expect(quotes('В заявлении МИД подчеркивается, что Россия готова к переговорам.')).toEqual([
      'indirect | Министерство иностранных дел России | Россия готова к переговорам',
    ]);
    expect(quotes('В этой публикации утверждается, что президент стала жертвой заговора.', { named: true })).toEqual([
      'indirect | эта публикация | президент стала жертвой заговора',
    ]);
  });

  it('names a text noun after its preposition in the nominative', () => {
    expect(quotes('В петиции говорится, что среди пострадавших есть дети.', { named: true })).toEqual([
      'indirect | петиция | среди пострадавших есть дети',
    ]);
  });

  it('Как отмечается в X, П: an as-frame that names a text', () => {
    expect(quotes('Как отмечается в пресс-релизе, премия вручена учёному за открытие.', { named: true })).toEqual([
      'indirect | пресс-релиз | премия вручена учёному за открытие',
    ]);
    expect(quotes('Как говорится в заявлении МИД, Россия готова к переговорам.')).toEqual([
      'indirect | Министерство иностранных дел России | Россия готова к переговорам',
    ]);
  });

  it('is no quote without a text: a time, a place or nothing before the cue', () => {
    expect(quotes('Ранее сообщалось, что завод закроют.')).toEqual([]);
    expect(quotes('В среду сообщалось, что завод закроют.')).toEqual([]);
    expect(quotes('В этом году отмечается, что цены растут.')).toEqual([]);
    expect(quotes('В Москве отмечается, что цены растут.')).toEqual([]);
  });

  it('Из X следует, что П: a text read back to front names its source after «из»', () => {
    expect(quotes('Из отчёта следует, что школа потратила весь бюджет.', { named: true })).toEqual([
      'indirect | отчёт | школа потратила весь бюджет',
    ]);
    expect(quotes('Смета ещё не утверждена, но из пояснительной записки вытекает, что мост обойдётся дороже.', { named: true })).toEqual([
      'indirect | пояснительная записка | мост обойдётся дороже',
    ]);
  });

  it('В X предполагается, что П; в X появилась информация, что П', () => {
    expect(quotes('В докладе предполагается, что население города вырастет.', { named: true })).toEqual([
      'indirect | доклад | население города вырастет',
    ]);
    expect(quotes('В блогах появилась информация о том, что концерт отменят.', { named: true })).toEqual([
      'indirect | блоги | концерт отменят',
    ]);
    expect(quotes('В деловых кругах появились слухи, что банк продадут.', { named: true })).toEqual([
      'indirect | деловые круги | банк продадут',
    ]);
  });

  it('П, — так говорится в X: «так» before a trailing cue points back to the content', () => {
    expect(quotes('Работы завершат к осени, — так говорится в документе, который опубликовала мэрия.', { named: true })).toEqual([
      'indirect | документ | Работы завершат к осени',
    ]);
  });

  it('is no quote with nothing to read from: «следует», «предполагается», «появилась информация» alone', () => {
    expect(quotes('Следует отметить, что цены растут.')).toEqual([]);
    expect(quotes('Отсюда следует, что цены растут.')).toEqual([]);
    expect(quotes('Предполагается, что цены вырастут.')).toEqual([]);
    expect(quotes('Вчера появилась информация, что цены вырастут.')).toEqual([]);
    expect(quotes('Согласно документу, цены вырастут.')).toEqual([]);
    expect(quotes('Цены вырастут. Об этом стало известно из документов.')).toEqual([]);
  });
});

describe('«об этом» after a clause of its own sentence', () => {
  it('refers to the clause before the colon, dash or comma, not to the sentence before', () => {
    expect(quotes('Цены растут. Завод закроют в мае: об этом сообщил Иван Петров.')).toEqual(['indirect | Иван Петров | Завод закроют в мае']);
    expect(quotes('Цены растут. Завод закроют в мае — об этом сообщил Иван Петров.')).toEqual(['indirect | Иван Петров | Завод закроют в мае']);
    expect(quotes('Цены растут. Завод закроют в мае, о чём сообщил Иван Петров.')).toEqual(['indirect | Иван Петров | Завод закроют в мае']);
  });

  it('still refers to the sentence before when it opens its sentence or follows a lead', () => {
    expect(quotes('Цены растут. Кроме того, об этом сообщил Иван Петров.')).toEqual(['indirect | Иван Петров | Цены растут']);
  });
});

describe('subjects without a noun of their own', () => {
  it('an adjective or participle stands for the people it describes', () => {
    expect(quotes('Однако оставшиеся в живых утверждали, что причиной пожара стали снаряды.')).toEqual([
      'indirect | оставшиеся в живых | причиной пожара стали снаряды',
    ]);
  });

  it('an adjective before its noun is not the subject itself', () => {
    expect(quotes('Местные жители утверждают, что мост закроют.')).toEqual(['indirect | Местные жители | мост закроют']);
    expect(quotes('Совет Федерации, где обсуждали государственный переворот, подтвердил, что выборы пройдут в мае.')).toEqual([
      'indirect | Совет Федерации | выборы пройдут в мае',
    ]);
  });

  it('the press, the media and the authorities as unnamed sources', () => {
    expect(quotes('По данным американской прессы, сделка сорвалась.', { named: true })).toEqual(['indirect | американская пресса | сделка сорвалась']);
    expect(quotes('Правоохранительные органы сообщили, что водитель был пойман.')).toEqual([
      'indirect | Правоохранительные органы | водитель был пойман',
    ]);
    expect(quotes('Местные масс-медиа заявляют, что это только начало.')).toEqual(['indirect | Местные масс-медиа | это только начало']);
  });

  it('a source frame with no comma ends where the nominative subject of its report starts', () => {
    expect(quotes('По данным изданий 45-летний уроженец Тверской области Иван Петров — бывший водитель.', { named: true })).toEqual([
      'indirect | издания | 45-летний уроженец Тверской области Иван Петров — бывший водитель',
    ]);
    expect(quotes('По данным местных газет задержанный водитель работал в такси.', { named: true })).toEqual([
      'indirect | местные газеты | задержанный водитель работал в такси',
    ]);
    // A list of more sources of the same kind, joined by «и», belongs to the frame; a clause with a verb does not.
    expect(quotes('По сообщению газет The Times, The Guardian и других британских СМИ, губернатор области подал в отставку.')).toEqual([
      'indirect | The Times | губернатор области подал в отставку',
    ]);
    expect(quotes('По данным Сбербанка, ВТБ и Газпромбанк повысили ставки.')).toEqual(['indirect | Сбербанк | ВТБ и Газпромбанк повысили ставки']);
    // A name right after the frame noun is its apposition: the comma ends the frame.
    expect(quotes('По сообщению агентства ТАСС, суд отложил заседание.')).toEqual(['indirect | ТАСС | суд отложил заседание']);
  });
});

describe('as-frames and trailing cues with words around them', () => {
  it('a quotation with a verb after a colon ends the «что» clause before it', () => {
    expect(quotes('Представитель клиники заявил в среду, что анализы не выявили опухоли: «Врачи подтвердили, что прежний диагноз был ошибкой».')).toEqual([
      'indirect | Представитель клиники | анализы не выявили опухоли',
      'direct | Представитель клиники | Врачи подтвердили, что прежний диагноз был ошибкой',
    ]);
    // A name in marks is no statement: it stays in the clause.
    expect(quotes('Министр заявил, что судно получит название: «Адмирал Иванов».')).toEqual(['mixed | Министр | судно получит название: «Адмирал Иванов»']);
  });

  it('an as-frame whose long subject is named by a person in apposition', () => {
    expect(quotes('Как пишет в своей колонке для журнала The Week один из приглашённых участников празднования годовщины встречи на Неве, отставной полковник Иван Петров, переговоры были последней возможностью договориться.')).toEqual([
      'indirect | Иван Петров | переговоры были последней возможностью договориться',
    ]);
  });

  it('an adverb of time inside «как сообщил»', () => {
    expect(quotes('Как ранее сообщал «Коммерсантъ», завод закроют.')).toEqual(['indirect | Коммерсантъ | завод закроют']);
    expect(quotes('Как позднее сообщил Иосиф Кобзон, экс-мэр собирается подать в суд.')).toEqual([
      'indirect | Иосиф Кобзон | экс-мэр собирается подать в суд',
    ]);
  });

  it('«как говорят X» with a subject; the idiom alone is no quote', () => {
    expect(quotes('Как говорят врачи, состояние пациента стабильное.')).toEqual(['indirect | врачи | состояние пациента стабильное']);
    expect(quotes('Как говорят, беда не приходит одна.')).toEqual([]);
  });

  it('a trailing cue whose speaker a dash describes', () => {
    expect(quotes('Тело примет Кембридж, считает Таня Марш — профессор университета и эксперт по законодательству.')).toEqual([
      'indirect | Таня Марш | Тело примет Кембридж',
    ]);
  });

  it('a cue inside its content, past a quoted name: a connector lead (Кроме того, При этом) is the narrator\'s', () => {
    expect(quotes('Кроме того, сообщает «Интерфакс», следователи подозревают горничную.')).toEqual([
      'indirect | Интерфакс | следователи подозревают горничную',
    ]);
    expect(quotes('При этом, отметил Иван Петров, рабочих уволят.')).toEqual(['indirect | Иван Петров | рабочих уволят']);
  });
});

describe('frames and clauses that hand the speech on', () => {
  it('По словам X: «П» is direct speech in the marks', () => {
    expect(quotes('По словам протоиерея Игоря Якимчука: «Интронизация прошла торжественно».')).toEqual([
      'direct | Игорь Якимчук | Интронизация прошла торжественно',
    ]);
  });

  it('По первоначальным словам X, П: an adjective may stand inside a frame for spoken words', () => {
    expect(quotes('По первоначальным словам адвоката, его подзащитный ни в чём не виноват.', { named: true })).toEqual([
      'indirect | адвокат | его подзащитный ни в чём не виноват',
    ]);
    expect(quotes('По последним словам Ивана Петрова, переговоры продолжатся в мае.')).toEqual([
      'indirect | Иван Петров | переговоры продолжатся в мае',
    ]);
    // No one is named: an estimate, not reported speech.
    expect(quotes('По предварительным данным, крыша рухнула во время уборки снега.')).toEqual([]);
  });

  it('Как сообщил X, П: a man\'s indeclinable surname agrees with his first name, not read as a woman\'s genitive', () => {
    expect(quotes('Как сообщил Лео Бенедучи, генеральный секретарь Osapp, проект будет завершён в мае.')).toEqual([
      'indirect | Лео Бенедучи | проект будет завершён в мае',
    ]);
    expect(quotes('Как сообщил Марио Ламуччи, переговоры продолжатся в мае.')).toEqual([
      'indirect | Марио Ламуччи | переговоры продолжатся в мае',
    ]);
  });

  it('a frame set in without commas sits inside its clause: the content is the whole sentence', () => {
    expect(quotes('В настоящий момент по данным городской больницы известно о пяти пострадавших.', { named: true })).toEqual([
      'indirect | городская больница | В настоящий момент по данным городской больницы известно о пяти пострадавших',
    ]);
    // Set off by commas, a short lead is the narrator's.
    expect(quotes('К 26 марта, по информации городской больницы, известно о пяти пострадавших.', { named: true })).toEqual([
      'indirect | городская больница | известно о пяти пострадавших',
    ]);
  });

  it('a lead that is part of the clause puts the frame inside the content: the whole sentence', () => {
    expect(quotes('После этого, по словам собеседника, появились ещё два претендента.', { named: true })).toEqual([
      'indirect | собеседник | После этого, по словам собеседника, появились ещё два претендента',
    ]);
    expect(quotes('Главной целью реформы, как пишут авторы доклада, остаётся рост доходов.', { named: true })).toEqual([
      'indirect | авторы доклада | Главной целью реформы, как пишут авторы доклада, остаётся рост доходов',
    ]);
    // A connector links the sentence to the one before; it is not part of what the source said.
    expect(quotes('Кроме того, по словам собеседника, появились ещё два претендента.', { named: true })).toEqual([
      'indirect | собеседник | появились ещё два претендента',
    ]);
    // A colon ends the clause before: the nested report starts after it, the outer one keeps it all.
    expect(quotes('Газета отмечает, что новым директором должен был стать инженер: об этом, по сведениям источников, договорились ещё весной.', { named: true })).toEqual([
      'indirect | Газета | новым директором должен был стать инженер: об этом, по сведениям источников, договорились ещё весной',
      'indirect | источники | об этом, по сведениям источников, договорились ещё весной',
    ]);
    // After a clause with a source of its own, the report starts past the conjunction.
    expect(quotes('Как сообщили в мэрии, парк откроют в мае, однако фонтан, по словам строителей, заработает позже.', { named: true })).toContain(
      'indirect | строители | фонтан, по словам строителей, заработает позже',
    );
  });

  it('Кроме того, сообщает X, П: a connector before a trailing cue set in the sentence is the narrator\'s', () => {
    expect(quotes('Кроме того, сообщает «Вечерняя Москва», строители получат премию.', { named: true })).toEqual([
      'indirect | Вечерняя Москва | строители получат премию',
    ]);
    expect(quotes('Бригада строителей, сообщает ТАСС, получит премию к празднику.', { named: true })).toEqual([
      'indirect | ТАСС | Бригада строителей, сообщает ТАСС, получит премию к празднику',
    ]);
  });

  it('a frame opening a relative clause reports that clause only', () => {
    expect(quotes('Адвокат Марк Фейгин опубликовал текст записки, которую, по его словам, подзащитная передала ему при встрече.')).toEqual([
      'indirect | Марк Фейгин | подзащитная передала ему при встрече',
    ]);
  });

  it('a report ends where a second relative clause describes the antecedent anew', () => {
    expect(quotes('Адвокат Марк Фейгин опубликовал записку, которую, по его словам, подзащитная передала ему, и в которой нет подписи.')).toEqual([
      'indirect | Марк Фейгин | подзащитная передала ему',
    ]);
  });

  it('a report inside a source frame: both levels, the inner one with its own subject', () => {
    expect(quotes('По сообщению агентства Reuters, жители города, которые разводят розы, жалуются на то, что тарифы выросли.')).toEqual([
      'indirect | Reuters | жители города, которые разводят розы, жалуются на то, что тарифы выросли',
      'indirect | жители города | тарифы выросли',
    ]);
  });

  it('a bracketed gloss after the frame’s speaker is part of the frame, not of the content', () => {
    expect(quotes('Как заявил представитель партии (Unión Nacional) Сесар Дуран, смерть лидера совпала с годовщиной.')[0]).toMatch(
      /^indirect \| .+ \| смерть лидера совпала с годовщиной$/,
    );
  });

  it('a relative clause with no subject of its own speaks with the main clause’s subject', () => {
    expect(quotes('Иван Петров опубликовал обращение, в котором заявил, что завод закроют.')).toEqual(['indirect | Иван Петров | завод закроют']);
    expect(quotes('Иван Петров посетил завод, на котором заявили, что рабочих уволят.')).toEqual([]);
  });
});

describe('more speech verbs', () => {
  it('обвинил X в том, что П; сославшись на то, что П; гарантировал, что П', () => {
    expect(quotes('Актёр Энтони Рэпп обвинил коллегу в том, что тот солгал суду.')).toEqual(['indirect | Энтони Рэпп | тот солгал суду']);
    expect(quotes('Судья вынес мягкий приговор, сославшись на то, что подсудимый раскаялся.')).toEqual(['indirect | Судья | подсудимый раскаялся']);
    expect(quotes('Министр гарантировал, что пенсии вырастут.')).toEqual(['indirect | Министр | пенсии вырастут']);
  });

  it('an accusation with no one making it is no quote', () => {
    expect(quotes('Его обвиняют в том, что он солгал суду.')).toEqual([]);
  });
});

describe('a cue inside a quoted fragment', () => {
  it('reports no further than the fragment’s closing mark, and a word or two is no report', () => {
    expect(quotes('Юрист пошла учиться, «потому что не хотела, чтобы мне указывали, что делать».')).toEqual([]);
  });
});

describe('a colon before an empty paragraph', () => {
  it('introduces a statement the text lost: the paragraph after it is the narrator’s', () => {
    const text = 'Мэр города сказал:\n\n\nРанее в городе уже закрывали два завода.';
    expect(quotes(text)).toEqual([]);
    expect(quotes('Мэр города сказал:\nЗавод закроют к осени.')).toEqual(['direct | Мэр города | Завод закроют к осени.']);
  });

  it('reads CR-only and CRLF line ends as line ends, like LF', () => {
    expect(quotes('Мэр города сказал:\r\r\rРанее в городе уже закрывали два завода.')).toEqual([]);
    expect(quotes('Мэр города сказал:\r\n\r\n\r\nРанее в городе уже закрывали два завода.')).toEqual([]);
    expect(quotes('Мэр города сказал:\rЗавод закроют к осени.\rРанее в городе закрывали два завода.')).toEqual([
      'direct | Мэр города | Завод закроют к осени.',
    ]);
  });
});

describe('an as-frame with its subject before the verb', () => {
  it('Как он заявил, П; Как Иван Петров ранее сообщил, П', () => {
    expect(quotes('Как он заявил, завод закроют к осени.')).toEqual(['indirect | он | завод закроют к осени']);
    expect(quotes('Как Иван Петров ранее сообщил, завод закроют к осени.')).toEqual(['indirect | Иван Петров | завод закроют к осени']);
    expect(quotes('Как она пишет, "дом продан новым владельцам".')).toEqual(['direct | она | дом продан новым владельцам']);
  });

  it('is no frame where «как» means how, or compares with «так»', () => {
    expect(quotes('Соседка вспомнила, как они сообщили ей о пожаре.')).toEqual([]);
    expect(quotes('Всё случилось так, как говорил Иван Петров.')).toEqual([]);
    expect(quotes('Как он сказал, так и вышло.')).toEqual([]);
  });
});

describe('a subject that does not agree with a plural cue', () => {
  it('a singular body or pronoun is not the subject of an impersonal plural', () => {
    expect(quotes('Полиция задержала ещё одного ученика, его подозревают в том, что он помогал преступнику.')).toEqual([]);
    expect(quotes('Когда она звонила, ей отвечали, что всё в порядке.')).toEqual([]);
  });

  it('two joined phrases take the plural', () => {
    expect(quotes('Полиция и прокуратура сообщили, что дело закрыто.')).toEqual(['indirect | Полиция | дело закрыто', 'indirect | прокуратура | дело закрыто']);
    expect(quotes('Он и его жена заявили, что уезжают из страны.')).toEqual(['indirect | Он | уезжают из страны']);
  });
});

describe('a foreign surname alone as the subject', () => {
  it('is nominative where the text wrote it after a nominative first name, or names a man with a masculine verb', () => {
    expect(quotes('Вчера Роберт Мугабе прибыл в Москву. Мугабе заявил, что переговоры продолжатся.')).toEqual([
      'indirect | Роберт Мугабе | переговоры продолжатся',
    ]);
    expect(quotes('Вчера Мохаммед Ганнучи прибыл в Москву. Ганнучи заявил, что переговоры продолжатся.')).toEqual([
      'indirect | Мохаммед Ганнучи | переговоры продолжатся',
    ]);
  });

  it('an indeclinable first name shows no case: the surname after it may be a complement', () => {
    expect(quotes('Сторонники Берни Сандерса собрались в Москве. Предвыборный штаб Сандерса заявил, что кампания продолжится.', { named: true })).toEqual([
      'indirect | Предвыборный штаб Берни Сандерса | кампания продолжится',
    ]);
  });
});

describe('a speech act whose object is a quoted fragment', () => {
  it('пообещал «…», предложил «…», потребовал «…» are mixed', () => {
    expect(quotes('Министр пообещал «навести порядок в отрасли».')).toEqual(['mixed | Министр | «навести порядок в отрасли»']);
    expect(quotes('Посол предложил «начать всё с чистого листа».')).toEqual(['mixed | Посол | «начать всё с чистого листа»']);
  });

  it('without the speaker’s words in marks the act is a nominal report', () => {
    expect(quotes('Министр пообещал навести порядок в отрасли.')).toEqual([]);
    expect(quotes('Посол предложил компании «Северсталь» контракт.')).toEqual([]);
  });
});

describe('a quoted title between the cue and «что»', () => {
  it('is read past, and counts as one word of the reach', () => {
    expect(quotes('Иван Петров заявил в эфире телеканала «Россия 24», что встреча отменена.')).toEqual(['indirect | Иван Петров | встреча отменена']);
    expect(quotes('Иван Петров объяснял газете «Гардиан» (The Guardian), что встреча отменена.')).toEqual(['indirect | Иван Петров | встреча отменена']);
  });
});

describe('a text named on a site', () => {
  it('П, говорится на сайте X; Как сообщается на сайте X, П', () => {
    expect(quotes('Взрыв был мощным, говорится на сайте МЧС.')).toEqual(['indirect | МЧС России | Взрыв был мощным']);
    expect(quotes('Как говорится на сайте МЧС, взрыв был мощным.')).toEqual(['indirect | МЧС России | взрыв был мощным']);
  });
});

describe('a dialogue line that goes on after its attribution', () => {
  it('— П1, — сказал он. — П2 is one quote to the end of the line', () => {
    expect(quotes('Склад сгорел.\n— Мы всё восстановим, — сказал он. — Но на это уйдёт год.')).toEqual([
      'direct | он | Мы всё восстановим, — сказал он. — Но на это уйдёт год.',
    ]);
    expect(quotes('Склад сгорел.\n— Мы всё восстановим, — сказал он и ушёл.')).toEqual(['direct | он | Мы всё восстановим']);
  });
});

describe('a quotation standing alone after a report', () => {
  it('continues the report: its speaker is the report’s', () => {
    expect(quotes('Иван Петров заявил, что компания готова к переговорам. «Мы открыты для диалога с любым партнёром». Переговоры начнутся в мае.')).toEqual([
      'indirect | Иван Петров | компания готова к переговорам',
      'direct | Иван Петров | Мы открыты для диалога с любым партнёром',
    ]);
  });

  it('may be short right after the report, but not after narration', () => {
    expect(quotes('Иван Петров заявил, что компания готова к переговорам. «Это провокация». Переговоры начнутся в мае.')).toEqual([
      'indirect | Иван Петров | компания готова к переговорам',
      'direct | Иван Петров | Это провокация',
    ]);
    expect(quotes('Переговоры начнутся в мае. «Это провокация». Компания готова.')).toEqual([]);
  });

  it('is a subheading when it fills a line with no final stop', () => {
    expect(quotes('Иван Петров заявил, что компания готова к переговорам.\n«Этот шаг — пример для всех наших партнёров»\n\nГлава фонда Пётр Иванов: «Мы поддерживаем это решение».')).toEqual([
      'indirect | Иван Петров | компания готова к переговорам',
      'direct | Пётр Иванов | Мы поддерживаем это решение',
    ]);
  });
});

describe('«об этом» opening a paragraph', () => {
  it('refers to the statements of the paragraph before, back to its heading', () => {
    expect(quotes('Пожар на складе\nСклад сгорел ночью. Пострадавших нет.\n\nОб этом сообщили в МЧС.')).toEqual([
      'indirect | МЧС России | Склад сгорел ночью. Пострадавших нет',
    ]);
  });

  it('inside a paragraph refers to the sentence before only', () => {
    expect(quotes('Склад сгорел ночью. Пострадавших нет. Об этом сообщили в МЧС.')).toEqual(['indirect | МЧС России | Пострадавших нет']);
  });
});

describe('a report that relies on a source of its own', () => {
  it('«со ссылкой на X»: X is quoted too, with the same content', () => {
    expect(quotes('Встреча отменена, сообщает ТАСС со ссылкой на источник в правительстве.')).toEqual([
      'indirect | ТАСС | Встреча отменена',
      'indirect | источник в правительстве | Встреча отменена',
    ]);
    expect(quotes('Мария Иванова сообщила «Интерфаксу», со ссылкой на звонок из полиции, что встреча отменена.')).toHaveLength(2);
  });
});

describe('an interview\'s lines «Издание: вопрос? / Собеседник: ответ»', () => {
  it('quotes the answer, not the question', () => {
    expect(quotes('Радио Свобода: Какова была реакция министра?\n\nИван Петров: Реакция была положительной.')).toEqual([
      'direct | Иван Петров | Реакция была положительной',
    ]);
  });
});

describe('«X заявил, что П, сообщает Y»: a medium after a report', () => {
  it('relays the report\'s clause, with the same content as the report', () => {
    expect(quotes('Министерство обороны заявило о том, что учения завершены досрочно, сообщает France-Presse.')).toEqual([
      'indirect | Министерство обороны России | учения завершены досрочно',
      'indirect | France-Presse | учения завершены досрочно',
    ]);
  });

  it('relays the whole sentence after an opinion, which is news of its own', () => {
    expect(quotes('Тренер пока не уверен, что сборная выйдет из группы, сообщает ТАСС.')[0]).toBe(
      'indirect | ТАСС | Тренер пока не уверен, что сборная выйдет из группы',
    );
  });
});

describe('«X, которого цитирует Y»: the medium that relays the words', () => {
  it('is one more source of a direct quote, a report and a source frame', () => {
    expect(quotes('«Тарифы на воду поднимут уже весной», — заявил мэр Иван Соколов, которого цитирует РБК.')).toEqual([
      'direct | Иван Соколов | Тарифы на воду поднимут уже весной',
      'direct | РБК | Тарифы на воду поднимут уже весной',
    ]);
    expect(quotes('Мэр Иван Соколов, которого цитирует РБК, заявил, что тарифы на воду поднимут весной.')).toEqual([
      'indirect | Иван Соколов | тарифы на воду поднимут весной',
      'indirect | РБК | тарифы на воду поднимут весной',
    ]);
    expect(quotes('По словам министра финансов Ивана Соколова, которого цитирует «Интерфакс», бюджет будет принят в срок.')).toEqual([
      'indirect | Иван Соколов | бюджет будет принят в срок',
      'indirect | Интерфакс | бюджет будет принят в срок',
    ]);
  });

  it('is no source when the clause does not quote', () => {
    expect(quotes('Мэр Иван Соколов, которого критикует РБК, заявил, что тарифы на воду поднимут весной.')).toEqual([
      'indirect | Иван Соколов | тарифы на воду поднимут весной',
    ]);
  });
});

describe('«ссылаясь на X» as a reference frame', () => {
  it('quotes X too, with the same content', () => {
    expect(quotes('Как сообщила газета «Вечерний город», ссылаясь на свои источники, вчера мэр был госпитализирован.')).toEqual([
      'indirect | Вечерний город | вчера мэр был госпитализирован',
      'indirect | свои источники | вчера мэр был госпитализирован',
    ]);
  });
});

describe('a source frame that qualifies a noun', () => {
  it('«в рейтинге по версии X», «чемпион по версии X» report nothing', () => {
    expect(quotes('Компания заняла третье место в рейтинге по версии журнала «Эксперт».')).toEqual([]);
    expect(quotes('В прошлом году он стал чемпионом мира по версии Всемирной боксёрской ассоциации.')).toEqual([]);
  });

  it('a frame with a capitalised noun is part of a name (Комитет по Оценке Рисков)', () => {
    expect(quotes('Это связано с тем, что Комитет по Оценке Рисков решил обжаловать запрет.')).toEqual([]);
  });

  it('set off by commas, after a relative or opening the sentence, «по версии X» still reports', () => {
    expect(quotes('Водитель, по версии следствия, превысил скорость.')).toHaveLength(1);
    expect(quotes('Задержан Пётр Смирнов, который по версии следствия организовал поставки.')).toHaveLength(1);
    expect(quotes('По версии следствия, водитель превысил скорость.')).toHaveLength(1);
  });
});

describe('where a reported clause ends', () => {
  it('«, а сейчас …» sets the speaker\'s now against the past inside the report', () => {
    expect(quotes('Певец рассказал, что раньше жил в Париже, а сейчас переехал в Рим.')).toEqual([
      'indirect | Певец | раньше жил в Париже, а сейчас переехал в Рим',
    ]);
  });

  it('«, а затем …» is still the narrator resuming', () => {
    expect(quotes('Певец рассказал, что раньше жил в Париже, а затем уехал на гастроли.')).toEqual([
      'indirect | Певец | раньше жил в Париже',
    ]);
  });
});

describe('coordinated speakers', () => {
  it('two names joined by «и» before a plural cue each report the content', () => {
    expect(quotes('Иван Петров и Мария Сидорова заявили, что сделка сорвалась.')).toEqual([
      'indirect | Иван Петров | сделка сорвалась',
      'indirect | Мария Сидорова | сделка сорвалась',
    ]);
  });

  it('a singular cue keeps the one name before it', () => {
    expect(quotes('Иван Петров и Мария Сидорова встретились, а Мария Сидорова заявила, что сделка сорвалась.')).toEqual([
      'indirect | Мария Сидорова | сделка сорвалась',
    ]);
  });
});

describe('a colon before a list', () => {
  it('a list of names after «подтвердили …:» is no statement', () => {
    expect(quotes('Соглашение подтвердили шесть стран: Алжир, Египет, Ливия и Россия.')).toEqual([]);
  });

  it('a block of clauses after «сказал:» still is', () => {
    expect(quotes('Он сказал: мы пришли, увидели, победили.')).toHaveLength(1);
  });
});

describe('a subject before a trailing cue', () => {
  it('a name in marks and an aside before «ссылается на X» are no statement', () => {
    expect(quotes('«Коммерсантъ», в свою очередь, ссылается на «осведомлённый источник в правительстве», но не приводит деталей.')).toEqual([]);
  });

  it('a content whose predicate follows the speaker is still the whole sentence', () => {
    expect(quotes('Такой переход, считает министр, повысит оперативность.')).toHaveLength(1);
  });
});

describe('the end of a reported clause before a straight-quoted sentence', () => {
  it('leaves out the mark that opens the next sentence', () => {
    expect(quotes('Министр Иван Сидоров заявил, что завод закроют в мае. "Решение окончательное",- добавил он.')).toEqual([
      'indirect | Иван Сидоров | завод закроют в мае',
      'direct | Иван Сидоров | Решение окончательное',
    ]);
    expect(quotes('Министр Иван Сидоров заявил, что завод закроют в мае. "Решение окончательное". Так он ответил журналистам.')).toEqual([
      'indirect | Иван Сидоров | завод закроют в мае',
    ]);
  });
});

describe('a source frame with a modifier of its own', () => {
  it('keeps a participle agreeing with the frame, and a gerund of an as-frame, out of the content', () => {
    expect(quotes('По мнению телеканала, принадлежащего партии «Яблоко», министр ушёл из-за поражения.')).toEqual([
      'indirect | телеканала, принадлежащего партии «Яблоко» | министр ушёл из-за поражения',
    ]);
    expect(quotes('Как рассказал дед Иван Петров на пресс-конференции, состоявшейся после суда, внук почти ничего не говорил.')).toEqual([
      'indirect | Иван Петров | внук почти ничего не говорил',
    ]);
    // The sources it refers to are quoted too (a reference frame, as «со ссылкой на»).
    expect(quotes('Как сообщила газета The Times, ссылаясь на свои источники, утром премьер был доставлен в больницу.')).toEqual([
      'indirect | The Times | утром премьер был доставлен в больницу',
      'indirect | свои источники | утром премьер был доставлен в больницу',
    ]);
  });

  it('leaves a participle or gerund that opens the reported clause in it', () => {
    expect(quotes('По словам Петрова, задержанный в понедельник мужчина признал вину.')).toEqual([
      'indirect | Петров | задержанный в понедельник мужчина признал вину',
    ]);
    expect(quotes('По словам Петрова, уходя из дома, сосед закрыл дверь.')).toEqual([
      'indirect | Петров | уходя из дома, сосед закрыл дверь',
    ]);
  });
});

describe('an impersonal plural cue with «в» before it', () => {
  it('takes «в» + locative as the place of speech, not «в» + accusative (where to)', () => {
    expect(quotes('Сообщалось, что Быков попал в больницу с инсультом, однако позже эту информацию опровергли.')).toEqual([]);
    expect(quotes('В областной больнице сообщили, что пациент в стабильном состоянии.')).toEqual([
      'indirect | областной больнице | пациент в стабильном состоянии',
    ]);
  });
});

describe('straight quotation marks left open at the end of a line', () => {
  it('close there, so the next line\'s quotation pairs on its own', () => {
    const text = '"Нас отвели в комнату. Он обнял меня и сказал: "Я ни в чём не виноват!" - рассказывает мать солдата Анна Петрова.\n' +
      'Как сообщил адвокат Иван Сидоров, суд назначен на май.\n"Мы будем обжаловать приговор", - заявил Сидоров.\n';
    const found = quotes(text);
    expect(found).toContain('indirect | Иван Сидоров | суд назначен на май');
    expect(found).toContain('direct | Иван Сидоров | Мы будем обжаловать приговор');
    expect(found.every((q) => !q.includes('\n'))).toBe(true);
  });

  it('end with the inner quotation\'s mark when a dash attribution follows it', () => {
    const text = '"Нас отвели в комнату. Он обнял меня и сказал: "Я ни в чём не виноват!" - рассказывает мать солдата Анна Петрова.\nСуд назначен на май.';
    expect(quotes(text)).toEqual(['direct | Анна Петрова | Нас отвели в комнату. Он обнял меня и сказал: "Я ни в чём не виноват!']);
  });
});

describe('an opinion adjective with a prepositional object', () => {
  it('is the clause\'s predicate, not a trailing attribution', () => {
    expect(quotes('Владимир Челах также заявил, что родственники пограничников, погибших на заставе, уверены в невиновности его внука.')).toEqual([
      'indirect | Владимир Челах | родственники пограничников, погибших на заставе, уверены в невиновности его внука',
    ]);
    expect(quotes('Станцию построят к осени, уверен мэр Иван Петров.')).toEqual(['indirect | Иван Петров | Станцию построят к осени']);
    expect(quotes('Цены вырастут, считают в правительстве.')).toEqual(['indirect | правительстве | Цены вырастут']);
  });
});

describe('a capitalised subject no lexicon knows', () => {
  it('speaks through the cue right after it', () => {
    expect(quotes('Дом отметил, что в юношестве ему было трудно.')).toEqual(['indirect | Дом | в юношестве ему было трудно']);
    expect(quotes('Викиновости сообщали, что суд вынес решение.')).toEqual(['indirect | Викиновости | суд вынес решение']);
  });

  it('is not made up where the cue has no subject', () => {
    expect(quotes('Тогда сказал, что придёт.')).toEqual([]);
    expect(quotes('Сегодня стало известно, что он ушёл.')).toEqual([]);
  });
});

describe('a naming in a relative clause', () => {
  it('ends with the comma after its quotation, where the main clause resumes', () => {
    expect(quotes('Иван Петров, которого журналисты называют «серым кардиналом», покинул пост.')).toEqual([
      'mixed | журналисты | «серым кардиналом»',
    ]);
    expect(quotes('Министр назвал отставку «серьезной потерей», добавив, что замену найдут.')[0]).toBe('mixed | Министр | отставку «серьезной потерей»');
  });
});

describe('a coordinated verb with a verbatim fragment', () => {
  it('keeps the report going when the fragment follows the verb, not when a speech act of its own does', () => {
    expect(quotes('После ареста Иван Сидоров заявил, что он доволен и действовал «во имя идеи».')).toEqual([
      'mixed | Иван Сидоров | он доволен и действовал «во имя идеи»',
    ]);
    expect(quotes('Петров заявил, что дороги отремонтируют и покинул совещание.')).toEqual(['indirect | Петров | дороги отремонтируют']);
    expect(quotes('Петров заявил, что дороги отремонтируют и назвал это «победой».')[0]).toBe('indirect | Петров | дороги отремонтируют');
  });
});

describe('«об этом» with a long date before its verb', () => {
  it('still finds the verb past a weekday and a full date', () => {
    expect(quotes('Путин подписал закон о пенсиях. Об этом в среду, 3 октября 2018 года, сообщает официальный сайт главы государства.')).toEqual([
      'indirect | официальный сайт главы государства | Путин подписал закон о пенсиях',
    ]);
  });
});

describe('a sentence that ends with a year\'s «г.»', () => {
  it('ends there before a capitalised word that is no name, and goes on before a name', () => {
    expect(quotes('Монти подтвердил намерение уйти после принятия бюджета на 2013 г. Этот вопрос он обсудил с президентом, передает Reuters.')).toEqual([
      'indirect | Reuters | Этот вопрос он обсудил с президентом',
    ]);
    expect(quotes('В 2013 г. Москва приняла закон, сообщает ТАСС.')).toEqual(['indirect | ТАСС | В 2013 г. Москва приняла закон']);
  });
});

describe('a source frame with its pronoun inside and no comma after it', () => {
  it('starts the content after the frame', () => {
    expect(quotes('По его словам он доволен личной жизнью.')).toEqual(['indirect | его | он доволен личной жизнью']);
    expect(quotes('По её мнению реформа провалилась.')).toEqual(['indirect | её | реформа провалилась']);
  });
});

describe('a frame with a quoted name and a «со ссылкой на» aside, and a content after «что,»', () => {
  it('starts the content after the aside, and after the comma that opens a parenthetical', () => {
    expect(quotes('Как сообщает ТАСС со ссылкой на источник в правительстве, министр уйдёт в отставку.')[0]).toBe('indirect | ТАСС | министр уйдёт в отставку');
    expect(quotes('Абдинур добавил, что, несмотря на происшедшее с ним, он продолжит свою работу.')).toEqual([
      'indirect | Абдинур | несмотря на происшедшее с ним, он продолжит свою работу',
    ]);
  });

  it('reads no statement into a colon block with no predicate', () => {
    expect(quotes('Представители завода опровергли задержание: Политика :: РИА Новости].')).toEqual([]);
  });
});

describe('«на взгляд X» as a source frame', () => {
  it('reports an opinion like «по мнению X», but not «на первый взгляд»', () => {
    expect(quotes('На его взгляд, здесь вопрос даже не в депутатах.')).toEqual(['indirect | его | здесь вопрос даже не в депутатах']);
    expect(quotes('На взгляд эксперта Ивана Петрова, цены вырастут.')).toEqual(['indirect | Иван Петров | цены вырастут']);
    expect(quotes('На первый взгляд, задача простая.')).toEqual([]);
  });
});

describe('a split quotation whose first part ends with a full stop', () => {
  it('reads «П1. — заявил X. — П2» as one quote with its attribution', () => {
    expect(quotes('«Страна ждёт чёткой интерпретации конституции. — заявил Каприлес. — Я же лично считаю это ужасным знаком».')).toEqual([
      'direct | Каприлес | Страна ждёт чёткой интерпретации конституции. — заявил Каприлес. — Я же лично считаю это ужасным знаком',
    ]);
    expect(quotes('«Мы победим. — Это главное».')).toEqual([]);
  });
});

describe('wiki link markup around a speech verb', () => {
  it('reads the link text «[https://… сообщает]» as the words of the sentence', () => {
    expect(quotes('Завод закрыли на ремонт, [https://example.ru/news/1 сообщает] газета «Вечерний Омск».')).toEqual([
      'indirect | Вечерний Омск | Завод закрыли на ремонт',
    ]);
    expect(quotes('Мэр города Иван Соколов [http://example.org/a?b=1 заявил], что мост откроют в мае.')).toEqual([
      'indirect | Иван Соколов | мост откроют в мае',
    ]);
  });

  it('keeps the markup in the tokens and sentences', () => {
    const doc = annotate('Цены выросли, [https://example.ru/n сообщает] ТАСС. Позже [https://example.ru/m сообщили] другие.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['Цены', 'выросли', ',', '[', 'https://example.ru/n', 'сообщает', ']', 'ТАСС', '.', 'Позже', '[', 'https://example.ru/m', 'сообщили', ']', 'другие', '.']);
    expect(doc.sentences.map((s) => s.tokens)).toEqual([[0, 9], [9, 16]]);
    expect(doc.mentions.map((m) => doc.tokens.slice(...m.tokens).map((t) => t.text).join(' '))).toEqual(['ТАСС']);
  });

  it('gives a mention that runs over a blanked mark the original text at its offsets', () => {
    const text = 'Об этом [http://example.ru/a Иван] Петров сказал журналистам.';
    const doc = annotate(text);
    expect(doc.mentions.length).toBeGreaterThan(0);
    for (const m of doc.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

describe('«по заявлению» after a noun: an application, not a statement', () => {
  it('reads «дело по заявлению X» as no report, and a frame that opens its line still as one', () => {
    expect(quotes('Суд рассмотрит дело по заявлению жильцов о сносе дома.')).toEqual([]);
    expect(quotes('По заявлению министра, цены вырастут.')).toEqual(['indirect | министра | цены вырастут']);
    expect(quotes('Итоги года\nПо заявлению министра, цены вырастут.')).toEqual(['indirect | министра | цены вырастут']);
  });
});

describe('a neuter adjective standing alone as the subject of a cue', () => {
  it('is a fact, not a speaker; a masculine or plural one may still be people', () => {
    expect(quotes('Последнее говорило о том, что рядом была вода.')).toEqual([]);
    expect(quotes('Главное говорило о том, что дом строили давно.')).toEqual([]);
    expect(quotes('Собравшиеся заявили, что рядом была вода.')).toEqual(['indirect | Собравшиеся | рядом была вода']);
  });
});

describe('a doubled closing quotation mark', () => {
  it('reads «"П"" – сообщил X» as a direct quote, the second mark a typo', () => {
    expect(quotes('"Мост откроют в мае"" – сообщил губернатор Иван Петров.')).toEqual(['direct | Иван Петров | Мост откроют в мае']);
  });
});

describe('a name in brackets before a colon and a quotation', () => {
  it('is an aside, not the speaker of the quotation', () => {
    expect(quotes("Поправка исправляла в уставе города (''Moscow Charter'') пункт 5, убрав оговорку про выборы: «Мэр избирается на пять лет и не более двух сроков» (англ. ''The mayor is elected'').")).toEqual([]);
    expect(quotes('Мэр Иван Петров поздравил жителей через Telegram: «Рад за всех нас, это большой день».')).toEqual([
      'direct | Иван Петров | Рад за всех нас, это большой день',
    ]);
  });
});

describe('unmarked direct speech of several sentences before a dash and its cue', () => {
  it('runs from the start of its line, unless the line opens with a report of its own', () => {
    expect(quotes('Новости дня.\nМы отдохнули на славу. Всё было прекрасно, — сказала Анна Петрова.')).toEqual([
      'indirect | Анна Петрова | Мы отдохнули на славу. Всё было прекрасно',
    ]);
    expect(quotes('Иван Петров заявил, что устал. Всё было прекрасно, — сказала Анна Петрова.')).toEqual([
      'indirect | Иван Петров | устал',
      'indirect | Анна Петрова | Всё было прекрасно',
    ]);
    expect(quotes('Мы отдохнули на славу. Всё было прекрасно, сообщает ТАСС.')).toEqual(['indirect | ТАСС | Всё было прекрасно']);
  });
});

describe('a headline opening with an unnamed source and a colon', () => {
  it('reads «СМИ: П» as the source\'s words when П has a predicate', () => {
    expect(quotes('СМИ: Сергей Орлов покинул клуб\nСергей Орлов\nПолузащитник перешёл в другую команду.')).toEqual([
      'direct | СМИ | Сергей Орлов покинул клуб',
    ]);
    expect(quotes('СМИ: обзор недели\nГлавные события в регионе.')).toEqual([]);
  });
});

describe('a possessive pronoun inside any «по …» source frame', () => {
  it('reads «по его сообщению», «по их утверждениям» as «по его словам»', () => {
    expect(quotes('Мэр Казани Игорь Лебедев провёл совещание. По его сообщению, мост откроют весной.')).toEqual([
      'indirect | Игорь Лебедев | мост откроют весной',
    ]);
    expect(quotes('Жители пожаловались в прокуратуру. По их утверждениям, воду отключили без предупреждения.')).toEqual([
      'indirect | их | воду отключили без предупреждения',
    ]);
  });
});

describe('a role before a colon and a paragraph in the first person', () => {
  it('gives the paragraph to the role when it says «я» or «мы», not when it narrates', () => {
    expect(quotes('Губернатор открыл мост.\nГлава региона обратился к жителям:\nМы строили этот мост три года и гордимся им.\n\nДвижение откроют завтра.')).toEqual([
      'direct | Глава региона | Мы строили этот мост три года и гордимся им.',
    ]);
    expect(quotes('Губернатор открыл мост.\nГлава региона обратился к жителям:\nМост строили три года, он обошёлся в миллиард рублей.\n\nДвижение откроют завтра.')).toEqual([]);
  });
});

describe('a reported clause that a quotation inside it carries on', () => {
  it('runs to the closing mark, past a comma or a full stop inside the quotation', () => {
    expect(quotes('Певица Анна Петрова сказала, что ушла со сцены, «потому что устала, как никогда в жизни».')).toEqual([
      'mixed | Анна Петрова | ушла со сцены, «потому что устала, как никогда в жизни»',
    ]);
    expect(quotes('По словам очевидцев, водитель «просто вышел из машины. Потом он побежал к реке».')).toEqual([
      'mixed | очевидцев | водитель «просто вышел из машины. Потом он побежал к реке»',
    ]);
  });
});

describe('a body\'s name over a headline that opens with its verb', () => {
  it('reads «НХЛ: Стартует …» as a topic, «ВОЗ: пандемия …» as the body\'s words', () => {
    expect(quotes('НХЛ: Стартует финал Кубка Стэнли\nСегодня в Бостоне пройдёт первый матч.')).toEqual([]);
    expect(quotes('ВОЗ: пандемия пошла на спад\nЭксперты довольны.')).toEqual(['direct | Всемирная организация здравоохранения | пандемия пошла на спад']);
  });
});

describe('a quotation that opens with the speaker\'s «что»', () => {
  it('reads «заявил, «что П»» as a mixed report of П', () => {
    expect(quotes('Тренер Олег Смирнов заявил, «что команда готова к финалу».')).toEqual([
      'mixed | Олег Смирнов | команда готова к финалу',
    ]);
    expect(quotes('Тренер Олег Смирнов заявил, «что команда готова к финалу», и покинул зал.')).toEqual([
      'mixed | Олег Смирнов | команда готова к финалу',
    ]);
  });
});

describe('«с этими словами» after a quotation', () => {
  it('attributes the quotation to the subject that follows', () => {
    expect(quotes('«Я вернусь через год», — с этими словами Мария Иванова покинула студию.')).toEqual([
      'direct | Мария Иванова | Я вернусь через год',
    ]);
  });
});

describe('speech reported inside the quotation of an as-frame', () => {
  it('is part of that quotation, not a quote of its own', () => {
    expect(quotes('Как рассказал источник в правительстве, «замминистра дал согласие, однако министр Иван Петров сказал, что не понимает, зачем это нужно».')).toEqual([
      'direct | источник в правительстве | замминистра дал согласие, однако министр Иван Петров сказал, что не понимает, зачем это нужно',
    ]);
  });
});

describe('a что-clause that is no statement', () => {
  it('after an asking verb is an indirect question', () => {
    expect(quotes('Журналист спросил министра, что изменится для пенсионеров.')).toEqual([]);
    expect(quotes('Депутат Иван Петров поинтересовался, что будет с тарифами.')).toEqual([]);
  });

  it('a quoted question is still a quote', () => {
    expect(quotes('«Что будет с тарифами?» — спросил Иван Петров.')).toEqual(['direct | Иван Петров | Что будет с тарифами?']);
  });

  it('after a negated speech cue reports nothing', () => {
    expect(quotes('Полиция не уточняет, что стало причиной пожара.')).toEqual([]);
    expect(quotes('В докладе не указывается, что завод нарушил нормы.')).toEqual([]);
  });

  it('a negated opinion or denial still reports', () => {
    expect(quotes('Иван Петров не верит, что завод закроют.')).toEqual(['indirect | Иван Петров | завод закроют']);
    expect(quotes('Мария Иванова не отрицает, что завод закроют.')).toEqual(['indirect | Мария Иванова | завод закроют']);
  });
});

describe('a speech verb followed by «об этом»', () => {
  it('reports the sentence before, its subject the speaker', () => {
    expect(quotes('Завод закроют в мае. Его адвокат Иван Петров рассказал об этом в телеграм-канале.')).toEqual([
      'indirect | Иван Петров | Завод закроют в мае',
    ]);
  });

  it('is the subject\'s own act after «и»', () => {
    expect(quotes('Мэр города Иван Петров ушёл в отставку. Затем Мария Иванова покинула пост и сообщила об этом в соцсети.')).toEqual([]);
  });
});

describe('a trailing opinion adjective with a body after «в»', () => {
  it('names where the opinion is held when the body closes the sentence', () => {
    expect(quotes('Завод закроют в мае, уверены в Минэкономразвития.')).toEqual(['indirect | Министерство экономического развития России | Завод закроют в мае']);
  });

  it('keeps «уверены в …» with a non-body object as the clause\'s own predicate', () => {
    expect(quotes('Завод закроют в мае, и рабочие уверены в этом.')).toEqual([]);
  });
});

describe('a source frame with a time adverbial where its source should be', () => {
  it('names nobody: no quote', () => {
    expect(quotes('По информации на данном этапе, завод закроют в мае.')).toEqual([]);
    expect(quotes('По данным на этой стадии, пострадавших нет.')).toEqual([]);
  });

  it('a place the information comes from is still a source', () => {
    expect(quotes('По информации от представителей мэрии, завод закроют в мае.')).toHaveLength(1);
  });
});

describe('«об этом» with an asking or a negated verb', () => {
  it('reports nothing of the sentence before', () => {
    expect(quotes('Завод закроют в мае. Журналист Иван Петров спросил об этом министра.')).toEqual([]);
    expect(quotes('Завод закроют в мае. Министр Иван Петров не сообщил об этом.')).toEqual([]);
    expect(quotes('Завод закроют в мае. Об этом министра спросил журналист Иван Петров.')).toEqual([]);
  });
});

describe('speech inside a quotation is the quoted speaker\'s', () => {
  it('splits out no report whose cue stands inside a direct quote in marks', () => {
    expect(quotes('Агентство сообщило: «По словам соседей, хозяин уехал ещё весной».')).toEqual([
      'direct | Агентство | По словам соседей, хозяин уехал ещё весной',
    ]);
    expect(quotes('«Мы уверены, что завод заработает к осени», — сказал Иван Петров.')).toEqual([
      'direct | Иван Петров | Мы уверены, что завод заработает к осени',
    ]);
  });

  it('splits out no report lying wholly inside an unmarked block after a colon', () => {
    expect(quotes('Директор школы Анна Смирнова сказала:\nВсе ученики здоровы. Врачи считают, что опасности нет.')).toEqual([
      'direct | Анна Смирнова | Все ученики здоровы. Врачи считают, что опасности нет.',
    ]);
  });
});

describe('«П1», сказал X: «П2»', () => {
  it('is one quote when a colon closes the attribution', () => {
    expect(quotes('«У меня две мечты», сказал Иван Петров: «Первая — построить дом, вторая — посадить сад».')).toEqual([
      'direct | Иван Петров | У меня две мечты», сказал Иван Петров: «Первая — построить дом, вторая — посадить сад',
    ]);
  });
});

describe('a judgement in marks after a name in marks', () => {
  it('reads past a quoted name to the quoted judgement', () => {
    expect(quotes('Министр назвал главу «Лиги» Маттео Сальвини «великим лидером».')).toEqual([
      'mixed | Министр | главу «Лиги» Маттео Сальвини «великим лидером»',
    ]);
  });

  it('reads past a word and a name in marks to the judgement after them', () => {
    expect(quotes('Иван Соколов назвал новый мост «подарком Москвы», который станет «главной гордостью области».')).toEqual([
      'mixed | Иван Соколов | новый мост «подарком Москвы», который станет «главной гордостью области»',
    ]);
  });

  it('окрестить «…» names a judgement as назвать does', () => {
    expect(quotes('Журналисты уже окрестили церемонию «свадьбой века».')).toEqual([
      'mixed | Журналисты | церемонию «свадьбой века»',
    ]);
  });
});

describe('В X появилось сообщение, что П', () => {
  it('is a report of the place it appeared in', () => {
    expect(quotes('В дипломатических кругах появились слухи, что министр уйдёт в отставку.', { named: true })).toEqual([
      'indirect | дипломатические круги | министр уйдёт в отставку',
    ]);
    expect(quotes('Кроме того, в блогах появилась информация о том, что болельщики проведут акцию.', { named: true })).toEqual([
      'indirect | блоги | болельщики проведут акцию',
    ]);
  });

  it('is no quote with no place named', () => {
    expect(quotes('Появилась информация, что министр уйдёт в отставку.')).toEqual([]);
    expect(quotes('Вчера появились данные о том, что цены выросли.')).toEqual([]);
  });
});

describe('a source frame with a word inside', () => {
  it('по его собственным словам: an adjective after the possessive', () => {
    expect(quotes('Иван Петров родился в Москве. По его собственным словам, он решил стать врачом после школы.')).toEqual([
      'indirect | Иван Петров | он решил стать врачом после школы',
    ]);
  });

  it('по информации же X: a particle before the source', () => {
    expect(quotes('По информации же «Известий», завод закроют весной.', { named: true })).toEqual([
      'indirect | Известия | завод закроют весной',
    ]);
  });
});

describe('a source frame opening a bracket', () => {
  it('reports the bracket only when a verb stands in it', () => {
    expect(quotes('Хотя Иван Петров уходить не собирается (по его словам, он чувствует себя отлично), клуб ищет ему замену.')).toEqual([
      'indirect | Иван Петров | он чувствует себя отлично',
    ]);
    expect(quotes('Цены выросли (по данным Росстата, на 5 процентов за год).', { named: true })).toEqual([
      'indirect | Росстат | Цены выросли (по данным Росстата, на 5 процентов за год)',
    ]);
  });
});

describe('высказаться за «…»', () => {
  it('a stance whose object is a quoted fragment is mixed', () => {
    expect(quotes('Судья высказался за право «создавать семейные отношения нового типа».')).toEqual([
      'mixed | Судья | за право «создавать семейные отношения нового типа»',
    ]);
  });
});

describe('a source frame whose source is a participle\'s agent', () => {
  it('По информации, сообщённой X, П; В соответствии с заявлением, сделанным X, П', () => {
    expect(quotes('По неподтверждённой информации, сообщённой официальным представителем совета Олегом Ивановым, завод закрыт.')).toEqual([
      'indirect | Олег Иванов | завод закрыт',
    ]);
    expect(quotes('В соответствии с заявлением, сделанным в интервью журналистам министром Анной Смирновой, школы откроются в срок.')).toEqual([
      'indirect | Анна Смирнова | школы откроются в срок',
    ]);
  });

  it('is no quote when the participle has no agent', () => {
    expect(quotes('По информации, полученной в ходе проверки, завод работал без лицензии.')).toEqual([]);
    expect(quotes('В соответствии с законом, выборы пройдут в марте.')).toEqual([]);
    // A frame of the cue table whose participle's only phrase is prepositional names no source.
    expect(quotes('В соответствии с данными, полученными в ходе проверки, завод работал без лицензии.')).toEqual([]);
  });
});

describe('П, об этом сообщает X with no verb in П', () => {
  it('refers to the clause before it in its own sentence when that clause is long enough', () => {
    expect(quotes('Матч прошёл в Казани. Итоговый счёт встречи в пользу хозяев поля двузначный, об этом сообщают СМИ.')).toEqual([
      'indirect | СМИ | Итоговый счёт встречи в пользу хозяев поля двузначный',
    ]);
  });
});

describe('X крикнул «П»', () => {
  it('a quotation right after a verb of uttering aloud is a direct quote', () => {
    expect(quotes('Охранник Пётр Смирнов крикнул «Стой, стрелять буду!» и побежал к воротам.')).toEqual([
      'direct | Пётр Смирнов | Стой, стрелять буду!',
    ]);
    expect(quotes('Мальчик крикнул «Помогите!» и убежал.')).toEqual(['direct | Мальчик | Помогите!']);
  });

  it('is no quote for a name alone in the marks or after another verb', () => {
    expect(quotes('Толпа скандировала «Россия».')).toEqual([]);
    expect(quotes('Иван Петров прочитал «Войну и мир» за неделю.')).toEqual([]);
  });
});

describe('П, — так говорится в X', () => {
  it('«так» before a trailing cue points back at the content', () => {
    expect(quotes('Также планируется создать новую систему защиты данных, — так говорится в тексте документа.', { named: true })).toEqual([
      'indirect | документ | Также планируется создать новую систему защиты данных',
    ]);
    expect(quotes('Он сделал всё так, как говорил министр.')).toEqual([]);
  });
});

describe('a statement set off after «написал:» over several lines', () => {
  it('runs on over next lines in the first person, and stops at the narrator', () => {
    expect(quotes('Министр Иван Петров написал в блоге:\nМы построим новый завод в этом году.\nЯ обещаю, что к осени предприятие заработает.\nЗавод станет первым в регионе.')).toEqual([
      'direct | Иван Петров | Мы построим новый завод в этом году.\nЯ обещаю, что к осени предприятие заработает.',
    ]);
  });
});

describe('speech reported inside a direct quote', () => {
  it('is part of the quote, not a quote of its own', () => {
    const text = 'Режиссёр вспомнил, как начинал:\nВ юности я работал на почте. Однажды мой сосед сказал мне, что в театре ищут статистов. Я пошёл туда на следующий день и остался на сорок лет.';
    expect(quotes(text)).toEqual([
      'direct | Режиссёр | В юности я работал на почте. Однажды мой сосед сказал мне, что в театре ищут статистов. Я пошёл туда на следующий день и остался на сорок лет.',
    ]);
  });

  it('a report outside the direct quote stays a quote', () => {
    expect(quotes('«Мы откроем музей весной», — сказал директор. Его заместитель добавил, что билеты будут бесплатными.')).toEqual([
      'direct | директор | Мы откроем музей весной',
      'indirect | заместитель | билеты будут бесплатными',
    ]);
  });
});

describe('О/Об + a phrase that repeats the sentence before + a speech verb', () => {
  it('a fronted topic that is the speaker\'s own («своих») reports that sentence', () => {
    expect(quotes('Завод в Туле планирует выпускать тракторы. О своих планах директор завода рассказал журналистам.', { named: true })).toEqual([
      'indirect | директор завода | Завод в Туле планирует выпускать тракторы',
    ]);
  });

  it('a fronted event (отставка, кончина) is a nominal report of the news, no quote', () => {
    expect(quotes('Мэр Самары Пётр Лебедев подал в отставку. Об отставке мэра сообщил губернатор области.')).toEqual([]);
    expect(quotes('Вчера в Афинах скончался известный певец Никос Папас.\n\nО кончине певца сообщил его продюсер Иван Петров.')).toEqual([]);
  });

  it('is no quote when the phrase brings news or follows the verb', () => {
    expect(quotes('Вчера в Перми начался ремонт моста. О закрытии школы сообщил губернатор области.')).toEqual([]);
    expect(quotes('Мэр Самары подал в отставку. Губернатор сообщил об отставке мэра.')).toEqual([]);
  });
});

describe('прописано / приводится: more impersonal cues with a text as the source', () => {
  it('В законе прописано, что П; В сообщении X приводится: П', () => {
    expect(quotes('Отдельным пунктом в уставе прописано, что клуб принадлежит болельщикам.', { named: true })).toEqual([
      'indirect | устав | клуб принадлежит болельщикам',
    ]);
    expect(quotes('В сообщении пожарных приводится: «Огонь потушен за два часа».', { named: true })).toEqual([
      'direct | пожарные | Огонь потушен за два часа',
    ]);
  });

  it('is no quote when nothing is given', () => {
    expect(quotes('Других подробностей в сообщении не приводится.')).toEqual([]);
  });
});

describe('конституция, устав, кодекс are texts that say things', () => {
  it('X, в котором сказано, что П; В конституции сказано, что П', () => {
    expect(quotes('Профсоюз напомнил о кодексе, в котором сказано, что отпуск длится не меньше месяца.', { named: true })).toEqual([
      'indirect | кодекс | отпуск длится не меньше месяца',
    ]);
    expect(quotes('В Конституции сказано, что выборы проводятся раз в пять лет.', { named: true })).toEqual([
      'indirect | Конституция | выборы проводятся раз в пять лет',
    ]);
  });

  it('is no quote without a cue', () => {
    expect(quotes('Согласно Конституции, выборы проводятся раз в пять лет.')).toEqual([]);
  });
});

describe('a report ends where another source\'s «X также добавил, что» begins', () => {
  it('an adverb or particle before the second verb does not hide it', () => {
    expect(quotes('Как сообщил директор школы, занятия отменены, однако мэр также добавил, что ремонт займёт неделю.', { named: true })).toEqual([
      'indirect | директор школы | занятия отменены',
      'indirect | мэр | ремонт займёт неделю',
    ]);
  });
});

describe('«об этом» after a sentence with its own trailing cue', () => {
  it('reports the sentence without that attribution', () => {
    expect(quotes('Завод в Липецке остановил конвейер, сообщает агентство Интерфакс. Об этом также сообщил директор завода.', { named: true })).toContain(
      'indirect | директор завода | Завод в Липецке остановил конвейер',
    );
  });

  it('keeps a sentence whose cue is its own predicate', () => {
    expect(quotes('Иван Петров, глава компании, заявил о своём уходе. Об этом сообщает агентство Интерфакс.', { named: true })).toContain(
      'indirect | Интерфакс | Иван Петров, глава компании, заявил о своём уходе',
    );
  });
});

describe('a court\'s ruling with a что-clause', () => {
  it('«постановил, что П» reports the ruling; «постановил взыскать» reports nothing', () => {
    expect(quotes('Арбитражный суд постановил, что компания должна выплатить штраф.', { named: true })).toEqual([
      'indirect | Арбитражный суд | компания должна выплатить штраф',
    ]);
    expect(quotes('Суд постановил взыскать с компании штраф.')).toEqual([]);
  });
});

describe('a first-person quotation after the reported clause\'s colon', () => {
  it('ends the indirect report and is a direct quote of its own', () => {
    expect(quotes('Тренер Олег Смирнов заявил, что команда очень устала: «Мы играли три матча за неделю». Игроки уехали домой.')).toEqual([
      'indirect | Олег Смирнов | команда очень устала',
      'direct | Олег Смирнов | Мы играли три матча за неделю',
    ]);
  });

  it('keeps a quotation that names a principle or a date inside the report', () => {
    expect(quotes('Олег Смирнов заявил, что это противоречит правилу: «Играют все». Игроки уехали домой.')).toEqual([
      'mixed | Олег Смирнов | это противоречит правилу: «Играют все»',
    ]);
  });
});

describe('verbs of many senses that judge only with «как»', () => {
  it('определил / оправдывал X как «…» is mixed', () => {
    expect(quotes('Министр определил положение отрасли как «катастрофическое».')).toEqual([
      'mixed | Министр | положение отрасли как «катастрофическое»',
    ]);
    expect(quotes('Генерал оправдывал приказ об отступлении как «вынужденную» меру.')).toEqual([
      'mixed | Генерал | приказ об отступлении как «вынужденную» меру',
    ]);
  });

  it('is no quote without «как»', () => {
    expect(quotes('Врачи определили у спортсмена разрыв «крестообразной» связки.')).toEqual([]);
    expect(quotes('Присяжные оправдали бизнесмена, которого обвиняли в «мошенничестве».')).toEqual([]);
  });
});

describe('a report ends where another source speaks after a conjunction', () => {
  it('«…, но эксперты говорят о …» is the narrator\'s next report, not the first speaker\'s words', () => {
    expect(quotes('Министр заявил, что цены вырастут, но эксперты говорят о снижении.')).toEqual([
      'indirect | Министр | цены вырастут',
    ]);
  });
});

describe('«но и по данным X» inside a clause', () => {
  it('is an adverbial of the reported clause, not a source of its own', () => {
    expect(quotes('Министр Олег Смирнов заявил, что оценку будут ставить не только по итогам экзамена, но и по данным дневника ученика.')).toEqual([
      'indirect | Олег Смирнов | оценку будут ставить не только по итогам экзамена, но и по данным дневника ученика',
    ]);
  });

  it('a sentence opening with «И по их словам» still reports', () => {
    expect(quotes('Телеканал опроверг слухи. И по их словам полковник находится в полном здравии.')).toHaveLength(1);
  });
});

describe('a fronted «о + своих + topic» that repeats a noun of the sentence before in another stem', () => {
  it('«О своих намерениях сообщил …» after «… намерен …» reports that sentence', () => {
    expect(quotes('Иван Петров намерен баллотироваться в мэры.\n\nО своих намерениях политик сообщил журналистам.')).toEqual([
      'indirect | Иван Петров | Иван Петров намерен баллотироваться в мэры',
    ]);
  });
});

describe('«П, сказал X:» before a block of its own', () => {
  it('reports the sentence before the cue when the colon ends the line', () => {
    expect(quotes('Матч перенесли.\n\nКоманда сыграла лишь две игры из пяти запланированных, сказал Иван Петров:\n\nТурнир продолжится весной.')).toEqual([
      'indirect | Иван Петров | Команда сыграла лишь две игры из пяти запланированных',
      'direct | Иван Петров | Турнир продолжится весной.',
    ]);
  });
});

describe('a semicolon inside a reported clause', () => {
  it('goes on with the speaker\'s statement', () => {
    expect(quotes('По словам Ивана Петрова, сын начал ходить в спортзал; он искал способ отвлечься от работы.')).toEqual([
      'indirect | Иван Петров | сын начал ходить в спортзал; он искал способ отвлечься от работы',
    ]);
  });
});

describe('a speech verb whose topic («о …») holds the speaker\'s words in marks', () => {
  it('is a mixed report of the topic', () => {
    expect(quotes('Депутаты заявили о подготовке «очередной провокации» против губернатора.')).toEqual([
      'mixed | Депутаты | о подготовке «очередной провокации» против губернатора',
    ]);
    expect(quotes('Ранее местные газеты сообщали о погибшем «туристе из Италии».', { named: true })).toEqual([
      'mixed | местные газеты | о погибшем «туристе из Италии»',
    ]);
  });

  it('runs on to the mark a full stop inside the fragment cut', () => {
    expect(quotes('Иван Петров заявил о своей благодарности «за помощь волонтёров. Они спасли город».')).toEqual([
      'mixed | Иван Петров | о своей благодарности «за помощь волонтёров. Они спасли город»',
    ]);
  });

  it('is no quote without such a fragment, or with a name in marks', () => {
    expect(quotes('Депутаты заявили о подготовке провокации против губернатора.')).toEqual([]);
    expect(quotes('Депутаты заявили о выходе из коалиции «Европейский выбор».')).toEqual([]);
  });
});

describe('two named subjects with an adverb before their plural cue', () => {
  it('«X и Y также заявили, что П» is said by both, a quote each', () => {
    expect(quotes('Иван Петров и Мария Сидорова также заявили, что проект будет завершён.')).toEqual([
      'indirect | Иван Петров | проект будет завершён',
      'indirect | Мария Сидорова | проект будет завершён',
    ]);
  });
});

describe('a conclusion the subject came to', () => {
  it('«пришёл к выводу, что П», «сделали вывод, что П» are opinions', () => {
    expect(quotes('В своей работе Иван Петров пришёл к выводу, что подростки спят слишком мало.')).toEqual([
      'indirect | Иван Петров | подростки спят слишком мало',
    ]);
    expect(quotes('Врачи сделали вывод, что пациент здоров.')).toEqual([
      'indirect | Врачи | пациент здоров',
    ]);
  });
});

describe('a citation with a «что» clause', () => {
  it('«Y цитирует X, что П» reports X', () => {
    expect(quotes('Агентство цитирует министра, что переговоры продолжатся.', { named: true })).toEqual([
      'indirect | министр | переговоры продолжатся',
    ]);
  });
});

describe('a judgement whose object holds the speaker\'s words in marks', () => {
  it('«осуждал решение «…»», «подверг критике … «…»» are mixed', () => {
    expect(quotes('В обращении Иван Петров осуждал решение мэра «снести старый парк ради парковки».')).toEqual([
      'mixed | Иван Петров | решение мэра «снести старый парк ради парковки»',
    ]);
    expect(quotes('Иван Петров подверг критике политику мэрии за «недостаточно быстрое» строительство.')).toEqual([
      'mixed | Иван Петров | политику мэрии за «недостаточно быстрое» строительство',
    ]);
  });

  it('is no quote with a title in marks', () => {
    expect(quotes('Иван Петров раскритиковал законопроект «О защите прав потребителей».')).toEqual([]);
  });

  it('leaves the quotation to a nearer judgement verb', () => {
    expect(quotes('Министр осудил этот арест, называя его «незаконным похищением».')).toEqual([
      'mixed | Министр | его «незаконным похищением»',
    ]);
  });
});

describe('«выразил соболезнования / благодарность:» before the words', () => {
  it('introduces a block or a quotation', () => {
    expect(quotes('Министр выразил благодарность врачам: «Вы спасли тысячи жизней».')).toEqual([
      'direct | Министр | Вы спасли тысячи жизней',
    ]);
  });

  it('is no quote before a list of names in marks', () => {
    expect(quotes('Многие клубы выразили соболезнования: «Милан», «Барселона» и «Бавария».')).toEqual([]);
  });
});

describe('a text noun before a colon and a quotation', () => {
  it('«В сумке нашли записку: «П»» quotes the text', () => {
    expect(quotes('У входа висело короткое объявление: «Мы вернёмся в понедельник утром».', { named: true })).toEqual([
      'direct | короткое объявление | Мы вернёмся в понедельник утром',
    ]);
  });
});

describe('a noun of uttering aloud before a quotation', () => {
  it('«с криком «П»» is what the clause\'s subject shouted', () => {
    expect(quotes('Вчера студент Иван Петров напал на охранника с криком «Всем лежать на полу!». Позднее его задержали.')).toEqual([
      'direct | Иван Петров | Всем лежать на полу!',
    ]);
  });
});

describe('a cue set in after a lone connector', () => {
  it('«Впрочем, подчёркивает газета, П» reports what follows, a verbless clause too', () => {
    expect(quotes('Впрочем, подчеркивает газета, Иван Петров - не единственный кандидат на этот пост.', { named: true })).toEqual([
      'indirect | газета | Иван Петров - не единственный кандидат на этот пост',
    ]);
    expect(quotes('Кроме того, сообщает агентство, погибших нет.', { named: true })).toEqual([
      'indirect | агентство | погибших нет',
    ]);
  });
});

describe('the «что» of a cue stands in the cue\'s own sentence', () => {
  it('a line with no final stop ends at its break: the next speaker\'s «что» is not the cue\'s', () => {
    expect(quotes('«Нужно только желание», — заключил глава движения «Зелёный город»\n\nИван Петров сообщил, что фонд внесёт поправки в мае.')).toEqual([
      'direct | глава движения «Зелёный город» | Нужно только желание',
      'indirect | Иван Петров | фонд внесёт поправки в мае',
    ]);
  });
});

describe('a judgement verb with its object set before it', () => {
  it('the whole clause is the judgement when only the quotation follows the verb', () => {
    expect(quotes('Церемонию, которая прошла в отеле в центре Москвы, столичная пресса уже окрестила «свадьбой века».')).toEqual([
      'mixed | столичная пресса | Церемонию, которая прошла в отеле в центре Москвы, столичная пресса уже окрестила «свадьбой века»',
    ]);
  });

  it('the quotation alone when the object is the antecedent or left out', () => {
    expect(quotes('Петер, которого пресса называет «главным экономистом семьи», будет руководить фондом.')).toEqual([
      'mixed | пресса | «главным экономистом семьи»',
    ]);
    expect(quotes('Журналисты сразу окрестили «свадьбой века».')).toEqual(['mixed | Журналисты | «свадьбой века»']);
  });
});

describe('a source frame followed by a clause opening with a preposition', () => {
  it('«у» + a role word starts the reported clause, not an apposition to the source', () => {
    expect(quotes('По словам врачей клиники, у принца лёгкие симптомы болезни, но в остальном он здоров.', { named: true })).toEqual([
      'indirect | врачи клиники | у принца лёгкие симптомы болезни, но в остальном он здоров',
    ]);
  });
});

describe('a participle after a comma', () => {
  it('describes the noun before it: no trailing attribution', () => {
    expect(quotes('В Кении освобождён журналист, сообщивший об избиении женщины полицейскими.')).toEqual([]);
    expect(quotes('В Кении освобождён журналист, рассказавший об избиении студентки.')).toEqual([]);
  });
});

describe('a participle after a comma inside a reported clause', () => {
  it('describes the noun before it: the clause goes on', () => {
    expect(quotes('Комиссия сообщила, что Мэри Шапиро покинет свой пост, став первым человеком из команды президента, отвечающих за финансовую политику, ушедшим в отставку.')).toEqual([
      'indirect | Комиссия | Мэри Шапиро покинет свой пост, став первым человеком из команды президента, отвечающих за финансовую политику, ушедшим в отставку',
    ]);
  });
});

describe('a cue inside its content, and a trailing cue after it', () => {
  it('the inner report ends before the trailing attribution, as the outer one does', () => {
    expect(quotes('Многие мигранты, напомнил Папа, бежали от правителей своих стран, которые легко проливают кровь, пишет BBC.', { named: true })).toEqual([
      'indirect | Папа | Многие мигранты, напомнил Папа, бежали от правителей своих стран, которые легко проливают кровь',
      'indirect | BBC | Многие мигранты, напомнил Папа, бежали от правителей своих стран, которые легко проливают кровь',
    ]);
  });
});

describe('a quotation with its own dash attribution, then a medium that reports it', () => {
  it('the medium reports the quotation\'s words; the speaker keeps the direct quote', () => {
    expect(quotes('«Мы будем бороться до конца», — сказал Иван Петров, сообщает ТАСС.', { named: true })).toEqual([
      'direct | Иван Петров | Мы будем бороться до конца',
      'indirect | ТАСС | Мы будем бороться до конца',
    ]);
  });
});

describe('a verb of the reported clause that Az ranks as a noun', () => {
  it('«правил» is the clause\'s own past verb: «и был смещён» goes on with it', () => {
    expect(quotes('Как заявил Иван Петров, смерть генерала совпала с годовщиной свержения диктатора, который правил с 1954 года и был смещён генералом Родригесом в 1989 году.')).toEqual([
      'indirect | Иван Петров | смерть генерала совпала с годовщиной свержения диктатора, который правил с 1954 года и был смещён генералом Родригесом в 1989 году',
    ]);
  });
});

describe('a subject after a headline with no full stop', () => {
  it('is not governed by the headline\'s last name', () => {
    expect(quotes('Временным главой страны стал спикер Иван Сидоров\n\nВерховный совет Грузии, где прошли протесты, официально подтвердил, что выборы пройдут весной.')).toEqual([
      'indirect | Верховный совет Грузии | выборы пройдут весной',
    ]);
  });
});

describe('«что X и так сделал» with no predicate before «и»', () => {
  it('keeps the verb after «и» inside the reported clause', () => {
    expect(quotes('Также прокурор заявил, что районный суд и так смягчил ему наказание за кражу.')).toEqual([
      'indirect | прокурор | районный суд и так смягчил ему наказание за кражу',
    ]);
  });

  it('still ends a report of a topic where the narrator resumes', () => {
    expect(quotes('Министр рассказал, что реформа готова, и предложил депутатам её поддержать.')).toEqual([
      'indirect | Министр | реформа готова',
    ]);
  });
});

describe('«об этом» with a quoted name before its verb', () => {
  it('reads past the marks to the verb', () => {
    expect(quotes('Учебники будут бесплатными. Правда, получат их только первоклассники: об этом корреспонденту "Вечерней газеты" сообщили в комитете образования.', { named: true })).toEqual([
      'indirect | комитет образования | Правда, получат их только первоклассники',
    ]);
  });
});

describe('a subject right after an oblique relative', () => {
  it('«которого / которую X назвал «…»»: the name after the relative is its clause\'s subject, not governed by it', () => {
    expect(quotes('Стрелка, которого Иван Петров называет «героем страны», наградили.')).toEqual([
      'mixed | Иван Петров | «героем страны»',
    ]);
    expect(quotes('Реформу, которую МЧС назвало «провальной затеей», отменили.')).toEqual([
      'mixed | МЧС России | «провальной затеей»',
    ]);
  });
});

describe('a date set off by a comma between the cue and «что»', () => {
  it('is an aside, with its closing comma or without it', () => {
    expect(quotes('Министр Иван Петров заявил в среду, 20 апреля, что налоги не вырастут.')).toEqual([
      'indirect | Иван Петров | налоги не вырастут',
    ]);
    expect(quotes('Министр Иван Петров подтвердил в среду, 20 апреля 2016 года что налоги не вырастут.')).toEqual([
      'indirect | Иван Петров | налоги не вырастут',
    ]);
  });
});

describe('a headline «X: П» whose statement has a negation and no verb', () => {
  it('is a statement; a topic with neither is not', () => {
    expect(quotes('Иван Петров: новый сезон не за горами\nСпортсмен рассказал о планах.')).toEqual([
      'direct | Иван Петров | новый сезон не за горами',
    ]);
    expect(quotes('Иван Петров: выставка спустя полвека\nХудожник вернулся в Москву.')).toEqual([]);
  });
});

describe('opinion and ruling gerunds with a «что» clause', () => {
  it('«…, считая / посчитав / полагая / постановив, что П»: the subject of the main clause holds it', () => {
    expect(quotes('Депутат Иван Петров отказался от мандата, посчитав, что добился своего.')).toEqual([
      'indirect | Иван Петров | добился своего',
    ]);
    expect(quotes('Судья Анна Смирнова смягчила приговор, постановив, что осуждённый выйдет весной.')).toEqual([
      'indirect | Анна Смирнова | осуждённый выйдет весной',
    ]);
  });
});

describe('a source frame opening a relative clause with no comma after the relative word', () => {
  it('reports that clause only', () => {
    expect(quotes('Она показала авиабилет до Тель-Авива, где по её словам, она должна была встретиться с мужем.')).toEqual([
      'indirect | её | она должна была встретиться с мужем',
    ]);
    expect(quotes('В Германии находится также Иван Петров, который по версии следствия является организатором поставок.', { named: true })).toEqual([
      'indirect | следствие | является организатором поставок',
    ]);
  });
});

describe('«обратить внимание» with a bare «что» is noticing, not speech', () => {
  it('is a report only as «на то, что»', () => {
    expect(quotes('Власти обратили внимание, что подозреваемый ставил лайки под записями боевиков.')).toEqual([]);
    expect(quotes('Комментаторы обратили внимание на то, что 5000 рублей — это 76 долларов.')).toEqual([
      'indirect | Комментаторы | 5000 рублей — это 76 долларов',
    ]);
  });
});

describe('a clause with a speech verb that ends in a colon before the words it announces', () => {
  it('leads in to the direct quote; it is no report of its own', () => {
    expect(quotes('По данным телеграм-канала Mash, водитель автобуса объясняет аварию так:\nМеня подрезал таксист, я потерял управление.')).toEqual([
      'direct | водитель автобуса | Меня подрезал таксист, я потерял управление.',
    ]);
  });
});

describe('a quoted clause that opens with a body\'s noun before the dash cue', () => {
  it('is speech, not an organisation named in marks', () => {
    expect(quotes('«Завод закроют в марте», — заявил министр Иван Петров.')).toEqual(['direct | Иван Петров | Завод закроют в марте']);
    expect(quotes('«Банк выполнит все обязательства» — сообщил глава совета директоров Олег Смирнов.')).toEqual([
      'direct | Олег Смирнов | Банк выполнит все обязательства',
    ]);
    expect(annotate('«Завод закроют в марте», — заявил министр Иван Петров.').entities.map((e) => e.type)).toEqual(['PER']);
  });

  it('is speech after a colon too', () => {
    expect(quotes('Министр сказал журналистам: «Завод закроют до конца года».')).toEqual(['direct | Министр | Завод закроют до конца года']);
    expect(quotes('Глава банка Олег Смирнов заявил: "Компания обанкротится к весне".')).toEqual(['direct | Олег Смирнов | Компания обанкротится к весне']);
  });

  it('keeps a quoted name without a verb a name', () => {
    expect(annotate('Сотрудники «Фонда защиты природы» заявили, что лес вырубят.').entities.map((e) => `${e.type} ${e.name}`)).toContain('ORG Фонд защиты природы');
  });
});

describe('an as-frame inside a что-clause with whom the source told before its verb', () => {
  it('skips a dative pronoun or noun to reach the verb', () => {
    expect(quotes('Иванов заявил, что, как ему сообщил Петров, завод закроют.')).toContain('indirect | Петров | завод закроют');
    expect(quotes('Депутат Орлов отметил, что, как журналистам сообщили в мэрии, мост откроют летом.')).toContain('indirect | мэрии | мост откроют летом');
    expect(quotes('Как агентству сообщил Петров, сделка сорвалась.')).toEqual(['indirect | Петров | сделка сорвалась']);
    expect(quotes('Как Иван Петров агентству рассказал, сделка сорвалась.')).toEqual(['indirect | Иван Петров | сделка сорвалась']);
  });
});

describe('a source the speaker cites between commas before the cue', () => {
  it('is quoted too, with the same content', () => {
    expect(quotes('Reuters, ссылаясь на источники в правительстве, сообщает, что переговоры продолжатся.')).toEqual([
      'indirect | Reuters | переговоры продолжатся',
      'indirect | источники в правительстве | переговоры продолжатся',
    ]);
    expect(quotes('Газета «Ведомости», ссылаясь на собственные источники, пишет, что сделка сорвалась.')).toContain('indirect | собственные источники | сделка сорвалась');
    expect(quotes('Агентство Bloomberg, ссылаясь на министра финансов Ивана Петрова, сообщило, что налоги повысят.')).toContain('indirect | Иван Петров | налоги повысят');
  });

  it('takes no source from a frame whose object is a clause', () => {
    expect(quotes('Защитник обвиняемого, ссылаясь на то, что мужчина раскаялся, попросил о снисхождении.')).toEqual(['indirect | Защитник обвиняемого | мужчина раскаялся']);
  });
});

describe('a second report joined to the first by a conjunction (issue 14)', () => {
  it('ends the first report where a speech verb with its own что-clause follows', () => {
    expect(quotes('Министр Иван Петров заявил, что переговоры прошли успешно, а посол Анна Смирнова отметила, что сроки пока не согласованы.')).toEqual([
      'indirect | Иван Петров | переговоры прошли успешно',
      'indirect | Анна Смирнова | сроки пока не согласованы',
    ]);
  });

  it('ends it at an opinion only when «а» sets a second view against it', () => {
    expect(quotes('Киев считает, что долг давно погашен, а Москва уверена, что платежей не было.')).toEqual([
      'indirect | Киев | долг давно погашен',
      'indirect | Москва | платежей не было',
    ]);
    expect(quotes('Певец рассказал, что долго терпел боль, но он думал, что это простуда.')).toContain(
      'indirect | Певец | долго терпел боль, но он думал, что это простуда',
    );
  });
});

describe('a reason given for a decision (X мотивировал Y тем, что П)', () => {
  it('reports the reason as the speaker\'s clause', () => {
    expect(quotes('Свой отказ министр Иван Петров мотивировал тем, что бюджет пуст.')).toEqual(['indirect | Иван Петров | бюджет пуст']);
    expect(quotes('Директор аргументировал свою позицию тем, что завод убыточен.')).toEqual(['indirect | Директор | завод убыточен']);
    expect(quotes('Судья обосновал приговор тем, что вина доказана.')).toEqual(['indirect | Судья | вина доказана']);
    expect(quotes('Писатель вернул награду, обосновав это тем, что «она больше ничего не значит».')).toEqual(['mixed | Писатель | «она больше ничего не значит»']);
  });

  it('is no quote without a что-clause', () => {
    expect(quotes('Директор мотивировал сотрудников премиями.')).toEqual([]);
  });
});

describe('a speaker whose initial reads as a conjunction (А., И.)', () => {
  it('is the whole name after the cue', () => {
    expect(quotes('Как сообщил И. Петров, цены вырастут в марте.')).toEqual(['indirect | И. Петров | цены вырастут в марте']);
    expect(quotes('По словам А. Лукьянчикова, цены вырастут в марте.')).toEqual(['indirect | А. Лукьянчиков | цены вырастут в марте']);
    expect(quotes('«Цены вырастут в марте», — сообщил И. Петров.')).toEqual(['direct | И. Петров | Цены вырастут в марте']);
  });
});

describe('a collective numeral as the subject (Двое очевидцев рассказали)', () => {
  it('heads an unnamed group that speaks', () => {
    expect(quotes('Двое очевидцев рассказали, что видели взрыв.')).toEqual(['indirect | Двое очевидцев | видели взрыв']);
    expect(quotes('Трое рабочих заявили, что зарплату не платят полгода.')).toEqual(['indirect | Трое рабочих | зарплату не платят полгода']);
  });
});

describe('a cue inside its content after a noun phrase with a rare verb reading', () => {
  it('takes the whole sentence (времени is no imperative, повсеместно no short adjective here)', () => {
    expect(quotes('Введение повсеместно летнего времени, подчеркнул министр, будет полезным.')).toEqual([
      'indirect | министр | Введение повсеместно летнего времени, подчеркнул министр, будет полезным',
    ]);
    expect(quotes('Цены высоки, сообщает ТАСС.')).toEqual(['indirect | ТАСС | Цены высоки']);
  });
});

describe('«Об этом сообщил X» after a sentence that opens with a frame of its own', () => {
  it('reports the clause after the frame', () => {
    expect(quotes('Как передало радио «Маяк», по факту поджога возбуждено уголовное дело. Об этом сообщил представитель следствия Владимир Маркин.')).toEqual([
      'indirect | Маяк | по факту поджога возбуждено уголовное дело',
      'indirect | Владимир Маркин | по факту поджога возбуждено уголовное дело',
    ]);
    expect(quotes('Завод закроют в марте. Об этом сообщил директор Иван Петров.')).toEqual(['indirect | Иван Петров | Завод закроют в марте']);
  });
});

describe('people named by a plural adjective or participle alone after a source frame', () => {
  it('по словам выживших: the governed word is the source, named in the nominative', () => {
    expect(quotes('По словам выживших, паром затонул за несколько минут.', { named: true })).toEqual(['indirect | выжившие | паром затонул за несколько минут']);
    expect(quotes('По словам оставшихся в живых, пожар начался на нижней палубе.', { named: true })).toEqual([
      'indirect | оставшиеся в живых | пожар начался на нижней палубе',
    ]);
    expect(quotes('По словам собравшихся на площади, митинг согласован не был.', { named: true })).toEqual([
      'indirect | собравшиеся на площади | митинг согласован не был',
    ]);
  });

  it('один из выживших: a participle after «один из» is the group', () => {
    expect(quotes('Один из выживших рассказал, что капитан покинул судно первым.')).toEqual(['indirect | Один из выживших | капитан покинул судно первым']);
  });

  it('a noun after a preposition is the object of the participle before it, not its head', () => {
    expect(quotes('По словам пострадавших от взрывов жителей, сирены не работали.', { named: true })).toEqual([
      'indirect | пострадавшие от взрывов жители | сирены не работали',
    ]);
  });
});

describe('a spaced hyphen standing for the dash before a trailing cue', () => {
  it('П, - сказал X: the words before it are reported', () => {
    expect(quotes('Тарифы на воду в следующем году не вырастут, - сказал мэр города.')).toEqual(['indirect | мэр города | Тарифы на воду в следующем году не вырастут']);
    expect(quotes('Новый мост откроют к осени - пообещал губернатор.')).toEqual(['indirect | губернатор | Новый мост откроют к осени']);
  });

  it('a hyphen inside a word or between numbers is no dash', () => {
    expect(quotes('Матч закончился со счётом 2-1, сообщил клуб.')).toEqual(['indirect | клуб | Матч закончился со счётом 2-1']);
  });
});

describe('рассуждать as a speech cue', () => {
  it('«П», — рассуждает X', () => {
    expect(quotes('«Без новых дорог район не выживет», — рассуждает глава поселения.')).toEqual(['direct | глава поселения | Без новых дорог район не выживет']);
  });
});

describe('the compound future of a speech verb', () => {
  it('будет/будут + infinitive is a cue of the auxiliary\'s number', () => {
    expect(quotes('Адвокаты будут настаивать, что их подзащитный невиновен.')).toEqual(['indirect | Адвокаты | их подзащитный невиновен']);
    expect(quotes('На суде прокурор будет утверждать, что взятку передали в офисе.')).toEqual(['indirect | прокурор | взятку передали в офисе']);
  });
});

describe('a masculine participle alone as the source of a frame', () => {
  it('По словам выжившего / уволенного / погибшего, П', () => {
    expect(quotes('По словам выжившего, катер затонул за несколько минут.', { named: true })).toEqual(['indirect | выживший | катер затонул за несколько минут']);
    expect(quotes('По словам уволенного, начальник цеха требовал с него деньги.', { named: true })).toEqual(['indirect | уволенный | начальник цеха требовал с него деньги']);
    expect(quotes('По словам погибшего, незадолго до смерти ему звонили с угрозами.', { named: true })).toEqual(['indirect | погибший | незадолго до смерти ему звонили с угрозами']);
  });

  it('a participle before its noun is the noun\'s adjective', () => {
    expect(quotes('По словам выжившего рыбака, катер затонул за несколько минут.', { named: true })).toEqual(['indirect | выживший рыбак | катер затонул за несколько минут']);
  });
});

describe('an impersonal plural that names its body by a generic noun', () => {
  it('«В регуляторе пояснили» after the regulator was named', () => {
    expect(quotes('Банк России сохранил ключевую ставку. В регуляторе пояснили, что цены растут быстрее прогноза.')).toEqual([
      'indirect | Центральный банк России | цены растут быстрее прогноза',
    ]);
  });

  it('«на» with the body as well as «в»: на заводе сообщили, на Украине заявили', () => {
    expect(quotes('Утром на заводе «Красный Октябрь» загорелся склад. На заводе сообщили, что огонь потушили за час.')).toEqual([
      'indirect | Красный Октябрь | огонь потушили за час',
    ]);
    expect(quotes('На Украине заявили, что переговоры пройдут в Стамбуле.')).toEqual(['indirect | Украина | переговоры пройдут в Стамбуле']);
  });

  it('is no source where «на» names a meeting or a time', () => {
    expect(quotes('На заседании сообщили, что бюджет принят.')).toEqual([]);
    expect(quotes('На следующий день сообщили, что бюджет принят.')).toEqual([]);
  });
});

describe('a heading of a role, a name and a colon', () => {
  it('Министр финансов Иван Петров: П; Глава МИД Сергей Лавров: П', () => {
    expect(quotes('Министр финансов Иван Петров: Налоги в будущем году не вырастут\n\nМинистр выступил в парламенте.')).toEqual([
      'direct | Иван Петров | Налоги в будущем году не вырастут',
    ]);
    expect(quotes('Глава МИД Сергей Лавров: Россия не станет отвечать на провокации\n\nЛавров выступил в Женеве.')).toEqual([
      'direct | Сергей Лавров | Россия не станет отвечать на провокации',
    ]);
  });

  it('a body with its place: МИД России: П', () => {
    expect(quotes('МИД России: санкции не останутся без ответа\n\nВедомство опубликовало заявление.')).toEqual([
      'direct | Министерство иностранных дел России | санкции не останутся без ответа',
    ]);
  });

  it('is no statement without a predicate, nor after words that are no role', () => {
    expect(quotes('Глава МИД Сергей Лавров: визит в Париж')).toEqual([]);
    expect(quotes('В интервью телеканалу Иван Петров: мы выполним план.')).toEqual([]);
  });
});

describe('an adjective inside a frame of reports', () => {
  it('согласно неподтверждённым сообщениям X, П; по последним сведениям X, П', () => {
    expect(quotes('Согласно неподтверждённым сообщениям СМИ, певица покинула группу.', { named: true })).toEqual(['indirect | СМИ | певица покинула группу']);
    expect(quotes('По последним сведениям полиции, похитители скрылись на машине.', { named: true })).toEqual(['indirect | полиция | похитители скрылись на машине']);
  });

  it('an estimate with no one named is no quote (по предварительным данным)', () => {
    expect(quotes('По предварительным данным, урожай зерна вырос на треть.')).toEqual([]);
  });
});

describe('reported words in marks that run over paragraphs', () => {
  it('after an as-frame\'s comma: Как пояснил X, «П1.¶¶П2»', () => {
    expect(quotes('Как пояснил Иван Петров, «мост откроют весной.\n\nДвижение по нему будет бесплатным».')).toEqual([
      'direct | Иван Петров | мост откроют весной.\n\nДвижение по нему будет бесплатным',
    ]);
  });

  it('after «что»: X заявил, что «П1.¶¶П2» is one mixed quote', () => {
    expect(quotes('Иван Петров заявил, что «мост откроют весной.\n\nДвижение по нему будет бесплатным».')).toEqual([
      'mixed | Иван Петров | «мост откроют весной.\n\nДвижение по нему будет бесплатным»',
    ]);
  });

  it('a title in marks left open closes nothing in the next paragraphs', () => {
    expect(quotes('Иван Петров возглавил клуб «Спартак.\n\nСезон начнётся в июле.')).toEqual([]);
  });
});
