// Encyclopaedia pages flattened to text: a list whose first item a converter ran onto its
// lead-in ("three operational wings:- The A Department: ..."), a unit's earlier name
// ("formerly named the X", "was formerly known as the “X”": one unit under both names), and
// a nickname ("also known as the “Y”") that founds nothing.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const INTRO =
  'Lakeland Security Service\n\nThe Lakeland Security Service, better known by the acronym LSS, is the internal security service of Lakeland.\n\nOrganization\n\n';
const ITEMS = [
  'The Coastal Department: responsible primarily for the security of the ports and the coast.',
  'The Inland and Foreigners Department: formerly named the Non-Coastal Affairs Department. It includes the Department for Counter-intelligence, also known as the "Counter Department". It is responsible for preventing espionage.',
  'The Protective Security Department: responsible for protecting officials, embassies and airports.',
];

describe('a flattened encyclopaedia page on a service and its wings', () => {
  it.each([
    [
      'run onto the lead-in',
      `LSS is believed to have three operational wings:- ${ITEMS[0]}\n- ${ITEMS[1]}\n- ${ITEMS[2]}\n`,
    ],
    [
      'on lines of their own',
      `LSS is believed to have three operational wings:\n- ${ITEMS[0]}\n- ${ITEMS[1]}\n- ${ITEMS[2]}\n`,
    ],
  ])("items %s: the wings are the service's units, each with its remit", (_, list) => {
    const x = extract(`${INTRO}${list}`, 'page.txt');
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(
      expect.arrayContaining([
        'HAS_DEPARTMENT Lakeland Security Service -> Coastal Department',
        'HAS_DEPARTMENT Lakeland Security Service -> Inland and Foreigners Department',
        'HAS_DEPARTMENT Lakeland Security Service -> Protective Security Department',
      ]),
    );
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toContain(
      'HAS_RESPONSIBILITY Coastal Department -> responsible primarily for the security of the ports and the coast.',
    );
    // The nickname of a unit named in passing is its alias, and no founding: the page stays
    // about the service.
    const counter = x.entities.find((e) => e.name === 'Department for Counter-intelligence');
    expect(counter?.aliases).toEqual(['Counter Department']);
    expect(namesOf(x, 'Agency')).toContain('Lakeland Security Service');
  });

  it('an earlier name is an alias of the unit, written after its name or after a back-reference', () => {
    const x = extract(`${INTRO}LSS has three wings:\n- ${ITEMS[0]}\n- ${ITEMS[1]}\n- ${ITEMS[2]}\n`, 'page.txt');
    const unit = x.entities.find((e) => e.name === 'Inland and Foreigners Department');
    expect(unit?.aliases).toContain('Non-Coastal Affairs Department');
    const y = extract(
      'Departments of the Ministry of Lakes\n\n1. Budget Department: prepares the budget.\n2. Monitoring and Evaluation Department: The Department was formerly known as the “Central Projects Co-ordinating Department”. It monitors projects.\n',
    );
    const names = y.entities.filter((e) => e.type === 'Department').map((e) => [e.name, ...e.aliases].sort());
    expect(names).toContainEqual(['Central Projects Co-ordinating Department', 'Monitoring and Evaluation Department']);
    const z = extract(
      'The Executive Office of the President of Lakeland is a government agency under the President. The office reports to the President. Previously, the office was named Unit of Presidential Staff based on a decree.\n',
    );
    const office = z.entities.find((e) => e.name === 'Executive Office of the President of Lakeland');
    expect(office?.aliases).toEqual(['Unit of Presidential Staff']);
  });
});

// "The ADMIRALTY, originally known as the OFFICE OF ..., was the government department[2]
// responsible for ...": a one-word body the page opens with, typed by its sentence, with its
// original name set off by commas as one of its names.
describe('a one-word body typed by the sentence that opens the page', () => {
  it.each([
    [
      'capitals, an original name and citation marks',
      'The LAKEWARDENRY, originally known as the OFFICE OF THE LAKE WARDENS,[1] was the government department[2][3] responsible for the lakes of Lakeland. The Lakewardenry was dissolved in 1964.\n',
      'OFFICE OF THE LAKE WARDENS',
    ],
    [
      'title case, no earlier name',
      'Lakewardenry is the government body responsible for the lakes of Lakeland. Lakewardenry was set up in 1911.\n',
      'Lakewardenry',
    ],
  ])('%s: the word names the body', (_, page, name) => {
    const x = extract(page, 'page.txt');
    const body = x.entities.find((e) => e.type === 'Agency' && e.name.toUpperCase() === name.toUpperCase());
    expect(body, JSON.stringify(namesOf(x, 'Agency'))).toBeDefined();
    expect([body?.name ?? '', ...(body?.aliases ?? [])].map((n) => n.toLowerCase())).toContain('lakewardenry');
  });

  it('one word typed further down the page is no name: it may be any capitalised word', () => {
    const filler = 'The lakes of Lakeland are many and wide, and the people fish in them all year round. '.repeat(4);
    const x = extract(`${filler}\n\nFishing is the main service of the villages.\n`, 'page.txt');
    expect(namesOf(x, 'Agency')).toEqual([]);
  });
});
