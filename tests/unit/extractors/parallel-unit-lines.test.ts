// Rendered org pages: name lines that each head a list of duties, glyphs stacked before an
// item, bracketed notes set as bullets, and a page about a division of a body it never names.
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../../extractors/structure.ts';
import type { ListNode, SectionNode } from '../../../extractors/types.ts';
import { extract, namesOf, posts, sourceOf, triplesOf } from './helpers.ts';

const TASKS = (first: string, second: string, third: string): string =>
  `  • - Planning and coordinating the ${first} programme\n  • - Managing the ${second} budget\n  • - Reviewing ${third} reports each quarter\n`;

describe('name lines over lists of duties', () => {
  it.each([
    [
      'row numbers before the names',
      'tasks.txt',
      `Division Info\n\nNo Position Work\n3 Survey Team 2\n${TASKS('survey', 'field', 'survey')}2 Press Officer\n${TASKS('media', 'press', 'press')}1 Corporate Planning Division\n${TASKS('corporate', 'annual', 'planning')}`,
    ],
    [
      'plain name lines',
      'tasks.txt',
      `Division Info\n\nSurvey Team 2\n${TASKS('survey', 'field', 'survey')}\nPress Officer\n${TASKS('media', 'press', 'press')}\nCorporate Planning Division\n${TASKS('corporate', 'annual', 'planning')}`,
    ],
    [
      'markdown headings',
      'tasks.md',
      `## Division Info\n\n### Survey Team 2\n\n${TASKS('survey', 'field', 'survey').replaceAll('  • - ', '- ')}\n### Press Officer\n\n${TASKS('media', 'press', 'press').replaceAll('  • - ', '- ')}\n### Corporate Planning Division\n\n${TASKS('corporate', 'annual', 'planning').replaceAll('  • - ', '- ')}`,
    ],
  ])('%s: where one line names a unit, each line is a unit owning the duties under it', (_, id, doc) => {
    const x = extract(`The Lowmoor Survey Agency (LSA)\n\n${doc}`, id);
    expect(namesOf(x, 'Department').sort()).toEqual(['Corporate Planning Division', 'Press Officer', 'Survey Team 2']);
    const duties = triplesOf(x, 'HAS_RESPONSIBILITY');
    expect(duties).toContain('HAS_RESPONSIBILITY Survey Team 2 -> Managing the field budget');
    expect(duties).toContain('HAS_RESPONSIBILITY Press Officer -> Managing the press budget');
    expect(duties).toContain('HAS_RESPONSIBILITY Corporate Planning Division -> Managing the annual budget');
    expect(duties).toHaveLength(9);
  });

  it('reads no units where no line names one', () => {
    const doc = `Tasks\n\n3 Surveys\n${TASKS('survey', 'field', 'survey')}2 Press\n${TASKS('media', 'press', 'press')}`;
    const x = extract(`The Lowmoor Survey Agency (LSA)\n\n${doc}`, 'tasks.txt');
    expect(namesOf(x, 'Department')).toEqual([]);
  });

  it('keeps the order of a numbered name line and the bullets on either side of it', () => {
    const doc = `Tasks\n\n3 Survey Team\n${TASKS('survey', 'field', 'survey')}2 Press Office\n${TASKS('media', 'press', 'press')}`;
    const model = structureDocument(sourceOf(doc, 'tasks.txt'));
    const section = model.root.children.find((c): c is SectionNode => c.kind === 'section') as SectionNode;
    const shape = section.children.map((c) =>
      c.kind === 'list' ? `list ${(c as ListNode).items.length}` : model.text.slice(c.range.start, c.range.end),
    );
    expect(shape).toEqual(['3 Survey Team', 'list 3', '2 Press Office', 'list 3']);
  });
});

