// Under a heading that names a kind of unit ("Support Units"), one paragraph per unit, each
// opening with the unit's name as its subject: each is a unit of the page's body, and the
// paragraph its remit. Written here.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const TEXT = [
  'Corporate Services Division',
  '',
  'The Corporate Services Division is made up of three support units.',
  '',
  'Support Units',
  '',
  'The Records Management Unit keeps the files of the Ministry of Harbours and answers requests for them.',
  '',
  'The Fleet Section (FS) is responsible for the maintenance of vehicles and boats.',
  '',
  'The Training Unit is a small team of four officers.',
  '',
].join('\n');

const MARKDOWN = TEXT.replace('Corporate Services Division\n', '# Corporate Services Division\n').replace(
  'Support Units\n',
  '## Support Units\n',
);

describe('one paragraph per unit under a unit-kind heading', () => {
  it.each([
    ['plain text', TEXT, 'units.txt'],
    ['markdown', MARKDOWN, 'units.md'],
  ])('makes each subject a unit with its paragraph as its remit (%s)', (_, text, id) => {
    const x = extract(text, id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Corporate Services Division -> Fleet Section',
      'HAS_DEPARTMENT Corporate Services Division -> Records Management Unit',
    ]);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toEqual([
      'HAS_RESPONSIBILITY Fleet Section -> The Fleet Section (FS) is responsible for the maintenance of vehicles and boats.',
      'HAS_RESPONSIBILITY Records Management Unit -> The Records Management Unit keeps the files of the Ministry of Harbours and answers requests for them.',
    ]);
  });
});
