// Identity scopes: a unit is the unit of its parent, a generic agency name is the body of
// its jurisdiction (SCHEMA "Ids are local ...", GUIDELINES "Jurisdiction"). Two-document
// corpora written by hand; resolution must not depend on document order.
import { describe, expect, it } from 'vitest';
import {
  documentJurisdiction,
  isGenericName,
  lowerCaseWords,
  scopeIdentities,
} from '../../../extractors/identity-scope.ts';
import { extractDocument, resolutionKeys, resolveCorpus } from '../../../extractors/index.ts';
import type {
  DocumentExtraction,
  EntityType,
  Extraction,
  LocalRelation,
  RelationType,
} from '../../../extractors/types.ts';
import { sourceOf } from './helpers.ts';

function ministryPage(ministry: string, country: string, director: string, financeHead: string): string {
  return [
    `# ${ministry} of ${country}`,
    '',
    `The ${ministry} is a ministry of the Government of ${country}.`,
    '',
    '## Internal organisation',
    '',
    '- **General Office** – Coordinates the daily work of the Ministry.',
    '- **Finance Division** – Manages the budget of the Ministry.',
    '',
    '## Leadership',
    '',
    `${director} is the Director of the General Office. ${financeHead} is the Director of the Finance Division.`,
    '',
  ].join('\n');
}

const extractText = (id: string, text: string): DocumentExtraction => extractDocument(sourceOf(text, id));

function named(x: Extraction, type: EntityType, name: string) {
  return x.entities.filter((e) => e.type === type && e.name === name);
}

function parentsOf(x: Extraction, id: string): string[] {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => r.type === 'HAS_DEPARTMENT' && r.to === id)
    .map((r) => names.get(r.from) ?? r.from)
    .sort();
}

function holdersOf(x: Extraction, id: string): string[] {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => r.type === 'HOLDS_POSITION' && r.to === id)
    .map((r) => names.get(r.from) ?? r.from)
    .sort();
}

// A document extraction written by hand (rule-independent): entities by name, relations by name.
function handMade(
  id: string,
  entities: Array<[EntityType, string, string[]?]>,
  relations: Array<[RelationType, string, string]>,
): DocumentExtraction {
  const keyOf = (name: string): string => {
    const entity = entities.find(([, n]) => n === name);
    if (!entity) throw new Error(`no entity ${name}`);
    return `${entity[0]}:${name.toLowerCase()}`;
  };
  const rels: LocalRelation[] = relations.map(([type, from, to]) => ({
    type,
    from: keyOf(from),
    to: keyOf(to),
    properties: {},
    evidence: [{ document: id, start: 0, end: 1 }],
    extractors: ['test'],
  }));
  return {
    document: { id, path: id, sha256: id },
    entities: entities.map(([type, name, aliases]) => ({
      key: keyOf(name),
      type,
      name,
      aliases: aliases ?? [],
      mentions: [{ document: id, start: 0, end: name.length }],
      extractors: ['test'],
    })),
    relations: rels,
    diagnostics: [],
  };
}

const scoped = (x: DocumentExtraction, text = ''): DocumentExtraction => scopeIdentities(x, text);

