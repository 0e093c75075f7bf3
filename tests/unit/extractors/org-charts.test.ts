// An organisation chart written as a plain list of unit names under a one-line introduction
// that names the body ("Organizational chart of the Ministry of X of the Republic of Y"), on a
// page whose title names no body; one item of the long list has another shape.
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const UNITS = [
  'Strategic Planning Department',
  'Internal Audit Division',
  'Consular Department',
  'Harbour Law Directorate',
  'Finance Department',
  'Protocol Department',
  'Directorate for Sanctions',
  'Information Technology Department',
];
// Longer than a heading line: the structure keeps it a paragraph.
const INTRO = 'Organizational chart of the Ministry of Tides and Coastal Affairs of the Republic of Northland';
const OPENING = 'The mission of the ministry is to keep the coast safe and the harbours open.';

const expected = (units: string[]): string[] =>
  units.map((u) => `HAS_DEPARTMENT Ministry of Tides and Coastal Affairs of the Republic of Northland -> ${u}`).sort();

describe('an organisation chart under a one-line introduction', () => {
  it('attaches every unit to the body the introduction names, in text and markdown', () => {
    for (const [doc, id] of [
      [`About Us\n\n${OPENING}\n\n${INTRO}\n\n${UNITS.map((u) => `  • ${u}`).join('\n')}\n`, 'a.txt'],
      [`# About Us\n\n${OPENING}\n\n${INTRO}\n\n${UNITS.map((u) => `- ${u}`).join('\n')}\n`, 'b.md'],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HAS_DEPARTMENT'), id).toEqual(expected(UNITS));
  });

  it('keeps the list a chart when one of many items has another shape', () => {
    const odd = 'Grouping of the Presidency of the Council of Harbours';
    const items = [...UNITS.slice(0, 4), odd, ...UNITS.slice(4)];
    for (const intro of [INTRO, 'The Ministry of Tides was founded in 1990 and is based in the capital.']) {
      const doc = `About Us\n\n${OPENING}\n\n${intro}\n\n${items.map((u) => `  • ${u}`).join('\n')}\n`;
      const held = triplesOf(extract(doc, 'a.txt'), 'HAS_DEPARTMENT');
      expect(
        held.filter((t) => UNITS.some((u) => t.endsWith(`-> ${u}`))),
        intro,
      ).toHaveLength(UNITS.length);
    }
  });
});

describe('a list of names with their initials under a responsibilities heading', () => {
  it('reads the items as bodies, not as duties', () => {
    const items = ['Trade and Agriculture (TAD)', 'Economics Department (ECO)', 'Tax Policy (CTP)'];
    for (const [doc, id] of [
      [
        `# Office of the Harbour Master\n\n## Areas of responsibilities\n\n${items.map((i) => `- ${i}`).join('\n')}\n`,
        'a.md',
      ],
      [
        `Office of the Harbour Master\n\nAreas of responsibilities\n\n${items.map((i) => `  • ${i}`).join('\n')}\n`,
        'b.txt',
      ],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HAS_RESPONSIBILITY'), id).toEqual([]);
  });
});

describe('a list of units and posts, each with the name of who leads it', () => {
  // "Legal Affairs Division: Anne Valle": the name after the unit is its head, not its remit;
  // "Director General of Lakes: Name" and "Deputy Directors General: A, B" are posts among
  // the units, not units; the line that opens the page names the body it is about.
  const items = [
    'Director General of Lakes and Chief Hydrologist: Bjorn Sandvik',
    'Deputy Directors General: Marit Holm, Olav Strand',
    'Water Quality Division: Linda Gran',
    'Legal Affairs Division: Anne Louise Valle',
    'Chief Economist Directorate: Peter Olsen',
  ];
  const intro = 'Management and divisions of the Directorate of Lakes:';
  const layouts: Array<[string, string]> = [
    [
      `Organisation and management\n\nOrganisation chart and description of departments.\n\n${intro}\n\n${items.map((i) => `  • ${i}`).join('\n')}\n\nWater Quality Division\n\nDivision Director: Linda Gran\n`,
      'a.txt',
    ],
    [
      `# Organisation and management\n\n${intro}\n\n${items.map((i) => `- ${i}`).join('\n')}\n\n## Water Quality Division\n\nDivision Director: Linda Gran\n`,
      'b.md',
    ],
  ];
  it('gives each unit to the body and its head to the unit, and reads no name as a duty', () => {
    for (const [doc, id] of layouts) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Department').sort(), id).toEqual([
        'Chief Economist Directorate',
        'Legal Affairs Division',
        'Water Quality Division',
      ]);
      expect(namesOf(x, 'Responsibility'), id).toEqual([]);
      const held = triplesOf(x, 'HOLDS_POSITION');
      expect(held, id).toContain('HOLDS_POSITION Anne Louise Valle -> Legal Affairs Division');
      expect(held, id).toContain('HOLDS_POSITION Marit Holm -> Directorate of Lakes');
    }
  });
});
