// A governing organ named only generically ("Board of Directors", "Executive Board") on the
// page of one body is that body's organ: a Department of it, with its duties. Invented bank;
// the shape follows Wikipedia articles about development banks.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const ARTICLE = [
  'Harbour Development Bank',
  '',
  'The Harbour Development Bank is a regional development bank founded in 1970.',
  '',
  'Governance',
  '',
  'The Board of Directors is responsible for:',
  '',
  "- Determining the bank's programs and annual budget",
  '- Overseeing its operations',
  '',
  'The Board of Governors meets once a year.',
  '',
].join('\n');

describe('a governing organ named generically', () => {
  it.each([
    ['plain text', ARTICLE, 'bank.txt'],
    [
      'markdown',
      ARTICLE.replace('Harbour Development Bank\n', '# Harbour Development Bank\n').replace(
        'Governance\n',
        '## Governance\n',
      ),
      'bank.md',
    ],
  ])('is a unit of the body the page is about (%s)', (_, text, id) => {
    const x = extract(text, id);
    expect(namesOf(x, 'Department')).toEqual(expect.arrayContaining(['Board of Directors', 'Board of Governors']));
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Harbour Development Bank -> Board of Directors',
      'HAS_DEPARTMENT Harbour Development Bank -> Board of Governors',
    ]);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toContain(
      'HAS_RESPONSIBILITY Board of Directors -> Overseeing its operations',
    );
  });

  it('but a board named for its own topic is a body of its own', () => {
    const text = 'Harbour Ministry\n\nThe Harbour Ministry works with the Pilotage Board, which licenses pilots.\n';
    expect(namesOf(extract(text, 'ministry.txt'), 'Agency')).toContain('Pilotage Board');
  });
});