describe('a unit is the unit of its parent', () => {
  const ruritania = ministryPage('Ministry of Agriculture', 'Ruritania', 'Anna Weber', 'Karl Brandt');
  const freedonia = ministryPage('Ministry of Trade', 'Freedonia', 'Maria Lopez', 'Pedro Alvarez');

  it("keeps two ministries' General Office and Finance Division apart, each with its own parent and director", () => {
    const docs = [extractText('ruritania.md', ruritania), extractText('freedonia.md', freedonia)];
    const x = resolveCorpus(docs);
    const offices = named(x, 'Department', 'General Office');
    expect(offices).toHaveLength(2);
    expect(named(x, 'Department', 'Finance Division')).toHaveLength(2);
    const byParent = new Map(offices.map((o) => [parentsOf(x, o.id).join(';'), holdersOf(x, o.id)]));
    expect(byParent).toEqual(
      new Map([
        ['Ministry of Agriculture of Ruritania', ['Anna Weber']],
        ['Ministry of Trade of Freedonia', ['Maria Lopez']],
      ]),
    );
    // Order-independent, ids included.
    expect(JSON.stringify(resolveCorpus([...docs].reverse()))).toBe(JSON.stringify(x));
  });

  it('merges the same unit named in two documents under the same parent', () => {
    const other = freedonia.replace('Maria Lopez', 'Maria Lopez').replace('## Leadership', '## Contacts');
    const docs = [extractText('freedonia.md', freedonia), extractText('freedonia-2.md', other)];
    const x = resolveCorpus(docs);
    const offices = named(x, 'Department', 'General Office');
    expect(offices).toHaveLength(1);
    expect(parentsOf(x, (offices[0] as { id: string }).id)).toEqual(['Ministry of Trade of Freedonia']);
    expect(new Set((offices[0] as { mentions: Array<{ document: string }> }).mentions.map((m) => m.document))).toEqual(
      new Set(['freedonia.md', 'freedonia-2.md']),
    );
  });

  // The parent is called by its full name (with its acronym) in one document and only by the
  // acronym in the other: it resolves to one body, so its unit is one unit too.
  const full = handMade(
    'a.txt',
    [
      ['Agency', 'Ministry of Finance', ['MOF']],
      ['Department', 'General Office'],
      ['Person', 'Jane Roe'],
    ],
    [
      ['HAS_DEPARTMENT', 'Ministry of Finance', 'General Office'],
      ['HOLDS_POSITION', 'Jane Roe', 'General Office'],
    ],
  );
  const acronym = handMade(
    'b.txt',
    [
      ['Agency', 'MOF'],
      ['Department', 'General Office'],
      ['Person', 'John Doe'],
    ],
    [
      ['HAS_DEPARTMENT', 'MOF', 'General Office'],
      ['HOLDS_POSITION', 'John Doe', 'General Office'],
    ],
  );
  const health = handMade(
    'c.txt',
    [
      ['Agency', 'Ministry of Health'],
      ['Department', 'General Office'],
      ['Person', 'Ann Lee'],
    ],
    [
      ['HAS_DEPARTMENT', 'Ministry of Health', 'General Office'],
      ['HOLDS_POSITION', 'Ann Lee', 'General Office'],
    ],
  );

  it.each([
    ['a b c', [full, acronym, health]],
    ['c b a', [health, acronym, full]],
    ['b c a', [acronym, health, full]],
  ])('merges a unit whose parent is named by acronym in one document and in full in another (order %s)', (_, order) => {
    const x = resolveCorpus(order.map((d) => scoped(d)));
    const offices = named(x, 'Department', 'General Office');
    expect(offices).toHaveLength(2);
    const holders = offices.map((o) => holdersOf(x, o.id)).sort((a, b) => a.length - b.length);
    expect(holders).toEqual([['Ann Lee'], ['Jane Roe', 'John Doe']]);
    expect(JSON.stringify(x)).toBe(JSON.stringify(resolveCorpus([full, acronym, health].map((d) => scoped(d)))));
  });

  it('gives same-named units of different parents different, deterministic ids', () => {
    const x = resolveCorpus([full, health].map((d) => scoped(d)));
    const ids = named(x, 'Department', 'General Office').map((o) => o.id);
    expect(new Set(ids).size).toBe(2);
    expect(resolveCorpus([health, full].map((d) => scoped(d))).entities.map((e) => e.id)).toEqual(
      x.entities.map((e) => e.id),
    );
  });

  it('keeps a unit named under no body apart from the same-named units under bodies', () => {
    const loose = handMade(
      'd.txt',
      [
        ['Department', 'General Office'],
        ['Person', 'Sam Poe'],
      ],
      [['HOLDS_POSITION', 'Sam Poe', 'General Office']],
    );
    const x = resolveCorpus([full, loose].map((d) => scoped(d)));
    const offices = named(x, 'Department', 'General Office');
    expect(offices).toHaveLength(2);
    expect(offices.filter((o) => parentsOf(x, o.id).length === 0).map((o) => holdersOf(x, o.id))).toEqual([
      ['Sam Poe'],
    ]);
  });

  it("lists a unit's parents among its resolution keys, so a re-run re-resolves them together", () => {
    const unit = scoped(full).entities.find((e) => e.type === 'Department');
    expect(unit && resolutionKeys(unit)).toEqual([
      'Department|general office|under|Agency|ministry of finance',
      'Agency|ministry of finance',
    ]);
  });
});

