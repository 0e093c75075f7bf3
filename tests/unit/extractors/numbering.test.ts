// Enumeration styles and normalisers, as tables.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../extractors/decode.ts';
import { normaliseName } from '../../../extractors/normalise-name.ts';
import { parseMarkers, romanValue } from '../../../extractors/numbering.ts';
import { extract, namesOf } from './helpers.ts';

describe('parseMarkers', () => {
  it.each([
    ['(1) Propose policies', 'paren-arabic', 1],
    ['（3）Draft rules', 'paren-arabic', 3],
    ['(two) to study the plan', 'paren-word', 2],
    ['(nine) cooperate with others', 'paren-word', 9],
    ['1. Formulate plans', 'arabic-dot', 1],
    ['12) Review projects', 'arabic-dot', 12],
    ['2° Coordinates surveillance', 'arabic-dot', 2],
    ['3º Contributes to plans', 'arabic-dot', 3],
    ['2 organize activities', 'arabic-space', 2],
    ['I. Policy research', 'roman-upper', 1],
    ['IV. Leaders', 'roman-upper', 4],
    ['(a) to monitor air', 'letter-lower', 1],
    ['c) to enforce rules', 'letter-lower', 3],
    ['(iv) to advise', 'roman-lower', 4],
    ['Second, industrial upgrading', 'ordinal-word', 2],
    ['Fourth, public service', 'ordinal-word', 4],
    ['One isThe system has taken shape', 'ordinal-is', 1],
    ['The second is The national system', 'ordinal-is', 2],
    ['- a bullet item', 'bullet', 0],
    ['• a bullet item', 'bullet', 0],
    ['* a bullet item', 'bullet', 0],
  ])('%s -> %s %i', (line, style, value) => {
    const first = parseMarkers(line)[0];
    const match = parseMarkers(line).find((m) => m.style === style);
    expect(first).toBeDefined();
    expect(match?.value).toBe(value);
  });

  it.each([
    ['1.5 million people'],
    ['However, the ministry'],
    ['This is a sentence'],
    ['(PRC) Telecom Regulations'],
    ['(1)'],
  ])('%s is no marker', (line) => {
    expect(parseMarkers(line)).toEqual([]);
  });

  it('keeps both readings of an ambiguous "(i)"', () => {
    expect(
      parseMarkers('(i) item')
        .map((m) => m.style)
        .sort(),
    ).toEqual(['letter-lower', 'roman-lower']);
  });

  it.each([
    ['I', 1],
    ['ix', 9],
    ['XIV', 14],
    ['IIII', null],
    ['', null],
  ])('romanValue(%s) = %s', (numeral, value) => {
    expect(romanValue(numeral)).toBe(value);
  });
});

describe('enumerations in a function list become one responsibility per item', () => {
  const body = (items: string[]): string => `Functions of the Coastal Survey Office\n\n${items.join('\n')}\n`;
  it.each([
    ['(1)', ['(1) Survey the coast.', '(2) Publish charts.', '(3) Train surveyors.']],
    ['(one)', ['(one) survey the coast;', '(two) publish charts;', '(three) train surveyors.']],
    ['1.', ['1. Survey the coast.', '2. Publish charts.', '3. Train surveyors.']],
    ['1. then 2 ', ['1. Survey the coast.', '2 publish charts.', '3. Train surveyors.']],
    ['I.', ['I. Survey the coast.', 'II. Publish charts.', 'III. Train surveyors.']],
    ['(a)', ['(a) survey the coast;', '(b) publish charts;', '(c) train surveyors.']],
    ['a)', ['a) survey the coast;', 'b) publish charts;', 'c) train surveyors.']],
    ['i.', ['i. survey the coast;', 'ii. publish charts;', 'iii. train surveyors.']],
    ['First,', ['First, survey the coast.', 'Second, publish charts.', 'Third, train surveyors.']],
    ['bullets', ['- Survey the coast.', '- Publish charts.', '- Train surveyors.']],
  ])('%s', (_style, items) => {
    const x = extract(body(items));
    const duties = namesOf(x, 'Responsibility').map((d) => d.toLowerCase());
    expect(duties.sort()).toEqual(
      ['publish charts', 'survey the coast', 'train surveyors']
        .map((d) => (d.endsWith('surveyors') ? `${d}.` : d))
        .map((d) => expect.stringContaining(d.replace(/\.$/, '')))
        .sort(),
    );
    expect(duties).toHaveLength(3);
  });

  it('nests a numbered sub-list under a unit and takes one duty per sub-item', () => {
    const x = extract(
      'Internal organisation\n\n(1) Survey Division\n1. Plan surveys.\n2. Process data.\n(2) Chart Office\nPublish the national charts.\n',
    );
    expect(namesOf(x, 'Department').sort()).toEqual(['Chart Office', 'Survey Division']);
    expect(namesOf(x, 'Responsibility').sort()).toEqual([
      'Plan surveys.',
      'Process data.',
      'Publish the national charts.',
    ]);
  });
});

describe('normalisers', () => {
  it.each([
    ['The Ministry of Finance', 'ministry of finance'],
    ["People's Republic of China (PRC) Telecom Regulations", 'peoples republic of china prc telecom regulations'],
    ['  Radio   Administration ', 'radio administration'],
    ['Ｍｉｎｉｓｔｒｙ', 'ministry'],
    ['《Data Security Law》', 'data security law'],
  ])('normaliseName(%j) = %j', (input, output) => {
    expect(normaliseName(input)).toBe(output);
  });

  it.each([
    ['a\r\nb', 'a\nb', [0, 1, 3, 4]],
    ['a\rb', 'a\nb', [0, 1, 2, 3]],
    ['e\u0301x', '\u00e9x', [0, 2, 3]],
    ['plain', 'plain', [0, 1, 2, 3, 4, 5]],
  ])('normaliseText(%j)', (input, text, map) => {
    const out = normaliseText(input);
    expect(out.text).toBe(text);
    expect([...out.offsetMap]).toEqual(map);
  });
});
