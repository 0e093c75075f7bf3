// Which statements a document's transaction sends, with which parameters, checked with a
// recording CypherRunner (the graph behaviour itself is tested against Neo4j).
import { describe, expect, it } from 'vitest';
import { applyDocumentAction, applyWriteBatch } from '../../../graph/document-writes.ts';
import { batchSizeFor } from '../../../graph/loader.ts';
import { hashFacts } from '../../../graph/facts-hash.ts';
import { planIngest, type WriteAction } from '../../../graph/plan.ts';
import { toCorpusFacts } from '../../../graph/rows.ts';
import { zeroCounters, type CypherRunner, type Statement } from '../../../graph/runner.ts';
import {
  LOCK_ENTITY_ROWS,
  MERGE_BATCH_RELATIONS,
  READ_ENTITY_SOURCE_ROWS,
  SET_ENTITY_ROWS,
} from '../../../graph/statements/load.ts';

function recorder(hasFacts: boolean | ((id: string) => boolean)): {
  runner: CypherRunner;
  calls: { name: string; parameters: Record<string, unknown> }[];
} {
  const calls: { name: string; parameters: Record<string, unknown> }[] = [];
  return {
    calls,
    runner: {
      run: async (statement: Statement, parameters = {}) => {
        calls.push({ name: statement.name, parameters });
        const has = (id: string) => (typeof hasFacts === 'function' ? hasFacts(id) : hasFacts);
        if (statement.name === 'lock-document')
          return { records: [{ hasFacts: has(String(parameters.document)) }], counters: zeroCounters() };
        if (statement.name === 'lock-documents') {
          const rows = parameters.rows as { id: string }[];
          return { records: rows.map((row) => ({ id: row.id, hasFacts: has(row.id) })), counters: zeroCounters() };
        }
        // An empty graph: read-entity-source-rows finds no node; a locked node has no source's row.
        if (statement.name.startsWith('lock-entity-rows-') || statement.name === 'lock-existing-entity-rows') {
          return {
            records: (parameters.ids as string[]).map((id) => ({ id, sourceRows: null })),
            counters: zeroCounters(),
          };
        }
        return { records: [], counters: zeroCounters() };
      },
    },
  };
}

const nasty = '"}) DETACH DELETE n //';
const corpus = toCorpusFacts({
  extractorVersion: 'v1',
  documents: [{ id: 'a.txt', path: 'a.txt', sha256: 's' }],
  entities: [
    {
      id: 'z',
      type: 'Agency',
      name: nasty,
      aliases: [],
      mentions: [{ document: 'a.txt', start: 0, end: 3 }],
      extractors: ['x'],
    },
    {
      id: 'd',
      type: 'Department',
      name: 'Office',
      aliases: [],
      mentions: [{ document: 'a.txt', start: 4, end: 9 }],
      extractors: ['x'],
    },
  ],
  relations: [
    {
      type: 'HAS_DEPARTMENT',
      from: 'z',
      to: 'd',
      properties: {},
      evidence: [{ document: 'a.txt', start: 0, end: 9 }],
      extractors: ['x'],
    },
  ],
  diagnostics: [],
});
const context = { extractorVersion: 'v1', index: corpus.index, source: 'hand' };

describe('applyDocumentAction', () => {
  it('writes a new document: lock, nodes, mentions, relationships, then the Document node', async () => {
    const { runner, calls } = recorder(false);
    const [action] = planIngest({ corpus: corpus.documents, stored: [], extractorVersion: 'v1', shouldPrune: true });
    await applyDocumentAction(runner, action!, context);
    expect(calls.map((call) => call.name)).toEqual([
      'lock-document',
      'read-entity-source-rows',
      'lock-entity-rows-Agency',
      'lock-entity-rows-Department',
      'set-entity-rows',
      'create-mentions',
      'merge-batch-HAS_DEPARTMENT',
      'set-document',
    ]);
    expect(calls.at(-1)?.parameters).toMatchObject({
      document: 'a.txt',
      sha256: 's',
      extractorVersion: 'v1',
      factsHash: hashFacts(corpus.documents[0]!),
    });
  });

  it('retracts the old support first when the document already has facts', async () => {
    const { runner, calls } = recorder(true);
    const [action] = planIngest({
      corpus: corpus.documents,
      stored: [{ id: 'a.txt', path: 'a.txt', sha256: 'old', extractorVersion: 'v1', factsHash: 'old' }],
      extractorVersion: 'v1',
      shouldPrune: true,
    });
    await applyDocumentAction(runner, action!, context);
    expect(calls.map((call) => call.name).slice(0, 3)).toEqual([
      'lock-document',
      'retract-relationships',
      'retract-mentions',
    ]);
    expect(calls.map((call) => call.name)).toContain('delete-orphan-entities');
  });

  it('only records the Document node when the bytes changed but the facts did not', async () => {
    const { runner, calls } = recorder(true);
    const [action] = planIngest({
      corpus: corpus.documents,
      stored: [
        {
          id: 'a.txt',
          path: 'a.txt',
          sha256: 'old',
          extractorVersion: 'v1',
          factsHash: hashFacts(corpus.documents[0]!),
        },
      ],
      extractorVersion: 'v1',
      shouldPrune: true,
    });
    await applyDocumentAction(runner, action!, context);
    expect(calls.map((call) => call.name)).toEqual(['lock-document', 'set-document']);
  });

  it('sends document text only as parameters, never in statement text', () => {
    for (const statement of [
      READ_ENTITY_SOURCE_ROWS,
      SET_ENTITY_ROWS,
      ...Object.values(LOCK_ENTITY_ROWS),
      ...Object.values(MERGE_BATCH_RELATIONS),
    ])
      expect(statement.text).not.toContain(nasty);
  });
});

