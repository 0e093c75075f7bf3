// Units a page names in prose or under its own sections rather than in an internal-organisation
// list: "It consists of a Civil Division and ...", nested "X and its two divisions, namely ...",
// "The organisational structure consists of the Plenary, ...", a name that can only be a part
// of a body, and a unit named again later (by its section heading, in another case) owning the
// duties listed under it. Every page is written here, in markdown and as plain text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const assembly = (markdown: boolean): string => {
  const h = (level: number, title: string): string => (markdown ? `${'#'.repeat(level)} ${title}` : title);
  const item = (line: string): string => (markdown ? `  * ${line}` : `  • ${line}`);
  return [
    h(1, 'Regional Assembly of the Lakes'),
    '',
    h(2, 'Bodies of the Assembly'),
    '',
    "The Regional Assembly's organisational structure consists of the Plenary, the Steering Board, and the Registry Office.",
    '',
    h(3, 'Plenary'),
    '',
    'The Plenary is the highest body of the Assembly and brings together all delegates.',
    '',
    'The responsibilities of the Plenary are the following:',
    '',
    item('Approval of the annual budget of the Assembly.'),
    item('Election of the steering board every year.'),
    item('Adoption of the internal rules.'),
    '',
    h(4, 'Standing commissions'),
    '',
    'As of 2019, there were fourteen standing commissions:',
    '',
    item('Commission of Fisheries and Inland Waters'),
    item('Commission of Roads, Bridges and Ports'),
    item('Commission of Schools and Libraries'),
    '',
    h(3, 'Steering board'),
    '',
    'The steering board is elected from the delegates for one year.',
    '',
    'The tasks of the board are',
    '',
    item('Drafting the budget of the Assembly.'),
    item('Calling the ordinary and extraordinary sittings.'),
    item('Keeping the register of delegates.'),
    '',
  ].join('\n');
};

describe("a legislature's organs named in prose and described in their own sections", () => {
  it.each([
    ['markdown', 'assembly.md', true],
    ['plain text', 'assembly.txt', false],
  ])('%s', (_, id, markdown) => {
    const x = extract(assembly(markdown), id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(
      [
        'Commission of Fisheries and Inland Waters',
        'Commission of Roads, Bridges and Ports',
        'Commission of Schools and Libraries',
        'Plenary',
        'Registry Office',
        'Steering Board',
      ].map((unit) => `HAS_DEPARTMENT Regional Assembly of the Lakes -> ${unit}`),
    );
    // "The responsibilities of the Plenary are": the Plenary named again owns its list; "The
    // tasks of the board are" under "Steering board" is the Steering Board's.
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toEqual([
      'HAS_RESPONSIBILITY Plenary -> Adoption of the internal rules.',
      'HAS_RESPONSIBILITY Plenary -> Approval of the annual budget of the Assembly.',
      'HAS_RESPONSIBILITY Plenary -> Election of the steering board every year.',
      'HAS_RESPONSIBILITY Steering Board -> Calling the ordinary and extraordinary sittings.',
      'HAS_RESPONSIBILITY Steering Board -> Drafting the budget of the Assembly.',
      'HAS_RESPONSIBILITY Steering Board -> Keeping the register of delegates.',
    ]);
  });
});

describe('units enumerated in one sentence', () => {
  it('reads "a X Division and a Y Division, which ..." as the units of the body', () => {
    const x = extract(
      'Court of Harbours\n\nThe Court of Harbours sits in Port Dune. It consists of a Cargo Division and a Passenger Division, which between them hear appeals on shipping matters.\n',
    );
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Court of Harbours -> Cargo Division',
      'HAS_DEPARTMENT Court of Harbours -> Passenger Division',
    ]);
  });

  it.each([
    ['text', 'reg.txt', "CHAPTER IV—HARBOUR COMMISSION\n\n§ 12.3 The Commission's organizational components.\n\n"],
    [
      'markdown',
      'reg.md',
      "# CHAPTER IV—HARBOUR COMMISSION\n\n## § 12.3 The Commission's organizational components\n\n",
    ],
  ])('%s: reads "the units, which include A, B, and C" in a sentence about someone else', (_, id, head) => {
    const x = extract(
      `${head}(a) Subject to the approval of the Commission, the Chairman appoints the heads of the major organizational units, which include the Office of the Secretary, Office of the General Counsel, Bureau of Pilotage, and Office of Wharf Services. The Chairman also chairs meetings.\n`,
      id,
    );
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(
      [
        'Bureau of Pilotage',
        'Office of Wharf Services',
        'Office of the General Counsel',
        'Office of the Secretary',
      ].map((unit) => `HAS_DEPARTMENT HARBOUR COMMISSION -> ${unit}`),
    );
  });

  it('lists the units nested in a listed unit with it, owned by the body the subject names', () => {
    const x = extract(
      'Ministry of Lakes\n\nThe subdivisions of the Ministry of Lakes include the Bureau of Fisheries and its two divisions, namely the Division of Licensing and the Division of Patrols, and the Bureau of Water Quality.\n',
    );
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(
      ['Bureau of Fisheries', 'Bureau of Water Quality', 'Division of Licensing', 'Division of Patrols'].map(
        (unit) => `HAS_DEPARTMENT Ministry of Lakes -> ${unit}`,
      ),
    );
  });
});

describe('a unit named after its body', () => {
  it.each([
    ['text', 'divisions.txt', 'Lakeland Department of Harbours Divisions\n\n'],
    ['markdown', 'divisions.md', '# Lakeland Department of Harbours Divisions\n\n'],
  ])('%s: "the X Department of Y Topic division" is a unit of the body its name opens with', (_, id, title) => {
    const x = extract(
      `${title}The Lakeland Department of Harbours Safety and Pilotage division works to improve the safety of the harbours. It inspects vessels.\n`,
      id,
    );
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Lakeland Department of Harbours -> Lakeland Department of Harbours Safety and Pilotage division',
    ]);
  });
});

describe('names that can only be parts of a body', () => {
  it('types a division or directorate a page names in passing as a unit', () => {
    const x = extract(
      'Minister visits coastal offices\n\nOn Monday the Minister met staff of the Marine Directorate and the Coastal Survey Division in Port Dune.\n',
    );
    expect(namesOf(x, 'Department').sort()).toEqual(['Coastal Survey Division', 'Marine Directorate']);
    expect(namesOf(x, 'Agency')).toEqual([]);
  });

  it('keeps a directorate the page is about an agency', () => {
    const x = extract(
      'Marine Directorate\n\nThe Marine Directorate is the national regulator of shipping. Its divisions are:\n\n- Coastal Survey Division\n- Licensing Division\n',
    );
    expect(namesOf(x, 'Agency')).toEqual(['Marine Directorate']);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Marine Directorate -> Coastal Survey Division',
      'HAS_DEPARTMENT Marine Directorate -> Licensing Division',
    ]);
  });
});

describe('an office a statute establishes for a post', () => {
  it('founds no body named after the post', () => {
    const x = extract(
      'Ports Act\n\n11. (1) There shall be established an office of the Director of Harbours.\n(2) There shall be established the Harbour Safety Board.\n',
    );
    expect(namesOf(x, 'Agency')).toEqual(['Harbour Safety Board']);
  });
});
