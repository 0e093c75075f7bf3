// A page saved as text without blank lines: its short titles stand between full paragraphs
// ("Management structures", "HQ Divisions"), and under a units title each paragraph opens with
// a unit's name, whether it says what the unit does or what it is made of. Invented bodies;
// the shape follows departments' "our structures" pages.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts, triplesOf } from './helpers.ts';

const PAGE = [
  'Our Structures',
  'Harbour House on the Quay is the headquarters for our staff at home and in our offices abroad.',
  'The Department of Harbours',
  'The Department consists of divisions and units at headquarters and a total of twelve port offices abroad.',
  'Management structures',
  'Under the political direction of the Minister for Harbours the Department is managed by the Secretary General. The Secretary General is Ana Lindqvist.',
  'HQ Divisions',
  'Corporate Services Division comprises the Property Management and Security Units of the Department, which look after its buildings.',
  'Pilotage Division manages and leads on the licensing of the pilots who work in the harbours of the country.',
  '',
].join('\n');

describe('short titles between full paragraphs of a saved page', () => {
  it('head their paragraphs, so a units title lists the units after it', () => {
    const x = extract(PAGE, 'structures.txt');
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Department of Harbours -> Corporate Services Division',
      'HAS_DEPARTMENT Department of Harbours -> Pilotage Division',
    ]);
    // What a unit is made of is no remit; what it does is.
    const duties = triplesOf(x, 'HAS_RESPONSIBILITY');
    expect(duties.filter((d) => d.includes('Corporate Services Division ->'))).toEqual([]);
    expect(duties.filter((d) => d.includes('Pilotage Division ->'))).toHaveLength(1);
    expect(posts(x)).toContain('Ana Lindqvist|Secretary General|Department of Harbours');
  });

  it('name no person when a title under a post headline is no name', () => {
    const text = [
      'Assembly committees elect chairpersons',
      'The elected chairpersons will chair the meetings of their committees and set the agenda of each meeting.',
      'Portfolio Committees',
      'According to the Rules, the Speaker must establish a range of portfolio committees and name each committee.',
      '',
    ].join('\n');
    expect(namesOf(extract(text, 'committees.txt'), 'Person')).toEqual([]);
  });

  it('but a short sentence after a short line stays running text', () => {
    const text = ['Harbour news', 'The Board met.', 'Quay works', 'The works begin in May.', ''].join('\n');
    expect(namesOf(extract(text, 'news.txt'), 'Department')).toEqual([]);
  });
});
