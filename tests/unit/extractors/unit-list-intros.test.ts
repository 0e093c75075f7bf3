// Unit lists whose introduction the structure stage does not make a heading: a short label
// line right above a numbered list ("Internal bodies"), and a sentence announcing "N
// directorates" followed by one name per line. Also: a document about a provincial or
// local body is not an "external" list just because its title says "Provincial".
import { describe, expect, it } from 'vitest';
import { isInternalOrganisationHeading } from '../../../extractors/unit-lists.ts';
import { extract, namesOf, triples, triplesOf } from './helpers.ts';

const departmentsOf = (text: string): string[] =>
  triples(extract(text))
    .filter((t) => t.startsWith('HAS_DEPARTMENT '))
    .sort();

describe('unit lists after a non-heading introduction', () => {
  it.each([
    [
      'a label line directly above a numbered list',
      'Regional Forestry Bureau\n\nThe Regional Forestry Bureau is a department of the Regional Government.\n\nInternal bodies\n(1) General Office\n(2) Seedling Division\n(3) Wildfire Division\n',
      'Regional Forestry Bureau',
    ],
    [
      'an "N directorates" sentence, names one per line',
      'Lakeside Water Authority\n\nThe Lakeside Water Authority is a statutory body.\n\nHow we are structured\nThe Authority works through three directorates:\nGeneral Office\nSeedling Division\nWildfire Division\n',
      'Lakeside Water Authority',
    ],
    [
      'a county body with a plain bullet list under "Its units"',
      'Marsh County Licensing Office\n\nIts units\n- General Office\n- Seedling Division\n- Wildfire Division\n',
      'Marsh County Licensing Office',
    ],
  ])('%s', (_, text, owner) => {
    expect(departmentsOf(text)).toEqual(
      ['General Office', 'Seedling Division', 'Wildfire Division'].map((unit) => `HAS_DEPARTMENT ${owner} -> ${unit}`),
    );
  });

  it('still reads regional field offices as outside the body', () => {
    const text =
      'Harbour Board\n\nThe Harbour Board is a statutory body.\n\nRegional offices\n- Northern Port Office\n- Southern Port Office\n';
    expect(departmentsOf(text)).toEqual([]);
  });
});

describe("a sentence that ends in the body's counted units", () => {
  it.each([
    ['plain text', 'report.txt'],
    ['markdown', 'report.md'],
  ])('%s', (_, id) => {
    const units = ['Local Government', 'Housing and Building', 'Safety and Standards'];
    const text = [
      'Ministry Overview',
      '',
      "In 2003/04, the Ministry of Lakes managed a broad range of programs. All results came from the work of the ministry's three departments:",
      '',
      ...units.flatMap((name, k) => [`${k + 1}. ${name}`, '']),
      'The ministry works with partners.',
      '',
    ].join('\n');
    expect(triplesOf(extract(text, id), 'HAS_DEPARTMENT')).toEqual(
      [...units].sort().map((u) => `HAS_DEPARTMENT Ministry of Lakes -> ${u}`),
    );
  });
});

describe('a unit heading repeated by a breadcrumb', () => {
  it.each([
    ['Departments Departments', true],
    ['Our Divisions Our Divisions', true],
    ['Departments', true],
    ['Departments of State', false],
  ])('reads %j as a unit heading: %s', (heading, expected) => {
    expect(isInternalOrganisationHeading(heading)).toBe(expected);
  });
});

