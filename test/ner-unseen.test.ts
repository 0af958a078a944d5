import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const surfaces = (text: string) => annotate(text, { quotes: false }).mentions.map((m) => `${m.type} ${m.text}`);
const orgs = (text: string) => surfaces(text).filter((s) => s.startsWith('ORG '));

describe('products, models and brands are no organisations', () => {
  it.each([
    ['Во дворе сгорел автомобиль Honda CR-V соседа.'],
    ['Спасатели прилетели на вертолёте Apache, а не на грузовом.'],
    ['Пилот поднял в воздух самолёт Cessna 182 ранним утром.'],
    ['Цена нефти марки Brent выросла на два процента.'],
    ['Флот провёл пуск ракеты «Булава» из Белого моря.'],
    ['Разработчики показали браузер Junior для планшетов.'],
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('keeps the make before a model\'s name as the company (автомобилем Volkswagen Golf)', () => {
    expect(orgs('Водитель управлял автомобилем Volkswagen Golf без прав.')).toEqual(['ORG Volkswagen']);
  });

  it('keeps a body in lower case after the noun as the owner, and a name after «модель» or «марка» alone', () => {
    expect(orgs('Самолёт министерства обороны приземлился в Чкаловском.')).toEqual(['ORG министерства обороны']);
    expect(orgs('Она стала лицом марки Chanel в прошлом году.')).toEqual(['ORG Chanel']);
  });
});
