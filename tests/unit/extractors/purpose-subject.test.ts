// A page that opens "The purpose of the X Bureau is to ..." is about that bureau: the units
// its headings name are the bureau's. Invented bodies; the shape follows city bureaus' pages.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const PAGE = [
  'Harbour Services',
  '',
  'The purpose of the Harbour Services Bureau is to keep the quays clean and safe so that the residents and businesses of the City can work in a healthy port.',
  '',
  'Quay Cleaning Division',
  '',
  'The Quay Cleaning Division removes debris from the quays every week and keeps them safe.',
  '',
  'Mooring Control Division',
  '',
  'The Mooring Control Division assigns the berths and enforces the mooring rules of the port.',
  '',
].join('\n');

describe('a page that opens with the purpose of a body', () => {
  it.each([
    ['plain text', PAGE, 'bureau.txt'],
    [
      'markdown',
      PAGE.replace('Harbour Services\n', '# Harbour Services\n').replace(
        /^(Quay Cleaning Division|Mooring Control Division)$/gm,
        '## $1',
      ),
      'bureau.md',
    ],
  ])('is about that body, whose units its headings name (%s)', (_, text, id) => {
    expect(triplesOf(extract(text, id), 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Harbour Services Bureau -> Mooring Control Division',
      'HAS_DEPARTMENT Harbour Services Bureau -> Quay Cleaning Division',
    ]);
  });
});