describe('bullets as converters leave them', () => {
  it.each([
    ['• -', '  • - '],
    ['- •', '- • '],
    ['* –', '* – '],
  ])('a glyph before the writer\'s own dash ("%s") is one marker', (_, marker) => {
    const doc = `Lowmoor Survey Agency\n\nFunctions of the Agency:\n${marker}Survey the moor every year\n${marker}Publish the survey maps\n`;
    expect(triplesOf(extract(doc, 'duties.txt'), 'HAS_RESPONSIBILITY')).toEqual([
      'HAS_RESPONSIBILITY Lowmoor Survey Agency -> Publish the survey maps',
      'HAS_RESPONSIBILITY Lowmoor Survey Agency -> Survey the moor every year',
    ]);
  });

  it.each([
    ['plain text', 'duties.txt'],
    ['markdown', 'duties.md'],
  ])('a bracketed note set as a bullet qualifies the item before it, no duty of its own (%s)', (_, id) => {
    const doc = `Lowmoor Survey Agency\n\nFunctions of the Agency:\n\n- Survey the moor every year\n- (limited to the open moor)\n- Publish the survey maps\n`;
    const duties = triplesOf(extract(doc, id), 'HAS_RESPONSIBILITY');
    expect(duties).toHaveLength(2);
    expect(duties.some((d) => d.endsWith('-> (limited to the open moor)'))).toBe(false);
  });
});

describe('a page about a division', () => {
  it.each([
    ['titled by the division', 'Organization and Functions: Records Management Division\n\n'],
    ['titled by its initials', 'About the RMD\n\n'],
  ])('%s: the division is a unit of the body the page never names', (_, title) => {
    const doc = `${title}The Records Management Division (RMD) was created in 1979.\n\nThe major functions of RMD are to:\n\n  • Keep the Department's records.\n  • Review the Department's filing rules.\n`;
    const x = extract(doc, 'rmd.txt');
    expect(namesOf(x, 'Department')).toEqual(['Records Management Division']);
    expect(namesOf(x, 'Agency')).toEqual([]);
  });

  it('a directorate a page is about stays a body of its own', () => {
    const doc =
      'Directorate of Fisheries\n\nThe Directorate of Fisheries was established in 1900.\n\nThe Directorate shall:\n(a) license fishing boats;\n(b) keep the catch records.\n';
    expect(namesOf(extract(doc, 'dof.txt'), 'Agency')).toEqual(['Directorate of Fisheries']);
  });

  it.each([
    ['Oklahoma Department of Labor Divisions', 'Oklahoma Department of Labor'],
    ['Ministry of Transport Departments', 'Ministry of Transport'],
    ['Department of Social Services', 'Department of Social Services'],
  ])('a title "%s" names the body %s', (title, body) => {
    const doc = `${title}\n\nThe ${body.replace(/^Oklahoma /, '')} is in the capital.\n`;
    expect(namesOf(extract(doc, 'page.txt'), 'Agency')).toContain(body);
  });
});

describe('the owner of duties on a page that names no body in full', () => {
  it.each([
    ['before', (list: string) => `Tasks\n\n${list}`],
    ['under a neutral heading', (list: string) => `Work\n\nOverview\n${list}`],
  ])('initials used as a body (%s) own the duties, not a body named inside one', (_, page) => {
    const list =
      "  • Promoting the LSA's key policies\n  • Managing the LSA's website\n  • Directing cooperation with the National Assembly\n";
    const owners = triplesOf(extract(page(list), 'tasks.txt'), 'HAS_RESPONSIBILITY').map((t) =>
      t.replace(/^HAS_RESPONSIBILITY (.*) -> .*$/, '$1'),
    );
    expect(new Set(owners)).toEqual(new Set(['LSA']));
  });
});

