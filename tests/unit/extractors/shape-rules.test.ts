// Rules that read the SHAPE of the text rather than particular phrases: leader lines with
// any separator, tables by their cells, unit and instrument lists by their items, and
// "X is a <kind of body> <link> the Y" sentences. Each fixture uses its own invented names.
import { describe, expect, it } from 'vitest';
import { extract, extractFixture, namesOf, posts, triples } from './helpers.ts';
import { singularTitle } from '../../../extractors/leader-lines.ts';
import type { Extraction } from '../../../extractors/types.ts';

const of = (type: string, x: Extraction): string[] =>
  triples(x)
    .filter((t) => t.startsWith(`${type} `))
    .sort();

describe('A. leader lines by shape', () => {
  it('reads a name and a title joined by any separator, in either order, plural titles split per name', () => {
    const x = extractFixture('shape/leaders-separators.txt');
    const body = 'National Roads Agency of Keldovia';
    expect(posts(x)).toEqual(
      [
        'Anneke Solberg|Chief Financial Officer',
        'Halvard Eik|Registrar',
        'Ilse Varnholt|Director General',
        'Ines Brandao|Assistant Secretary',
        'Joan Pereira|Assistant Secretary',
        'Leena Haapala|Deputy Director',
        'Mateus Costa|Assistant Secretary',
        'Oskar Vint|Deputy Director',
        'Petra Lindqvist|Head of Legal Services',
        'Radu Moldovan|Chief Engineer',
        'Tomas Brecko|Deputy Director General',
      ].map((p) => `${p}|${body}`),
    );
  });

  it('reads markdown bullets in either order and copular "The Title of the Body is Name" sentences', () => {
    const x = extractFixture('shape/leaders-copular.md');
    const body = 'Maritime Safety Office of Taranui';
    expect(posts(x)).toEqual([
      `Aroha Ngata|Deputy Commissioner|${body}`,
      `Hemi Tapsell|Commissioner|${body}`,
      'Ihaia Kereama|Director|Port Operations Division',
      `Kiri Paewai|Senior Adviser|${body}`,
      `Mere Rangi|Chief Executive|${body}`,
      `Rewi Marsh|Senior Adviser|${body}`,
      `Tane Mahuta|Chair|${body}`,
      `Wiremu Pohatu|General Counsel|${body}`,
    ]);
    expect(namesOf(x, 'Person').every((n) => !/^(Dr|Mr)\b/.test(n))).toBe(true);
  });

  it.each([
    [
      'Grain Inspection Bureau of Velmora\n\nThe Administrator of the Grain Inspection Bureau of Velmora is Mr Carl Jansen.\n',
      'Carl Jansen|Administrator|Grain Inspection Bureau of Velmora',
    ],
    [
      'Grain Inspection Bureau of Velmora\n\nDiane Whitfield is the Deputy Administrator of the Bureau.\n',
      'Diane Whitfield|Deputy Administrator|Grain Inspection Bureau of Velmora',
    ],
    [
      'Grain Inspection Bureau of Velmora\n\nThe Director-General of the Bureau is Ms Vesna Horvat.\n',
      'Vesna Horvat|Director-General|Grain Inspection Bureau of Velmora',
    ],
    [
      'Grain Inspection Bureau of Velmora\n\nKey people\n\nChief Inspector - Olu Adebayo\n',
      'Olu Adebayo|Chief Inspector|Grain Inspection Bureau of Velmora',
    ],
    [
      'Grain Inspection Bureau of Velmora\n\nKey people\n\nSanjay Iyer | Registrar\n',
      'Sanjay Iyer|Registrar|Grain Inspection Bureau of Velmora',
    ],
  ])('%#: %j', (doc, expected) => {
    expect(posts(extract(doc, 'grain.txt'))).toEqual([expected]);
  });

  it('does not read prose with a title and a non-name as a leader line', () => {
    const x = extract(
      'Grain Inspection Bureau of Velmora\n\nThe Minister, Jane Roe, announced the review.\nDirector: to be appointed\n',
      'grain.txt',
    );
    expect(namesOf(x, 'Person')).not.toContain('Director');
    expect(posts(x).some((p) => p.startsWith('to be'))).toBe(false);
  });

  it.each([
    ['Deputy Directors', 'Deputy Director'],
    ['Assistant Secretaries', 'Assistant Secretary'],
    ['Heads of Division', 'Head of Division'],
    ['Members', 'Member'],
    ['Chief Executive', null],
  ])('singularTitle(%j) = %j', (plural, singular) => {
    expect(singularTitle(plural)).toBe(singular);
  });
});

