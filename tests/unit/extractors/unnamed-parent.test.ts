// A page about a department that speaks of "the Ministry" it belongs to without ever naming
// it: the department is a unit (of a body the page does not name), not a body of its own; "the
// Ministry responsible for X" in a statute is no such whole. Invented names.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from './helpers.ts';

const PAGE = [
  'Department for Harbour Affairs',
  '',
  'The department is responsible for staff functions for the political leadership of the Ministry and for the management systems of the Ministry.',
  '',
  'The department is also responsible for the Ministry’s service centre, archives and library.',
  '',
].join('\n');

describe('a department of a ministry the page never names', () => {
  it.each([
    ['plain text', PAGE, 'department.txt'],
    ['markdown', `# ${PAGE}`, 'department.md'],
  ])('is a unit (%s)', (_, text, id) => {
    const x = extract(text, id);
    expect(namesOf(x, 'Department')).toContain('Department for Harbour Affairs');
    expect(namesOf(x, 'Agency')).not.toContain('Department for Harbour Affairs');
  });

  it('but a body a statute founds stays a body beside "the Ministry responsible for" it', () => {
    const act = [
      'Harbour Bureau Act 2020',
      '',
      '3. There is established a body to be known as the Harbour Accident Investigation Bureau.',
      '',
      '4. The Board consists of one representative of the Ministry responsible for harbours and two other members.',
      '',
    ].join('\n');
    expect(namesOf(extract(act, 'act.txt'), 'Agency')).toContain('Harbour Accident Investigation Bureau');
  });
});
