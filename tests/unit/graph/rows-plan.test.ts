// Pure parts of the loader: extraction -> per-document rows, facts hashing, the plan and
// the dry-run diff.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../extractors/types.ts';
import { hashFacts } from '../../../graph/facts-hash.ts';
import { diffFacts, planIngest, predictGraphEffect } from '../../../graph/plan.ts';
import { relationKey, toCorpusFacts } from '../../../graph/rows.ts';

function extraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    extractorVersion: 'v1',
    documents: [
      { id: 'b.txt', path: 'seeds/b.txt', sha256: 'bb' },
      { id: 'a.txt', path: 'seeds/a.txt', sha256: 'aa' },
    ],
    entities: [
      {
        id: 'miit',
        type: 'Agency',
        name: 'MIIT full',
        aliases: ['MIIT', 'MIIT', 'MIIT full'],
        mentions: [
          { document: 'a.txt', start: 5, end: 9 },
          { document: 'b.txt', start: 0, end: 4 },
          { document: 'a.txt', start: 0, end: 4 },
        ],
        extractors: ['agencies'],
      },
      {
        id: 'office',
        type: 'Department',
        name: 'General Office',
        aliases: [],
        mentions: [{ document: 'a.txt', start: 20, end: 34 }],
        extractors: ['departments'],
      },
      {
        id: 'jin',
        type: 'Person',
        name: 'Jin',
        aliases: [],
        mentions: [{ document: 'b.txt', start: 40, end: 43 }],
        extractors: ['people'],
      },
    ],
    relations: [
      {
        type: 'HAS_DEPARTMENT',
        from: 'miit',
        to: 'office',
        properties: {},
        evidence: [{ document: 'a.txt', start: 0, end: 34 }],
        extractors: ['departments'],
      },
      {
        type: 'HOLDS_POSITION',
        from: 'jin',
        to: 'miit',
        properties: { title: 'Minister' },
        evidence: [
          { document: 'b.txt', start: 0, end: 50 },
          { document: 'a.txt', start: 60, end: 70 },
        ],
        extractors: ['people'],
      },
    ],
    diagnostics: [],
    ...overrides,
  };
}

describe('toCorpusFacts', () => {
  const facts = toCorpusFacts(extraction());
  const [a, b] = facts.documents;

  it('orders documents by id and gives each its own mentions, sorted', () => {
    expect(facts.documents.map((document) => document.document.id)).toEqual(['a.txt', 'b.txt']);
    expect(a?.mentions).toEqual([
      { id: 'miit', start: 0, end: 4 },
      { id: 'miit', start: 5, end: 9 },
      { id: 'office', start: 20, end: 34 },
    ]);
  });

  it('carries corpus-level entity properties, aliases deduplicated without the name', () => {
    expect(a?.entities.Agency).toEqual([
      { id: 'miit', name: 'MIIT full', aliases: ['MIIT'], extractors: ['agencies'] },
    ]);
    expect(b?.entities.Agency).toEqual(a?.entities.Agency);
  });

  it('gives each document only its own evidence, and includes relation endpoints it does not mention', () => {
    expect(a?.relations.HOLDS_POSITION).toEqual([
      { from: 'jin', to: 'miit', title: 'Minister', evidence: ['a.txt:60:70'], extractors: ['people'] },
    ]);
    expect(a?.entities.Person.map((row) => row.id)).toEqual(['jin']);
    expect(b?.relations.HAS_DEPARTMENT).toEqual([]);
    expect(facts.index.relations.get(relationKey('HOLDS_POSITION', 'jin', 'miit', 'Minister'))?.extractors).toEqual([
      'people',
    ]);
  });

  it('hashes equal facts equally, whatever the input order', () => {
    const shuffled = extraction();
    shuffled.entities.reverse();
    shuffled.relations.reverse();
    const again = toCorpusFacts(shuffled);
    expect(again.documents.map(hashFacts)).toEqual(facts.documents.map(hashFacts));
    const edited = extraction();
    edited.entities[0]!.aliases.push('Ministry');
    expect(hashFacts(toCorpusFacts(edited).documents[1]!)).not.toEqual(hashFacts(b!));
  });
});