describe('a list of departments named without their head word, then one of them described', () => {
  const page = (marker: (k: number) => string, heading: string): string =>
    [
      'Ministry of Lakes',
      '',
      'The Ministry is structured into four departments, each headed by a Director. The departments are:',
      ...['Administration and Supplies.', 'Women Affairs.', 'Social Welfare.', 'Planning and Statistics.'].map(
        (item, k) => `${marker(k)}${item}`,
      ),
      '',
      heading,
      'The department is responsible for the following:',
      ...['Handling staff matters of the Ministry.', 'Maintenance of vehicles and equipment.'].map(
        (item, k) => `${marker(k)}${item}`,
      ),
      '',
    ].join('\n');

  it('reads the items as units of the body, one unit under its short and full names, owning its duties', () => {
    for (const [marker, id] of [
      [() => '- ', 'lakes.md'],
      [() => '* ', 'lakes.md'],
      [(k: number) => `${k + 1}. `, 'lakes.txt'],
    ] as const) {
      for (const heading of [
        'DEPARTMENT OF ADMINISTRATION AND SUPPLIES',
        'Department of Administration and Supplies',
      ]) {
        const x = extract(page(marker, heading), id);
        expect(namesOf(x, 'Department').sort(), `${marker(0)} ${heading}`).toEqual(
          [heading, 'Planning and Statistics', 'Social Welfare', 'Women Affairs'].sort(),
        );
        expect(triples(x).filter((t) => t.startsWith('HAS_DEPARTMENT Ministry of Lakes'))).toHaveLength(4);
        expect(triples(x).filter((t) => t.startsWith(`HAS_RESPONSIBILITY ${heading} ->`))).toHaveLength(2);
      }
    }
  });

  it('keeps a name the tagger knows as a person out of such a list', () => {
    const x = extract(
      'Ministry of Lakes\n\nThe Ministry has three departments. The departments are:\n\n- Women Affairs\n- Social Welfare\n- John Smith\n',
      'lakes.md',
    );
    expect(namesOf(x, 'Department').sort()).toEqual(['Social Welfare', 'Women Affairs']);
  });
});

describe('paragraphs that each open with a unit under a label naming a kind of unit', () => {
  const PARAGRAPHS = [
    'The Cadet Liaison Division serves as the secretariat of the cadet force and keeps its records.',
    'The Harbour Incident Response Team (HIRT)   is responsible for answering incidents in the port.',
    'The Press Unit is responsible for the communications plan of the Ministry.',
    'The Defence Section provides administrative support to the Lakeside Defence Force and the Office of Harbour Safety. It acts as a liaison office to the Harbour Emblems Committee and the Port Council.',
  ];
  it.each([
    ['text', 'units.txt', (h: string) => `${h}\n\n`],
    ['markdown', 'units.md', (h: string) => `## ${h}\n\n`],
  ])('%s: each paragraph is a unit and its one responsibility', (_, id, heading) => {
    const x = extract(
      `# Lakeside Harbour Administration\n\n${heading('Support Units')}${PARAGRAPHS.join('\n\n')}\n`,
      id,
    );
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Cadet Liaison Division',
      'Defence Section',
      'Harbour Incident Response Team',
      'Press Unit',
    ]);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toHaveLength(4);
  });

  it("reads no units under a label of bodies outside the page's body", () => {
    const x = extract(`Lakeside Harbour Administration\n\nPartner Agencies\n\n${PARAGRAPHS.join('\n\n')}\n`, 'p.txt');
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([]);
  });
});

describe("a unit's section with its branches, then its roles", () => {
  const SECTION = (heading: (h: string) => string, bullet: string): string =>
    `${heading('Divisions and Branches')}The roles of the divisions of the Lakeland Revenue Authority are as follows:\n\n` +
    `${heading('Trade Division')}${bullet}Procedures Branch\n${bullet}Schemes Branch\n\nThe main roles of the Trade Division include:\n\n` +
    `${bullet}Developing and maintaining an efficient trade framework\n${bullet}Handling the administration of the trade system\n${bullet}Providing advice on the valuation of goods\n`;
  it.each([
    ['markdown', 'divisions.md', (h: string) => `## ${h}\n\n`, '-   '],
    ['text', 'divisions.txt', (h: string) => `${h}\n\n`, '  • '],
  ])("%s: the branches are units and the roles the division's duties", (_, id, heading, bullet) => {
    const x = extract(SECTION(heading, bullet), id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Lakeland Revenue Authority -> Trade Division',
      'HAS_DEPARTMENT Trade Division -> Procedures Branch',
      'HAS_DEPARTMENT Trade Division -> Schemes Branch',
    ]);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toEqual([
      'HAS_RESPONSIBILITY Trade Division -> Developing and maintaining an efficient trade framework',
      'HAS_RESPONSIBILITY Trade Division -> Handling the administration of the trade system',
      'HAS_RESPONSIBILITY Trade Division -> Providing advice on the valuation of goods',
    ]);
  });
});
