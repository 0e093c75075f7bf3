// A units list whose items carry their remit and their head on indented lines under the
// bullet ("• HR Section" / "The section is responsible for ..." / "Deputy Director General
// Name"): the head heads that unit. Invented names; the shape follows ministries' pages.
import { describe, expect, it } from 'vitest';
import { extract, posts, triplesOf } from './helpers.ts';

const TEXT = [
  'Department for Harbour Affairs',
  '',
  'The department is responsible for the harbours of the Ministry and their staff.',
  '',
  'The department consists of the following sections',
  '',
  '  • Section for Quay Services',
  '',
  '    The section is responsible for the upkeep of the quays, their cranes and their stores.',
  '',
  '    Deputy Director General Tomas Verhoef',
  '',
  '  • Pilotage Section',
  '',
  '    The section is responsible for licensing the pilots of the harbours and keeping their register.',
  '',
  '    Deputy Director General Amara Lindqvist',
  '',
].join('\n');

const MARKDOWN = [
  '# Department for Harbour Affairs',
  '',
  'The department is responsible for the harbours of the Ministry and their staff.',
  '',
  '## The department consists of the following sections',
  '',
  '- Section for Quay Services',
  '',
  '  The section is responsible for the upkeep of the quays, their cranes and their stores.',
  '',
  '  Deputy Director General Tomas Verhoef',
  '',
  '- Pilotage Section',
  '',
  '  The section is responsible for licensing the pilots of the harbours and keeping their register.',
  '',
  '  Deputy Director General Amara Lindqvist',
  '',
].join('\n');

describe("a head named on an indented line under a unit's bullet", () => {
  it.each([
    ['plain text', TEXT, 'sections.txt'],
    ['markdown', MARKDOWN, 'sections.md'],
  ])('heads that unit, and the list goes on after it (%s)', (_, text, id) => {
    const x = extract(text, id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Department for Harbour Affairs -> Pilotage Section',
      'HAS_DEPARTMENT Department for Harbour Affairs -> Section for Quay Services',
    ]);
    const held = posts(x);
    expect(held).toContain('Tomas Verhoef|Deputy Director General|Section for Quay Services');
    expect(held).toContain('Amara Lindqvist|Deputy Director General|Pilotage Section');
  });
});
