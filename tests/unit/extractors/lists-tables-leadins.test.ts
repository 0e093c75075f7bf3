// Three layout shapes of real pages, written here with invented bodies: a numbered item back
// at the margin after an indented list of committees, a two-column pipe table without edge
// pipes, and paragraphs after a lead-in whose "following" names no duties.
import { describe, expect, it } from 'vitest';
import { extract, posts, triplesOf } from './helpers.ts';

const COMMITTEES = [
  'Committees of the Assembly',
  '',
  'The Assembly shall elect the members of the following committees:',
  '',
  '  • The Legal Committee.',
  '  • The Financial Committee.',
  '  • The Harbour Committee.',
  '',
  '1- The Legal Committee shall be entrusted with the following functions:',
  '',
  '  • Study bills related to the courts and their procedure.',
  '  • Assist the other committees in drafting legislative texts.',
  '',
].join('\n');

describe('a numbered item back at the margin after an indented list', () => {
  it('opens its own list, whose lead-in gives its committee the duties under it', () => {
    const duties = triplesOf(extract(COMMITTEES, 'committees.txt'), 'HAS_RESPONSIBILITY');
    expect(duties).toEqual([
      'HAS_RESPONSIBILITY Legal Committee -> Assist the other committees in drafting legislative texts.',
      'HAS_RESPONSIBILITY Legal Committee -> Study bills related to the courts and their procedure.',
    ]);
  });

  it('but nests under an item that leads in, however far a converter moved it', () => {
    const statute = [
      'Harbour Board Act',
      '',
      '3. There is established a body to be known as the Harbour Board.',
      '',
      '5. Functions of the Board',
      '            (2) The Board shall—',
      '(a) keep the harbour channels open to shipping;',
      '(b) license pilots working in the harbour.',
      '',
    ].join('\n');
    const duties = triplesOf(extract(statute, 'statute.txt'), 'HAS_RESPONSIBILITY');
    expect(duties).toContain('HAS_RESPONSIBILITY Harbour Board -> keep the harbour channels open to shipping');
    expect(duties).toContain('HAS_RESPONSIBILITY Harbour Board -> license pilots working in the harbour.');
  });
});

const TABLE = [
  'The Harbour Development Bank (HDB) is a regional lender.',
  '',
  '### Presidents',
  '',
  'Name  | Years of Tenure   ',
  '---|---  ',
  'Tomas Verhoef | 1960–1970   ',
  'Amara Lindqvist (acting)  | 1971   ',
  'Rafael Ostrova | 1971–present   ',
  '',
].join('\n');

describe('a two-column pipe table without edge pipes', () => {
  it.each([
    ['markdown', TABLE, 'bank.md'],
    ['plain text', TABLE.replace('### ', ''), 'bank.txt'],
  ])('is read as a table of the post its heading names (%s)', (_, text, id) => {
    const held = posts(extract(text, id));
    for (const name of ['Tomas Verhoef', 'Amara Lindqvist', 'Rafael Ostrova'])
      expect(held).toContain(`${name}|President|Harbour Development Bank`);
  });
});

describe('paragraphs after a lead-in that names what follows', () => {
  const law = (following: string): string =>
    [
      'Law of the Harbour Council',
      '',
      'Article 1:',
      '',
      'The Harbour Council is a regulatory authority presided over by the Governor.',
      '',
      'Article 4:',
      '',
      `Members of the Harbour Council may not assume their duties until they take ${following}:`,
      '',
      '“I swear to serve the harbour and its people with honesty, and to keep the secrets of the State. I swear to perform my duties with integrity.”',
      '',
      'Article 5:',
      '',
      'Membership of the Harbour Council may not be combined with another post.',
      '',
      'Article 6:',
      '',
      'A member of the Harbour Council may not buy any property of the State while in office.',
      '',
      'Article 7:',
      '',
      'The meetings of the Harbour Council are presided over by the Governor.',
      '',
    ].join('\n');

  it('are duties when "the following" names them', () => {
    expect(triplesOf(extract(law('the following duties'), 'law.txt'), 'HAS_RESPONSIBILITY')).toContain(
      'HAS_RESPONSIBILITY Harbour Council -> The meetings of the Harbour Council are presided over by the Governor.',
    );
  });

  it('are no duties when "the following" names something else (an oath)', () => {
    expect(triplesOf(extract(law('the following oath before the Governor'), 'law.txt'), 'HAS_RESPONSIBILITY')).toEqual(
      [],
    );
  });
});
