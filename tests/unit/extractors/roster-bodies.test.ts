// A roster of "Body – Name" lines in appointment news, where some bodies carry no head word
// ("Harbour Ropes Limited") and some names are a given name and initials ("Suresh.K.P.").
// The run of lines that name bodies makes the other left sides bodies too. Invented names.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts } from './helpers.ts';

const LINES = [
  'Harbour State Dredging Corporation – Anil Varma',
  'Harbour Ropes Limited – Suresh.K.P.',
  'Harbour State Boatyard Corporation – Meera Pillai',
  'Coastal Lights and Buoys Limited – Devika Menon',
];
const LEAD = 'Managing directors were named for the public sector companies under the Department of Harbours.';

describe('a roster of body and name lines', () => {
  it.each([
    ['plain text', ['Managing Directors appointed', LEAD, ...LINES].join('\n'), 'roster.txt'],
    [
      'markdown',
      ['# Managing Directors appointed', '', LEAD, '', ...LINES.map((l) => `${l}  `)].join('\n'),
      'roster.md',
    ],
    [
      'markdown bullets',
      ['# Managing Directors appointed', '', LEAD, '', ...LINES.map((l) => `- ${l}`)].join('\n'),
      'roster-list.md',
    ],
  ])('gives each name the post in the body on its left, head word or not (%s)', (_, text, id) => {
    const held = posts(extract(text, id));
    expect(held).toContain('Anil Varma|Managing Director|Harbour State Dredging Corporation');
    expect(held).toContain('Suresh.K.P|Managing Director|Harbour Ropes Limited');
    expect(held).toContain('Devika Menon|Managing Director|Coastal Lights and Buoys Limited');
  });

  it('needs two lines whose bodies a rule reads before the others count by their place', () => {
    const text = [
      'Team leads appointed',
      'Team leads were named for the following projects.',
      'Harbour Ropes Limited – Suresh.K.P.',
      'Coastal Lights Project – Devika Menon',
      'Quay Renewal – Anil Varma',
    ].join('\n');
    const bodies = [
      ...namesOf(extract(text, 'leads.txt'), 'Agency'),
      ...namesOf(extract(text, 'leads.txt'), 'Department'),
    ];
    expect(bodies).not.toContain('Harbour Ropes Limited');
    expect(bodies).not.toContain('Quay Renewal');
  });
});
