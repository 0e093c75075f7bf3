// A structure page whose sections group units: "#### Enterprise Group" (a unit) or
// "#### Institutes" (a label) over bold unit names, each with its remit on the next line
// ("**Data Office**\nStrengthen data ..."), and a unit whose section lists its leaders.
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const page = (bold: (name: string, remit: string) => string, heading: (h: string) => string): string =>
  [
    '# Organisational Structure',
    '',
    "HSC's Institutes and Corporate Group help us train public officers. HSC runs courses across the service.",
    '',
    heading('Dean’s Office'),
    '',
    '- Mr Alan Teo, Dean and CEO',
    '- Ms Mei Lin Tan, Deputy CEO (Corporate)',
    '',
    heading('Institutes'),
    '',
    bold('Institute of Harbour Policy', 'Build capabilities of officers in harbour policy.'),
    '',
    bold('Institute of Port Leadership', 'Develop a pipeline of port leaders.'),
    '',
    heading('Corporate Group'),
    '',
    bold('Data Office', 'Strengthen data infrastructure across HSC.'),
    '',
    bold('Human Resources', 'Nurture engaged and committed staff.'),
    '',
  ].join('\n');

const LAYOUTS: Array<[string, string]> = [
  [
    page(
      (n, r) => `**${n}**\n${r}`,
      (h) => `#### ${h}`,
    ),
    'a.md',
  ],
  [
    page(
      (n, r) => `**${n}**\n\n${r}`,
      (h) => `## ${h}`,
    ),
    'b.md',
  ],
];

describe('units grouped under the sections of a structure page', () => {
  it('reads each bold name as a unit, of the unit its section is or of the page body under a label', () => {
    for (const [doc, id] of LAYOUTS)
      expect(triplesOf(extract(doc, id), 'HAS_DEPARTMENT'), id).toEqual([
        'HAS_DEPARTMENT Corporate Group -> Data Office',
        'HAS_DEPARTMENT Corporate Group -> Human Resources',
        'HAS_DEPARTMENT HSC -> Corporate Group',
        'HAS_DEPARTMENT HSC -> Dean’s Office',
        'HAS_DEPARTMENT HSC -> Institute of Harbour Policy',
        'HAS_DEPARTMENT HSC -> Institute of Port Leadership',
      ]);
  });

  it('gives each unit the line under its name as its remit, and a leader line no remit', () => {
    for (const [doc, id] of LAYOUTS) {
      const x = extract(doc, id);
      const duties = triplesOf(x, 'HAS_RESPONSIBILITY');
      expect(duties, id).toContain('HAS_RESPONSIBILITY Data Office -> Strengthen data infrastructure across HSC.');
      expect(duties, id).toContain(
        'HAS_RESPONSIBILITY Institute of Harbour Policy -> Build capabilities of officers in harbour policy.',
      );
      expect(
        duties.filter((d) => d.includes('Alan Teo')),
        id,
      ).toEqual([]);
      expect(namesOf(x, 'Person').sort(), id).toEqual(['Alan Teo', 'Mei Lin Tan']);
    }
  });
});