describe('units named by their kind and a colon', () => {
  const LIST =
    'Structure of the Office of the Harbour Master\n\n  1. Director-General\n  2. Branch: Pilotage and Moorings\n  3. Chief Directorate: Internal Audit\n  4. Directorate : Harbour Safety\n';
  it.each([
    ['plain text', 'structure.txt', LIST],
    ['markdown', 'structure.md', LIST.replace(/^ {2}/gm, '')],
  ])('the name after the kind is the unit (%s)', (_, id, doc) => {
    const x = extract(doc, id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Office of the Harbour Master -> Harbour Safety',
      'HAS_DEPARTMENT Office of the Harbour Master -> Internal Audit',
      'HAS_DEPARTMENT Office of the Harbour Master -> Pilotage and Moorings',
    ]);
    expect(namesOf(x, 'Law')).toEqual([]);
  });

  it.each([
    ['a heading per unit', (n: string) => `${n}\n\nFunctions\n`],
    ['a heading, a purpose and its functions', (n: string) => `${n}\n\nPurpose\n\nTo run the unit\n\nFunctions\n`],
  ])('numbered sections (%s) give each unit its own duties', (_, section) => {
    const doc = `Structure of the Office of the Harbour Master\n\n  1. Branch: Pilotage and Moorings\n  2. Branch: Harbour Safety\n\n${section('1. Branch: Pilotage and Moorings')}  • Assign pilots to ships\n  • Keep the mooring register\n\n${section('2. Branch: Harbour Safety')}  • Inspect the quays\n  • Keep the safety register\n\n${section('2.1 Directorate: Quay Inspection')}  • Plan the quay inspections\n  • Report on the quays\n`;
    const duties = triplesOf(extract(doc, 'structure.txt'), 'HAS_RESPONSIBILITY');
    expect(duties).toContain('HAS_RESPONSIBILITY Pilotage and Moorings -> Assign pilots to ships');
    expect(duties).toContain('HAS_RESPONSIBILITY Harbour Safety -> Inspect the quays');
    expect(duties.filter((d) => d.startsWith('HAS_RESPONSIBILITY Office of the Harbour Master'))).toEqual([]);
  });
});

