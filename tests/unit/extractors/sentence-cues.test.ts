// Sentences that place a body twice ("Established under the Ministry of X, the Y is ...,
// governed by the Z Order N° 7 of 09/12/2022"), and a unit named with the body it belongs to
// without "the" ("the former IT Department of Lakeland Development Board").
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const layouts = [
  ['text', 'page.txt', (t: string) => `About the Lakeland Data Authority\n\n${t}`],
  ['markdown', 'page.md', (t: string) => `# About the Lakeland Data Authority\n\n${t}`],
] as const;

describe('an instrument cited after a later cue of the sentence', () => {
  it.each(layouts)('%s: the cue the instrument follows gives the body its legal basis', (_, id, layout) => {
    const x = extract(
      layout(
        'Established under the Ministry of Digital Affairs, the Lakeland Data Authority is a public institution established in 2017, governed by the Presidential Order N° 077/01 of 09/12/2022.',
      ),
      id,
    );
    expect(namesOf(x, 'Law')).toEqual(['Presidential Order N° 077/01 of 09/12/2022']);
    expect(triplesOf(x, 'GOVERNED_BY')).toEqual([
      'GOVERNED_BY Lakeland Data Authority -> Presidential Order N° 077/01 of 09/12/2022',
    ]);
  });

  it('keeps a date in figures with the number it follows', () => {
    const x = extract('History\n\nThe Board was created by Decree No. 12 of 25.05.2006 of the Council.', 'h.txt');
    expect(namesOf(x, 'Law')).toEqual(['Decree No. 12 of 25.05.2006']);
  });
});

describe('a unit named head-final, then "of" and its body', () => {
  it.each(layouts)('%s: the unit is a department of the body after "of"', (_, id, layout) => {
    const x = extract(
      layout('The Lakeland Data Authority derives from the former IT Department of Lakeland Development Board, LDB.'),
      id,
    );
    expect(namesOf(x, 'Department')).toEqual(['IT Department of Lakeland Development Board']);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Lakeland Development Board -> IT Department of Lakeland Development Board',
    ]);
  });

  it('reads "The Department of X Board" as one body', () => {
    const x = extract('Structure\n\nThe Department of Lakeland Development Board issued a circular.', 's.txt');
    expect(namesOf(x, 'Agency')).toEqual(['Department of Lakeland Development Board']);
    expect(namesOf(x, 'Department')).toEqual([]);
  });
});

describe("a place and its lower-case kind before a body's name", () => {
  it.each([
    ['text bullets', 'units.txt', (u: string[]) => u.map((n) => `  • ${n}`).join('\n')],
    ['markdown bullets', 'units.md', (u: string[]) => u.map((n) => `- ${n}`).join('\n')],
  ])('%s: "Lowland state Ministry of X" is the whole name, and owns the units it lists', (_, id, list) => {
    const x = extract(
      `Departments and Units\n\nThe Lowland state Ministry of Planning and Budget comprises 2 departments and 1 unit;\n\n${list(['Economic Planning Department', 'Budget Department', 'ICT Unit'])}\n`,
      id,
    );
    expect(namesOf(x, 'Agency')).toEqual(['Lowland state Ministry of Planning and Budget']);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toHaveLength(3);
  });

  it('keeps "the state Ministry of Health" to the ministry\'s own name', () => {
    const x = extract('News\n\nThe state Ministry of Health said the clinics would reopen.', 'n.txt');
    expect(namesOf(x, 'Agency')).toEqual(['Ministry of Health']);
  });
});