const pair = toCorpusFacts({
  extractorVersion: 'v1',
  documents: [
    { id: 'b.txt', path: 'b.txt', sha256: 'sb' },
    { id: 'a.txt', path: 'a.txt', sha256: 'sa' },
  ],
  entities: [
    {
      id: 'z',
      type: 'Agency',
      name: 'Ministry',
      aliases: [],
      mentions: [
        { document: 'a.txt', start: 0, end: 3 },
        { document: 'b.txt', start: 5, end: 8 },
      ],
      extractors: ['x'],
    },
    {
      id: 'd',
      type: 'Department',
      name: 'Office',
      aliases: [],
      mentions: [
        { document: 'a.txt', start: 4, end: 9 },
        { document: 'b.txt', start: 0, end: 4 },
      ],
      extractors: ['x'],
    },
  ],
  relations: [
    {
      type: 'HAS_DEPARTMENT',
      from: 'z',
      to: 'd',
      properties: {},
      evidence: [
        { document: 'a.txt', start: 0, end: 9 },
        { document: 'b.txt', start: 0, end: 8 },
      ],
      extractors: ['x'],
    },
  ],
  diagnostics: [],
});
const pairContext = { extractorVersion: 'v1', index: pair.index, source: 'hand' };
const writesOf = (stored: { id: string; factsHash: string }[] = []) =>
  planIngest({
    corpus: pair.documents,
    stored: stored.map((row) => ({ ...row, path: row.id, sha256: 'old', extractorVersion: 'v1' })),
    extractorVersion: 'v1',
    shouldPrune: true,
  }).filter((action): action is WriteAction => action.kind === 'write');

describe('applyWriteBatch', () => {
  it('writes new documents with one statement per label and type, rows merged and sorted across the batch', async () => {
    const { runner, calls } = recorder(false);
    await applyWriteBatch(runner, writesOf().reverse(), pairContext);
    expect(calls.map((call) => call.name)).toEqual([
      'lock-documents',
      'read-entity-source-rows',
      'lock-entity-rows-Agency',
      'lock-entity-rows-Department',
      'set-entity-rows',
      'create-batch-mentions',
      'merge-batch-HAS_DEPARTMENT',
      'set-documents',
    ]);
    const call = (name: string) => calls.find((candidate) => candidate.name === name)!;
    expect(calls[0]?.parameters.rows).toEqual([
      { id: 'a.txt', path: 'a.txt' },
      { id: 'b.txt', path: 'b.txt' },
    ]);
    expect(call('read-entity-source-rows').parameters).toEqual({ ids: ['d', 'z'] });
    expect(call('lock-entity-rows-Agency').parameters).toEqual({ ids: ['z'] });
    expect(call('set-entity-rows').parameters.rows).toEqual([
      { id: 'd', sourceRows: '[["hand","Office",[],["x"]]]', name: 'Office', aliases: [], extractors: ['x'] },
      { id: 'z', sourceRows: '[["hand","Ministry",[],["x"]]]', name: 'Ministry', aliases: [], extractors: ['x'] },
    ]);
    expect(
      (call('create-batch-mentions').parameters.rows as { id: string; document: string }[]).map(
        (row) => `${row.id}@${row.document}`,
      ),
    ).toEqual(['d@a.txt', 'd@b.txt', 'z@a.txt', 'z@b.txt']);
    expect(call('merge-batch-HAS_DEPARTMENT').parameters).toEqual({
      rows: [
        {
          from: 'z',
          to: 'd',
          title: '',
          documents: ['a.txt', 'b.txt'],
          evidence: ['a.txt:0:9', 'b.txt:0:8'],
          extractors: ['x'],
        },
      ],
      prefix: 'hand ',
    });
    expect(call('set-documents').parameters).toMatchObject({
      extractorVersion: 'v1',
      rows: [
        { id: 'a.txt', factsHash: hashFacts(pair.documents[0]!) },
        { id: 'b.txt', factsHash: hashFacts(pair.documents[1]!) },
      ],
    });
  });

  it('retracts only the documents that already carry facts, and only records those whose facts are unchanged', async () => {
    const { runner, calls } = recorder((id) => id === 'a.txt');
    await applyWriteBatch(runner, writesOf([{ id: 'a.txt', factsHash: 'old' }]), pairContext);
    const names = calls.map((call) => call.name);
    expect(names.filter((name) => name === 'retract-relationships')).toHaveLength(1);
    expect(calls.find((call) => call.name === 'retract-relationships')?.parameters.document).toBe('a.txt');
    expect(calls.find((call) => call.name === 'create-batch-mentions')?.parameters.rows).toEqual([
      { id: 'd', document: 'b.txt', start: 0, end: 4 },
      { id: 'z', document: 'b.txt', start: 5, end: 8 },
    ]);

    const same = recorder(true);
    await applyWriteBatch(
      same.runner,
      writesOf(pair.documents.map((facts) => ({ id: facts.document.id, factsHash: hashFacts(facts) }))),
      pairContext,
    );
    expect(same.calls.map((call) => call.name)).toEqual(['lock-documents', 'set-documents']);
  });
});

describe('batchSizeFor', () => {
  it.each([
    [45, 2, 50, 12],
    [100, 4, 50, 13],
    [10_000, 2, 50, 50],
    [10_000, 2, 100, 100],
    [1, 4, 50, 1],
    [0, 4, 50, 1],
  ])('%i writes, concurrency %i, at most %i: %i per batch', (writes, concurrency, max, expected) => {
    expect(batchSizeFor(writes, concurrency, max)).toBe(expected);
  });
});