describe('sections each about one unit', () => {
  const PAGE = (h: string): string =>
    `${h} Harbour Services offices\n\nThere are four offices within HSO.\n\n${h}# Pilot Corps\n\nThe Harbour Pilot Corps guides ships into the harbour and trains new pilots.\n\n${h}# 7B\n\n7B builds the berth booking service for the port users.\n\n${h}# Office of Moorings\n\nThe Office of Moorings keeps HSO moorings in repair. It oversees several support teams that help it:\n\n- **Divers:** Inspect the mooring chains every month\n- **Stores:** Manages the spare chains and buoys\n\n${h}# Office of Berths\n\nThe Office of Berths allocates the berths.\n`;
  it.each([
    ['markdown', 'offices.md', PAGE('##')],
    ['plain text', 'offices.txt', PAGE('').replace(/^# /gm, '').replace(/\*\*/g, '')],
  ])('where one heading names a unit, a heading whose paragraph opens with its name is one too (%s)', (_, id, doc) => {
    const x = extract(doc, id);
    const units = namesOf(x, 'Department');
    expect(units).toEqual(expect.arrayContaining(['7B', 'Office of Berths', 'Office of Moorings', 'Pilot Corps']));
    const duties = triplesOf(x, 'HAS_RESPONSIBILITY');
    expect(duties).toContain('HAS_RESPONSIBILITY 7B -> 7B builds the berth booking service for the port users.');
    expect(duties).toContain(
      'HAS_RESPONSIBILITY Pilot Corps -> The Harbour Pilot Corps guides ships into the harbour and trains new pilots.',
    );
  });

  it('a one-word name with its remit is a unit in a list a sentence calls teams', () => {
    const x = extract(PAGE('##'), 'offices.md');
    expect(namesOf(x, 'Department')).toEqual(expect.arrayContaining(['Divers', 'Stores']));
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toContain(
      'HAS_RESPONSIBILITY Divers -> Inspect the mooring chains every month',
    );
  });

  it('headings over paragraphs that do not open with their names are no units', () => {
    const doc =
      '## Harbour Services\n\n### Our mission\n\nWe keep the harbour safe.\n\n### Office of Moorings\n\nThe Office of Moorings keeps the moorings in repair.\n\n### History\n\nThe harbour opened in 1850.\n';
    expect(namesOf(extract(doc, 'page.md'), 'Department')).not.toEqual(expect.arrayContaining(['Our mission']));
    expect(namesOf(extract(doc, 'page.md'), 'Department')).not.toContain('History');
  });
});

describe('a person described between the name and the verb', () => {
  it.each([
    [
      'Dr. Jane Roe, a national of Lowmoor, was elected Director of the Lowmoor Survey Agency by the Board.',
      'Jane Roe|Director|Lowmoor Survey Agency',
    ],
    [
      'Ms. Ann Vale, a Lowmoor citizen, was appointed Deputy Director of the Lowmoor Survey Agency (LSA) in 2020.',
      'Ann Vale|Deputy Director|Lowmoor Survey Agency',
    ],
    [
      'Ann Vale, a native of Eastport, was named Chief Executive of the Lowmoor Survey Agency.',
      'Ann Vale|Chief Executive|Lowmoor Survey Agency',
    ],
  ])('"%s" gives the post, not the verb, as the title', (sentence, post) => {
    expect(posts(extract(`News\n\n${sentence}\n`, 'news.txt'))).toContain(post);
  });
});

describe('letters after a name', () => {
  it.each([
    ['Jane Roe CBE has been appointed as the new Permanent Secretary at the Lowmoor Survey Agency.'],
    ['Jane Roe OBE was appointed Permanent Secretary of the Lowmoor Survey Agency.'],
  ])('"%s": the person is named without them', (sentence) => {
    const x = extract(`News\n\n${sentence} Jane Roe said she was delighted.\n`, 'news.txt');
    expect(namesOf(x, 'Person')).toEqual(['Jane Roe']);
    expect(posts(x)).toEqual(['Jane Roe|Permanent Secretary|Lowmoor Survey Agency']);
  });
});

describe('a rendered list of units, each with its head under it', () => {
  const PAGE =
    '• Secretariat of the Harbour Master\n\n    The Secretariat is headed by Director Jane Roe.\n\n  • Moorings Control Unit\n\n    Control Director Tom Hale\n\n  • Department for Pilotage and Berths\n\n    The Department for Pilotage and Berths is responsible for pilot licences and berth allocation within the Harbour Ministry.\n\n    Director General Ann Vale\n';
  it('the first item, set at the margin, is a sibling of the others, not their parent', () => {
    const x = extract(PAGE, 'units.txt');
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Department for Pilotage and Berths',
      'Moorings Control Unit',
      'Secretariat of the Harbour Master',
    ]);
  });

  it('the ministry the page places the work within holds the units', () => {
    expect(triplesOf(extract(PAGE, 'units.txt'), 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Harbour Ministry -> Department for Pilotage and Berths',
      'HAS_DEPARTMENT Harbour Ministry -> Moorings Control Unit',
      'HAS_DEPARTMENT Harbour Ministry -> Secretariat of the Harbour Master',
    ]);
  });
});

describe('units listed under the name of their body', () => {
  it.each([
    ['plain text', 'annex.txt', (b: string) => `${b}:\n\n  1. `],
    ['markdown', 'annex.md', (b: string) => `${b}:\n\n1. `],
  ])('one item a converter glued stands among them (%s)', (_, id, label) => {
    const items = (b: string, units: string[]): string =>
      `${label(b)}${units.map((u, k) => (k === 0 ? u : `${id.endsWith('.md') ? '' : '  '}${k + 1}. ${u}`)).join('\n')}\n\n`;
    const doc = `Annex to the Harbours Law\n\n${items('Ministry of Harbours', ['General Directorate of Pilotage.', 'Department of Berths.', 'Department ofMoorings ofShips.'])}${items('Ministry of Lakes', ['Department of Fisheries.', 'Department of Shores.'])}`;
    expect(triplesOf(extract(doc, id), 'HAS_DEPARTMENT')).toEqual(
      expect.arrayContaining([
        'HAS_DEPARTMENT Ministry of Harbours -> General Directorate of Pilotage',
        'HAS_DEPARTMENT Ministry of Lakes -> Department of Fisheries',
      ]),
    );
  });
});
