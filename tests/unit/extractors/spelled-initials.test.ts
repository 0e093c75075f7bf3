// Names that write initials in place of some of their words ("Office of the Secretary to the
// NEC" beside "... to the National Executive Council"), for bodies and instruments alike; and
// a list of committees a council "established" after "the following X Committees".
import { describe, expect, it } from 'vitest';
import { spelledInitialsPairs } from '../../../extractors/spelled-initials.ts';
import { extract, namesOf, triplesOf } from './helpers.ts';

describe('spelledInitialsPairs', () => {
  it('pairs a name with initials for a run of words of another, the words around them the same', () => {
    expect(
      spelledInitialsPairs([
        'Office of the Secretary to the NHC',
        'Office of the Secretary to the National Harbour Council',
        'NHC Standing Orders',
        'National Harbour Council Standing Orders',
        'PM & NHC Act 2002',
        'Prime Minister & NHC Act 2002',
      ]).sort(),
    ).toEqual([
      ['NHC Standing Orders', 'National Harbour Council Standing Orders'],
      ['Office of the Secretary to the NHC', 'Office of the Secretary to the National Harbour Council'],
      ['PM & NHC Act 2002', 'Prime Minister & NHC Act 2002'],
    ]);
  });

  it('pairs nothing where the initials do not spell the words or the rest differs', () => {
    expect(
      spelledInitialsPairs([
        'Office of the Secretary to the NHC',
        'Office of the Registrar to the Northern Water Board',
        'Office of the Clerk to the National Harbour Council',
        'NHC',
      ]),
    ).toEqual([]);
  });
});

describe('one body, one instrument, whichever way the page writes them', () => {
  it.each([
    ['text', 'secretary.txt', (t: string) => `Office of the Secretary to the National Harbour Council\n\n${t}`],
    ['markdown', 'secretary.md', (t: string) => `# Office of the Secretary to the National Harbour Council\n\n${t}`],
  ])('%s', (_, id, layout) => {
    const x = extract(
      layout(
        'The Office of the Secretary to the NHC was created under the Prime Minister & NHC Act 2002. ' +
          'The functions of the Office of the Secretary to the NHC as stipulated in the PM & NHC Act 2002 are:\n\n' +
          '(i) Provision of secretarial services to the NHC and its committees;\n\n(ii) Custody of all NHC records.\n\n' +
          'Standing Committees\n\nIn 2017, the following Ministerial Committees were established by the NHC:\n\n' +
          '1. Ministerial Committee on Budget;\n2. Ministerial Committee on Ports; and\n3. Ministerial Committee on Fisheries.\n',
      ),
      id,
    );
    expect(namesOf(x, 'Agency').sort()).toEqual([
      'National Harbour Council',
      'Office of the Secretary to the National Harbour Council',
    ]);
    expect(namesOf(x, 'Law')).toEqual(['Prime Minister & NHC Act 2002']);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toHaveLength(2);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')[0]).toMatch(
      /^HAS_RESPONSIBILITY Office of the Secretary to the National/,
    );
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(
      ['Budget', 'Fisheries', 'Ports'].map(
        (s) => `HAS_DEPARTMENT National Harbour Council -> Ministerial Committee on ${s}`,
      ),
    );
  });
});

describe('initials in brackets inside a name', () => {
  it.each([
    ['text headings', 'units.txt', (h: string) => `${h}\n\n`],
    ['markdown headings', 'units.md', (h: string) => `## ${h}\n\n`],
  ])(
    '%s: "Human Resource (HR) Division" is the name; without the bracket and with the initials, its aliases',
    (_, id, heading) => {
      const x = extract(
        `Corporate Services Structure\n\n${heading('Human Resource (HR) Division')}The Human Resource (HR) Division deals with staff leave, recruitment and the sirens of ALL Authority vehicles.\n\n${heading('Finance (FIN) Division')}The Finance (FIN) Division manages the budget of the Authority.\n`,
        id,
      );
      const units = x.entities.filter((e) => e.type === 'Department' || e.type === 'Agency');
      expect(units.map((e) => [e.name, [...e.aliases].sort()]).sort()).toEqual([
        ['Finance (FIN) Division', ['FIN Division', 'Finance Division']],
        ['Human Resource (HR) Division', ['HR Division', 'Human Resource Division']],
      ]);
    },
  );

  it('still ends a name at initials that a lower-case phrase follows', () => {
    const x = extract('News\n\nThe Committee on Public Enterprises (COPE) for the Second Session met today.', 'n.txt');
    expect(namesOf(x, 'Agency')).toEqual(['Committee on Public Enterprises']);
  });
});
