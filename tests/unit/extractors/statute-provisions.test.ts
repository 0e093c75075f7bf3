// A statute's Part whose heading names several topics ("ESTABLISHMENT, POWERS AND FUNCTIONS OF
// THE COUNCIL") over numbered sections with titles of their own: the founding sentence and the
// body's legal capacity ("capable of— (a) suing and being sued") are no duties; the functions
// section's items are. Written here.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const ACT = [
  'Water Council Act 2012',
  '',
  'Part II – ESTABLISHMENT, POWERS AND FUNCTIONS OF THE COUNCIL',
  '',
  '5. Establishment of the Council',
  '(1) There is hereby established a Council to be known as the Water Council. (2) The Council shall be a body corporate with perpetual succession and shall be capable of— (a) suing and being sued; (b) borrowing money; and (c) holding land.',
  '',
  '6. Functions of the Council',
  '(1) The functions of the Council shall be to— (a) regulate water tariffs; (b) license water providers; and (c) advise the Minister on water policy. (2) The Council shall publish an annual report.',
  '',
].join('\n');

const MARKDOWN = ACT.replace('Water Council Act 2012\n', '# Water Council Act 2012\n').replace(
  'Part II – ',
  '## Part II – ',
);

describe('a Part that names establishment, powers and functions', () => {
  it.each([
    ['plain text', ACT, 'act.txt'],
    ['markdown', MARKDOWN, 'act.md'],
  ])('gives the council the items of its functions section only (%s)', (_, text, id) => {
    const duties = triplesOf(extract(text, id), 'HAS_RESPONSIBILITY').map((t) => t.replace(/^.* -> /, ''));
    expect(duties).toContain('regulate water tariffs');
    expect(duties).toContain('advise the Minister on water policy.');
    for (const notDuty of [
      'There is hereby established a Council to be known as the Water Council.',
      'suing and being sued',
      'borrowing money; and',
      'holding land.',
    ])
      expect(duties).not.toContain(notDuty);
  });
});
