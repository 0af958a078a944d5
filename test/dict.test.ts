import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseForms } from '../scripts/case-forms.js';
import { parseGazetteerTsv, parsePatternsJsonl } from '../src/dict/parse.js';
import { createMorphology } from '../src/morph/az.js';
import { isRussianSurnameForm, surnameNominative } from '../src/dict/surname-cases.js';

const dictDir = join(import.meta.dirname, '..', 'dict');

describe('dictionary sources', () => {
  const files = readdirSync(dictDir).filter((f) => /^(per|org|loc)-.*\.tsv$/.test(f));

  it('parse, with ids unique across files and the type their file names', () => {
    const ids = new Set<string>();
    for (const file of files) {
      for (const entry of parseGazetteerTsv(readFileSync(join(dictDir, file), 'utf8'), file)) {
        expect(ids.has(entry.id), entry.id).toBe(false);
        ids.add(entry.id);
        expect(entry.type.toLowerCase()).toBe(file.split('-')[0]);
      }
    }
    expect(ids.size).toBeGreaterThan(3000);
  });

  it('cover the places and bodies the news needs', () => {
    const all = files.flatMap((f) => parseGazetteerTsv(readFileSync(join(dictDir, f), 'utf8'), f));
    const names = new Set(all.flatMap((e) => [e.name, ...e.aliases]));
    for (const n of ['Россия', 'США', 'Саудовская Аравия', 'Татарстан', 'Казань', 'Вашингтон', 'Reuters', 'ТАСС', 'Госдума', 'ООН', 'Газпром', 'Владимир Путин']) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('report a bad line with file and line number', () => {
    expect(() => parseGazetteerTsv('id\ttype\tname\taliases\norg:a\tORG\tА\t\norg:b\tXYZ\tБ\t\n', 'my.tsv')).toThrow('my.tsv:3: type must be PER, ORG or LOC');
    expect(() => parsePatternsJsonl('{"type":"ORG","pattern":"Икс","id":"x"}\n{oops\n', 'my.jsonl')).toThrow(/my\.jsonl:2: not valid JSON/);
  });
});

describe('surnameNominative', () => {
  it('takes a Russian surname from an oblique case to the nominative of the gender asked for', () => {
    expect(surnameNominative('Кругловым', 'masc')).toBe('Круглов');
    expect(surnameNominative('Кругловой', 'femn')).toBe('Круглова');
    expect(surnameNominative('синицыну', undefined)).toBe('синицын');
  });

  it('refuses an ending the gender has not, and a word with no surname suffix', () => {
    expect(surnameNominative('Кругловой', 'masc')).toBeNull();
    expect(surnameNominative('Кругловым', 'femn')).toBeNull();
    expect(surnameNominative('Круглым', 'masc')).toBeNull();
  });
});

describe('isRussianSurnameForm', () => {
  it('knows a surname suffix with or without a case ending after a stem of two letters', () => {
    expect(['кругловым', 'круглова', 'круглов', 'синицын'].map(isRussianSurnameForm)).toEqual([true, true, true, true]);
    expect(['ров', 'круглым', 'кругл'].map(isRussianSurnameForm)).toEqual([false, false, false]);
  });
});

describe('case forms of a word class', () => {
  const morphology = createMorphology();

  it('keep the front of a compound the morphology only guesses, never yielding the shorter word', () => {
    const forms = caseForms(['нейросеть', 'электросамокат'], morphology);
    expect(forms).toEqual(expect.arrayContaining(['нейросети', 'нейросетью', 'нейросетей', 'электросамоката', 'электросамокатами']));
    for (const form of forms) expect(form.startsWith('нейросет') || form.startsWith('электросамокат'), form).toBe(true);
  });

  it('inflect a known noun as before', () => {
    expect(caseForms(['поселок'], morphology)).toEqual(expect.arrayContaining(['поселка', 'поселками']));
  });
});
