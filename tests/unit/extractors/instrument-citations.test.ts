// Instruments cited with a provision before their title ("Section 20, Article IX of Republic Act
// No. 11054"), instruments that allocate functions to a body, and a footnote number run into a
// body's name. Written here.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

describe('instruments that found or task a body', () => {
  it.each([
    ['plain text', 'a.txt'],
    ['markdown', 'a.md'],
  ])('reads the instrument without the provision cited in it (%s)', (_, id) => {
    const x = extract(
      'Sports Commission Act\n\nThe Island Sports Commission is hereby created pursuant to Section 20, Article IX of Republic Act No. 4411.\n',
      id,
    );
    expect(triplesOf(x, 'GOVERNED_BY')).toContain('GOVERNED_BY Island Sports Commission -> Republic Act No. 4411');
    expect(x.entities.some((e) => e.type === 'Law' && e.name.startsWith('Article'))).toBe(false);
  });

  it.each([
    ['plain text', 'b.txt'],
    ['markdown', 'b.md'],
  ])('gives a body the instrument that allocates it functions or lays down its rules (%s)', (_, id) => {
    const x = extract(
      'Functions\n\nThe Rules of Business 1990 have allocated the following functions to the Cabinet Office: secretarial work.\n\nThe Ferry Practice Act 2005 (Section 16) lays down certain requirements for persons to be appointed to the Ferry Council of Westland2.\n',
      id,
    );
    expect(triplesOf(x, 'GOVERNED_BY')).toEqual([
      'GOVERNED_BY Cabinet Office -> Rules of Business 1990',
      'GOVERNED_BY Ferry Council of Westland -> Ferry Practice Act 2005',
    ]);
  });
});