describe('a generic agency name is the body of its jurisdiction', () => {
  it.each([
    ['Ministry of Health', true],
    ['Cabinet Office', true],
    ['National Security Council', true],
    ['Ministry of Health of Kenya', false],
    ['Varnholt Water Bureau', false],
    ['Environment and Climate Change Canada', false],
  ])('%s generic: %s', (name, expected) => {
    const words = lowerCaseWords('public health, national security and the cabinet meet; water flows to the office.');
    expect(isGenericName(name, (w) => words.has(w))).toBe(expected);
  });

  it('lists the whole words a text writes in lower case, in any script', () => {
    expect([...lowerCaseWords('the McDonald office, x2y, água and Água; élan-vital')].sort()).toEqual(
      ['and', 'vital', 'água', 'élan', 'office', 'the'].sort(),
    );
  });

  it.each([
    ['Ministry of Health (Kenya)\n\nThe ministry is responsible for health policy.', 'kenya'],
    ['Cabinet Office\n\nThe Cabinet Office of Japan supports the cabinet in Tokyo and Osaka.', null],
    ['Ministry of Health\n\nThe ministry is responsible for public health.', null],
  ])('reads the jurisdiction of %j conservatively', (text, expected) => {
    expect(documentJurisdiction(text)).toBe(expected);
  });

  const page = (country: string, person: string): string =>
    `Ministry of Health (${country})\n\nThe Ministry of Health is responsible for public health and hospitals in ${country}. ${person} is the Minister of Health.\n`;

  it('keeps the Ministry of Health of two countries apart, and merges it within one', () => {
    const kenya = extractText('kenya.txt', page('Kenya', 'Susan Wafula'));
    const malaysia = extractText('malaysia.txt', page('Malaysia', 'Dzulkefly Ahmad'));
    const kenyaAgain = extractText('kenya-2.txt', page('Kenya', 'Susan Wafula'));
    const apart = resolveCorpus([kenya, malaysia]);
    expect(named(apart, 'Agency', 'Ministry of Health')).toHaveLength(2);
    expect(JSON.stringify(resolveCorpus([malaysia, kenya]))).toBe(JSON.stringify(apart));
    expect(named(resolveCorpus([kenya, kenyaAgain]), 'Agency', 'Ministry of Health')).toHaveLength(1);
  });

  // Incremental re-runs rely on it: a unit's parent keys are its parents' own canonical keys,
  // jurisdiction and grand-parents included, so the closure of a change reaches them.
  it('gives a unit the canonical keys of its parents, scoped as theirs are', () => {
    const text = `${page('Kenya', 'Susan Wafula')}\nInternal organisation\n\n- General Office\n- Finance Division\n`;
    const x = extractText('kenya.txt', text);
    const ministry = handMade(
      'k.txt',
      [
        ['Agency', 'Ministry of Health'],
        ['Department', 'General Office'],
        ['Department', 'Records Section'],
      ],
      [
        ['HAS_DEPARTMENT', 'Ministry of Health', 'General Office'],
        ['HAS_DEPARTMENT', 'General Office', 'Records Section'],
      ],
    );
    for (const extraction of [x, scopeIdentities(ministry, text)]) {
      const firstKeys = new Set(extraction.entities.map((e) => resolutionKeys(e)[0]));
      const units = extraction.entities.filter((e) => e.type === 'Department');
      expect(units.length).toBeGreaterThan(0);
      for (const unit of units)
        for (const parentKey of resolutionKeys(unit).slice(1)) expect(firstKeys).toContain(parentKey);
    }
    const section = scopeIdentities(ministry, text).entities.find((e) => e.name === 'Records Section');
    expect(section && resolutionKeys(section)).toEqual([
      'Department|records section|under|Department|general office|under|Agency|ministry of health|in|kenya',
      'Department|general office|under|Agency|ministry of health|in|kenya',
    ]);
  });

  it('leaves a specific name alone whatever the jurisdiction', () => {
    const text = 'Varnholt Water Bureau (Kenya)\n\nThe Varnholt Water Bureau manages water in Kenya.\n';
    const x = extractText('v.txt', text);
    const again = extractText('w.txt', text.replace('Kenya', 'Malaysia').replace('Kenya', 'Malaysia'));
    expect(named(resolveCorpus([x, again]), 'Agency', 'Varnholt Water Bureau')).toHaveLength(1);
  });
});