describe('C. unit lists by shape', () => {
  it('reads a numbered list of unit names under "Structure" as Departments; supervised bodies and partners stay Agencies', () => {
    const x = extractFixture('shape/units-any-wording.md');
    const body = 'Water Quality Authority of Brisa';
    expect(of('HAS_DEPARTMENT', x)).toEqual(
      ['Enforcement Directorate', 'General Office', 'Laboratory Services Unit', 'Monitoring Division'].map(
        (u) => `HAS_DEPARTMENT ${body} -> ${u}`,
      ),
    );
    expect(of('SUBORDINATE_TO', x)).toEqual([
      `SUBORDINATE_TO Brisa Hydrology Institute -> ${body}`,
      `SUBORDINATE_TO Catchment Restoration Agency -> ${body}`,
    ]);
    expect(namesOf(x, 'Department')).not.toContain('Coastal Monitoring Office');
    expect(namesOf(x, 'Agency')).toContain('National Statistics Bureau');
  });

  it.each([
    [
      'bullets after "The Agency has four branches:"',
      'Land Registry Agency of Norvala\n\nThe Agency has four branches:\n- Titles Branch\n- Surveys Branch\n- Valuation Section\n- Office\n',
    ],
    [
      '"•" bullets after "It is made up of:"',
      'Land Registry Agency of Norvala\n\nIt is made up of:\n• Titles Branch\n• Surveys Branch\n• Valuation Section\n• Office\n',
    ],
    [
      '"*" bullets under a "How we work" heading',
      '# Land Registry Agency of Norvala\n\n## How we work\n\n* Titles Branch\n* Surveys Branch\n* Valuation Section\n* Office\n',
    ],
    [
      'an inline list after a colon, separated by semicolons',
      'Land Registry Agency of Norvala\n\nInternal structure: Titles Branch; Surveys Branch; Valuation Section; Office.\n',
    ],
    [
      'an inline list after "is made up of:", separated by commas',
      'Land Registry Agency of Norvala\n\nThe Agency is made up of: the Titles Branch, the Surveys Branch, the Valuation Section and the Office.\n',
    ],
  ])('%s', (_label, doc) => {
    const x = extract(doc, doc.startsWith('#') ? 'land.md' : 'land.txt');
    expect(of('HAS_DEPARTMENT', x)).toEqual(
      ['Office', 'Surveys Branch', 'Titles Branch', 'Valuation Section'].map(
        (u) => `HAS_DEPARTMENT Land Registry Agency of Norvala -> ${u}`,
      ),
    );
    expect(namesOf(x, 'Agency')).toEqual(['Land Registry Agency of Norvala']);
  });

  it('keeps "A and B Office" whole when semicolons separate the items', () => {
    const x = extract(
      'Port Board of Ilvara\n\nInternal structure: Marine Section; Finance and Administration Office; Pilotage Section.\n',
      'port.txt',
    );
    expect(of('HAS_DEPARTMENT', x)).toEqual(
      ['Finance and Administration Office', 'Marine Section', 'Pilotage Section'].map(
        (u) => `HAS_DEPARTMENT Port Board of Ilvara -> ${u}`,
      ),
    );
  });

  it('does not read a list of outside bodies or of prose items as units', () => {
    const x = extract(
      'Land Registry Agency of Norvala\n\nWe work closely with:\n- Titles Branch of the Courts Service\n- National Audit Office\n\nOur priorities:\n- Faster registrations\n- Better data\n',
      'land.txt',
    );
    // "X of the Y" still makes X a unit of Y (GUIDELINES Departments), not of this body.
    expect(of('HAS_DEPARTMENT', x)).toEqual(['HAS_DEPARTMENT Courts Service -> Titles Branch of the Courts Service']);
    expect(namesOf(x, 'Agency')).toContain('National Audit Office');
  });
});

