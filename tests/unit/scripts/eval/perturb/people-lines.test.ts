import { describe, expect, it } from 'vitest';
import { isPersonName, isPostTitle } from '../../../../../scripts/eval/perturb/people.ts';
import { profileBlocks, splitPersonLine } from '../../../../../scripts/eval/perturb/profile-blocks.ts';
import { nameLineTitleLine } from '../../../../../scripts/eval/perturb/title-name-lines.ts';

describe('what a name and a title look like', () => {
  it.each([
    ['Jane Doe'],
    ['Lin Wei-ting'],
    ['Dr Anil Kapoor'],
    ['C. Lawrence Greenwood, Jr.'],
    ['Jörgen Samuelsson'],
    ['Maria de Souza'],
  ])('%s is a name', (text) => {
    expect(isPersonName(text)).toBe(true);
  });
  it.each([
    ['Jane'],
    ['Public'],
    ['Deputy Minister'],
    ['Office of the Secretary; Office of Budget'],
    ['Jane Doe and John Roe Smith Jones'],
  ])('%s is not a name', (text) => {
    expect(isPersonName(text)).toBe(false);
  });
  it.each([['Minister'], ['Deputy Director-General'], ['Chairperson of the Management Board'], ['Executive director']])(
    '%s is a title',
    (text) => {
      expect(isPostTitle(text)).toBe(true);
    },
  );
  it.each([['Country'], ['Headquarters'], ['Operations 2'], ['Founded']])('%s is not a title', (text) => {
    expect(isPostTitle(text)).toBe(false);
  });
});

describe('nameLineTitleLine', () => {
  const apply = (text: string, name = 'page.txt') => nameLineTitleLine.apply({ name, text }).text;
  it.each([
    ['Minister: Jane Doe', 'Jane Doe\nMinister'],
    ['Director: Guo Hua\nDeputy Director: Ma Jun', 'Guo Hua\nDirector\n\nMa Jun\nDeputy Director'],
    ['* Minister: Lin Wei-ting', '* Lin Wei-ting\n  Minister'],
  ])('%j -> %j', (before, after) => {
    expect(apply(before)).toBe(after);
  });
  it.each([['Country: South Korea'], ['Deputy Directors: Tang Li, Ma Jun'], ['Founded: 2009'], ['Jane Doe, Minister']])(
    'leaves %j alone',
    (text) => {
      expect(apply(text)).toBe(text);
    },
  );
});

describe('profileBlocks', () => {
  const apply = (text: string) => profileBlocks.apply({ name: 'page.md', text }).text;
  it.each([
    ['Seo Jong Ryeol, Chairman', { name: 'Seo Jong Ryeol', title: 'Chairman' }],
    ['  • Udo Helmbrecht, Executive Director', { name: 'Udo Helmbrecht', title: 'Executive Director' }],
    ['- **Helen Marsh** – Chief Executive', { name: '**Helen Marsh**', title: 'Chief Executive' }],
    [
      'Wu Gang : Secretary of the Party Group and Director',
      { name: 'Wu Gang', title: 'Secretary of the Party Group and Director' },
    ],
    ['Chair: Graham Wells', { name: 'Graham Wells', title: 'Chair' }],
  ])('%j is a person line', (line, parts) => {
    expect(splitPersonLine(line)).toEqual(parts);
  });
  it.each([
    ['E. H. Harrison, Esq (Chief Officer) from 1962 - 1966'],
    ['Coastal Planning Branch'],
    ['Minister Howlin said so, Minister'],
    ['Headquarters: Heraklion, Greece'],
  ])('%j is not', (line) => {
    expect(splitPersonLine(line)).toBeUndefined();
  });
  it('turns a list of person lines into blocks apart by blank lines', () => {
    expect(apply('## Board\n- Sarah Okonkwo, Chairperson\n- Li Na, Commissioner\nMore text.')).toBe(
      '## Board\n\nSarah Okonkwo\nChairperson\n\nLi Na\nCommissioner\n\nMore text.',
    );
  });
});
