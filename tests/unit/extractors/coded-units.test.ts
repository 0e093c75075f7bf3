// Units named by a head word and a code ("Directorate-General Z", "Unit B2"), with their topic
// after a dash, and the same units named again by head word and topic ("the Directorate-General
// for Central Tasks"). Written here.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const LINES = [
  'Structure and organisation',
  'The Federal Ministry of Waterways is organised in directorates-general.',
  'Directorate-General Z – Central Tasks',
  'The Directorate-General for Central Tasks handles budgetary matters and human resources.',
  'Directorate-General K – Canal Safety',
  'The Directorate-General for Canal Safety inspects locks and weirs.',
  '',
].join('\n');

const HEADINGS = [
  '# Federal Ministry of Waterways',
  '',
  'The ministry is organised in directorates-general.',
  '',
  '## Directorate-General Z – Central Tasks',
  '',
  'The Directorate-General for Central Tasks handles budgetary matters and human resources.',
  '',
  '## Directorate-General K – Canal Safety',
  '',
  'The Directorate-General for Canal Safety inspects locks and weirs.',
  '',
].join('\n');

describe('a unit named by code and topic, and again by topic', () => {
  it.each([
    ['lines of plain text', LINES, 'dg.txt'],
    ['markdown headings', HEADINGS, 'dg.md'],
  ])('is one unit of the ministry, with its paragraph as its remit (%s)', (_, text, id) => {
    const x = extract(text, id);
    const units = x.entities.filter((e) => e.type === 'Department');
    expect(units.map((u) => [u.name, u.aliases])).toEqual([
      ['Directorate-General for Canal Safety', ['Directorate-General K']],
      ['Directorate-General for Central Tasks', ['Directorate-General Z']],
    ]);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Federal Ministry of Waterways -> Directorate-General for Canal Safety',
      'HAS_DEPARTMENT Federal Ministry of Waterways -> Directorate-General for Central Tasks',
    ]);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toEqual([
      'HAS_RESPONSIBILITY Directorate-General for Canal Safety -> The Directorate-General for Canal Safety inspects locks and weirs.',
      'HAS_RESPONSIBILITY Directorate-General for Central Tasks -> The Directorate-General for Central Tasks handles budgetary matters and human resources.',
    ]);
  });

  it('takes a paragraph that says what the unit is, not what it does, as no remit', () => {
    const x = extract(
      HEADINGS.replace('inspects locks and weirs.', 'is the oldest directorate of the ministry.'),
      'dg.md',
    );
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toHaveLength(1);
  });
});

describe('a unit named only by head word and code', () => {
  it.each([
    ['plain text', 'unit.txt'],
    ['markdown', 'unit.md'],
  ])('is a part of a body even where no parent is named (%s)', (_, id) => {
    const x = extract('Movers\n\nNora Field is the new Head of Unit B2 in an acting capacity.\n', id);
    expect(x.entities.filter((e) => e.type !== 'Person').map((e) => `${e.type}:${e.name}`)).toEqual([
      'Department:Unit B2',
    ]);
  });
});