describe('D. instrument lists and legal-source sentences by shape', () => {
  it('reads a list of Acts under any heading and "powers derive from" sentences; a consultation list is not a legal basis', () => {
    const x = extractFixture('shape/instruments-any-heading.md');
    const body = 'Pharmacy Council of Lorvia';
    expect(of('GOVERNED_BY', x)).toEqual(
      [
        'Controlled Substances Regulations',
        'Health Professions Act 2009',
        'Medicines Ordinance',
        'Pharmacy Practice Act 2011',
        'Poisons Regulations 2015',
      ].map((l) => `GOVERNED_BY ${body} -> ${l}`),
    );
  });

  const body = 'Rail Safety Regulator of Pentra';
  it.each([
    [
      'an inline list after "Legal foundation:"',
      `${body}\n\nLegal foundation: Railways Act 1998; Rail Safety Rules 2004; Level Crossings Order.\n`,
      ['Level Crossings Order', 'Rail Safety Rules 2004', 'Railways Act 1998'],
    ],
    [
      'a numbered list under "What governs our work"',
      `# ${body}\n\n## What governs our work\n\n1. Railways Act 1998\n2. Rail Safety Rules 2004\n`,
      ['Rail Safety Rules 2004', 'Railways Act 1998'],
    ],
    [
      '"operates under"',
      `${body}\n\nThe Regulator operates under the Transport Administration Act.\n`,
      ['Transport Administration Act'],
    ],
    [
      '"in accordance with" and "under the authority of" after "It"',
      `${body}\n\nIt acts in accordance with the Public Service Code and under the authority of the Rail Reform Statute.\n`,
      ['Public Service Code', 'Rail Reform Statute'],
    ],
    [
      '"The Agency\'s mandate is set out in"',
      `${body}\n\nThe Regulator's mandate is set out in the Railways Act 1998.\n`,
      ['Railways Act 1998'],
    ],
    [
      '"pursuant to"',
      `${body}\n\nThe ${body} carries out inspections pursuant to the Rail Safety Rules 2004.\n`,
      ['Rail Safety Rules 2004'],
    ],
  ])('%s', (_label, doc, laws) => {
    const x = extract(doc, doc.startsWith('#') ? 'rail.md' : 'rail.txt');
    expect(of('GOVERNED_BY', x)).toEqual(laws.map((l) => `GOVERNED_BY ${body} -> ${l}`));
  });
});

describe('E. SUBORDINATE_TO by the shape "X is a <kind of body> <link> the Y"', () => {
  it.each([
    [
      'The Seed Certification Authority is an independent statutory authority within the portfolio of the Ministry of Agriculture.',
      'Seed Certification Authority -> Ministry of Agriculture',
    ],
    [
      'The Fisheries Research Institute is a specialised scientific institution reporting to the Department of Primary Industries.',
      'Fisheries Research Institute -> Department of Primary Industries',
    ],
    [
      'The Consumer Credit Office is a semi-autonomous body under the purview of the Financial Services Commission.',
      'Consumer Credit Office -> Financial Services Commission',
    ],
    [
      'The Heritage Grants Agency is an executive agency accountable to the Department for Culture.',
      'Heritage Grants Agency -> Department for Culture',
    ],
    [
      'The Road Data Bureau is a small bureau within the remit of the Transport Commission.',
      'Road Data Bureau -> Transport Commission',
    ],
    [
      "The Arts Funding Office is an arm's-length body in the Ministry of Culture and Sport.",
      'Arts Funding Office -> Ministry of Culture and Sport',
    ],
  ])('%s', (doc, expected) => {
    expect(of('SUBORDINATE_TO', extract(`${doc}\n`, 'body.txt'))).toEqual([`SUBORDINATE_TO ${expected}`]);
  });

  it('never makes a body subordinate to a post ("the Minister of X")', () => {
    expect(
      of(
        'SUBORDINATE_TO',
        extract('The Coastal Parks Board is a statutory body of the Minister of Environment.\n', 'parks.txt'),
      ),
    ).toEqual([]);
  });
});

describe('B. tables by the shape of their cells', () => {
  it('reads unit | person tables (Head, Contact) as units with their heads, and person | title tables as posts in the body', () => {
    const x = extractFixture('shape/unit-head-table.md');
    const body = 'Statistics Agency of Vernia';
    expect(of('HAS_DEPARTMENT', x)).toEqual(
      ['Census Division', 'Data Science Team', 'Economic Statistics Branch', 'Survey Operations Unit'].map(
        (u) => `HAS_DEPARTMENT ${body} -> ${u}`,
      ),
    );
    expect(posts(x)).toEqual([
      'Amara Kell|Head|Census Division',
      'Jonas Pyle|Head|Economic Statistics Branch',
      `Lotte Brandt|Chief Statistician|${body}`,
      'Ngozi Eze|Contact|Survey Operations Unit',
      `Pavel Novak|Deputy Chief Statistician|${body}`,
      'Rafael Quintero|Contact|Data Science Team',
    ]);
  });

  it.each([
    [
      '| Section | Manager |\n| --- | --- |\n| Claims Section | Ines Ferreira |\n| Appeals Section | Kofi Mensah |\n',
      ['Ines Ferreira|Manager|Claims Section', 'Kofi Mensah|Manager|Appeals Section'],
    ],
    [
      '| Director | Directorate |\n| --- | --- |\n| Helga Storm | Planning Directorate |\n| Arjun Mehta | Finance Directorate |\n',
      ['Arjun Mehta|Director|Finance Directorate', 'Helga Storm|Director|Planning Directorate'],
    ],
  ])('%#: columns found by their cells', (table, expected) => {
    const x = extract(`# Benefits Agency of Kestria\n\n${table}`, 'benefits.md');
    expect(posts(x)).toEqual(expected);
    expect(namesOf(x, 'Agency')).toEqual(['Benefits Agency of Kestria']);
  });
});