describe('planIngest', () => {
  const facts = toCorpusFacts(extraction()).documents;
  const [a, b] = facts;
  const stored = (id: string, sha256: string, factsHash: string, path = `seeds/${id}`) => ({
    id,
    path,
    sha256,
    extractorVersion: 'v1',
    factsHash,
  });

  it.each([
    ['new', [], 'new'],
    ['unchanged', [stored('a.txt', 'aa', hashFacts(a!))], 'unchanged'],
    ['changed bytes only', [stored('a.txt', 'zz', hashFacts(a!))], 'changed'],
    ['changed facts', [stored('a.txt', 'aa', 'other')], 'changed'],
  ] as const)('%s', (_label, storedDocuments, outcome) => {
    const actions = planIngest({
      corpus: [a!],
      stored: [...storedDocuments],
      extractorVersion: 'v1',
      shouldPrune: true,
    });
    expect(actions.map((action) => action.outcome)).toEqual([outcome]);
  });

  it('rewrites facts only when they changed', () => {
    const [action] = planIngest({
      corpus: [a!],
      stored: [stored('a.txt', 'zz', hashFacts(a!))],
      extractorVersion: 'v1',
      shouldPrune: true,
    });
    expect(action).toMatchObject({ kind: 'write', isFactsChanged: false });
  });

  it('retracts documents gone from the corpus, or keeps them without pruning', () => {
    const gone = [stored('gone.txt', 'gg', 'h')];
    expect(
      planIngest({ corpus: [b!], stored: gone, extractorVersion: 'v1', shouldPrune: true }).map((action) => [
        action.id,
        action.kind,
      ]),
    ).toEqual([
      ['b.txt', 'write'],
      ['gone.txt', 'retract'],
    ]);
    expect(
      planIngest({ corpus: [b!], stored: gone, extractorVersion: 'v1', shouldPrune: false }).map(
        (action) => action.kind,
      ),
    ).toEqual(['write', 'keep']);
  });

  it('treats a new extractor version as a change', () => {
    const actions = planIngest({
      corpus: [a!],
      stored: [stored('a.txt', 'aa', hashFacts(a!))],
      extractorVersion: 'v2',
      shouldPrune: true,
    });
    expect(actions[0]?.outcome).toBe('changed');
  });
});

describe('diffFacts and predictGraphEffect', () => {
  const before = toCorpusFacts(extraction()).documents;
  const after = toCorpusFacts(
    extraction({ relations: [], entities: extraction().entities.filter((entity) => entity.id !== 'office') }),
  ).documents;

  it('lists what a rewrite adds and retracts', () => {
    const diff = diffFacts(before[0], after[0]);
    expect(diff.retract.entities).toEqual(['Department:office', 'Person:jin']);
    expect(diff.retract.relations).toHaveLength(2);
    expect(diff.add).toEqual({ entities: [], mentions: [], relations: [] });
  });

  it('predicts graph-wide creations and deletions', () => {
    const actions = planIngest({
      corpus: after,
      stored: before.map((facts) => ({
        id: facts.document.id,
        path: facts.document.path,
        sha256: 'x',
        extractorVersion: 'v1',
        factsHash: 'x',
      })),
      extractorVersion: 'v1',
      shouldPrune: true,
    });
    const effect = predictGraphEffect(actions, new Map(before.map((facts) => [facts.document.id, facts])));
    expect(effect.entitiesDeleted).toEqual(['office']);
    expect(effect.relationshipsDeleted).toEqual(
      [
        relationKey('HAS_DEPARTMENT', 'miit', 'office', ''),
        relationKey('HOLDS_POSITION', 'jin', 'miit', 'Minister'),
      ].sort(),
    );
    expect(effect.entitiesCreated).toEqual([]);
  });
});
