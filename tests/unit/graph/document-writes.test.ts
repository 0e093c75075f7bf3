// Which statements a document's transaction sends, with which parameters, checked with a
// recording CypherRunner (the graph behaviour itself is tested against Neo4j).
import { describe, expect, it } from 'vitest';
import { applyDocumentAction } from '../../../graph/document-writes.ts';
import { hashFacts } from '../../../graph/facts-hash.ts';
import { planIngest } from '../../../graph/plan.ts';
import { toCorpusFacts } from '../../../graph/rows.ts';
import { zeroCounters, type CypherRunner, type Statement } from '../../../graph/runner.ts';
import { MERGE_ENTITIES, MERGE_RELATIONS } from '../../../graph/statements.ts';

function recorder(hasFacts: boolean): { runner: CypherRunner; calls: { name: string; parameters: Record<string, unknown> }[] } {
  const calls: { name: string; parameters: Record<string, unknown> }[] = [];
  return {
    calls,
    runner: {
      run: async (statement: Statement, parameters = {}) => {
        calls.push({ name: statement.name, parameters });
        return { records: statement.name === 'lock-document' ? [{ hasFacts }] : [], counters: zeroCounters() };
      },
    },
  };
}

const nasty = '"}) DETACH DELETE n //';
const corpus = toCorpusFacts({
  extractorVersion: 'v1',
  documents: [{ id: 'a.txt', path: 'a.txt', sha256: 's' }],
  entities: [
    { id: 'z', type: 'Agency', name: nasty, aliases: [], mentions: [{ document: 'a.txt', start: 0, end: 3 }], extractors: ['x'] },
    { id: 'd', type: 'Department', name: 'Office', aliases: [], mentions: [{ document: 'a.txt', start: 4, end: 9 }], extractors: ['x'] },
  ],
  relations: [{ type: 'HAS_DEPARTMENT', from: 'z', to: 'd', properties: {}, evidence: [{ document: 'a.txt', start: 0, end: 9 }], extractors: ['x'] }],
  diagnostics: [],
});
const context = { extractorVersion: 'v1', index: corpus.index };

describe('applyDocumentAction', () => {
  it('writes a new document: lock, nodes, mentions, relationships, then the Document node', async () => {
    const { runner, calls } = recorder(false);
    const [action] = planIngest({ corpus: corpus.documents, stored: [], extractorVersion: 'v1', shouldPrune: true });
    await applyDocumentAction(runner, action!, context);
    expect(calls.map((call) => call.name)).toEqual(['lock-document', 'merge-Agency', 'merge-Department', 'create-mentions', 'merge-HAS_DEPARTMENT', 'set-document']);
    expect(calls.at(-1)?.parameters).toMatchObject({ document: 'a.txt', sha256: 's', extractorVersion: 'v1', factsHash: hashFacts(corpus.documents[0]!) });
  });

  it('retracts the old support first when the document already has facts', async () => {
    const { runner, calls } = recorder(true);
    const [action] = planIngest({ corpus: corpus.documents, stored: [{ id: 'a.txt', path: 'a.txt', sha256: 'old', extractorVersion: 'v1', factsHash: 'old' }], extractorVersion: 'v1', shouldPrune: true });
    await applyDocumentAction(runner, action!, context);
    expect(calls.map((call) => call.name).slice(0, 3)).toEqual(['lock-document', 'retract-relationships', 'retract-mentions']);
    expect(calls.map((call) => call.name)).toContain('delete-orphan-entities');
  });

  it('only records the Document node when the bytes changed but the facts did not', async () => {
    const { runner, calls } = recorder(true);
    const [action] = planIngest({ corpus: corpus.documents, stored: [{ id: 'a.txt', path: 'a.txt', sha256: 'old', extractorVersion: 'v1', factsHash: hashFacts(corpus.documents[0]!) }], extractorVersion: 'v1', shouldPrune: true });
    await applyDocumentAction(runner, action!, context);
    expect(calls.map((call) => call.name)).toEqual(['lock-document', 'set-document']);
  });

  it('sends document text only as parameters, never in statement text', () => {
    for (const statement of [...Object.values(MERGE_ENTITIES), ...Object.values(MERGE_RELATIONS)]) expect(statement.text).not.toContain(nasty);
  });
});
