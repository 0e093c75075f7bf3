// The corpus state on disk and the file stamps that let a re-run skip reading untouched files.
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolutionKeys } from '../../../extractors/resolution.ts';
import type { DocumentExtraction } from '../../../extractors/types.ts';
import {
  corpusPathsKey,
  cutDown,
  cutDownFromState,
  entitiesWithKey,
  fromStoredResolution,
  hashKey,
  readCorpusState,
  stageCorpusState,
  sharedOf,
  stateDocumentsOf,
  StringLists,
  toStoredResolution,
  writeCorpusState,
  type CorpusState,
} from '../../../pipeline/corpus-state.ts';
import { stampFile } from '../../../pipeline/file-stamp.ts';

const document = (id: string, names: string[]): DocumentExtraction => ({
  document: { id, path: `corpus/${id}`, sha256: `sha-${id}` },
  entities: names.map((name, i) => ({
    key: `Agency:${name.toLowerCase()}`,
    type: 'Agency',
    name,
    aliases: i === 0 ? [`${id} acronym`] : [],
    mentions: [{ document: id, start: i * 10, end: i * 10 + 5 }],
    extractors: ['test:one'],
  })),
  relations:
    names.length > 1
      ? [
          {
            type: 'SUBORDINATE_TO',
            from: `Agency:${names[0]!.toLowerCase()}`,
            to: `Agency:${names[1]!.toLowerCase()}`,
            properties: {},
            evidence: [{ document: id, start: 3, end: 9 }],
            extractors: ['test:rel'],
          },
        ]
      : [],
  diagnostics: [],
});

describe('corpus state', () => {
  const a = document('a.txt', ['Alpha Office', 'Shared Ministry']);
  const b = document('b.txt', ['Beta Office', 'Shared Ministry']);
  const { lists, documents } = stateDocumentsOf([a, b], new Map([['a.txt', 'stamp-a']]), resolutionKeys);
  const state: CorpusState = {
    extractorVersion: 'v1',
    corpus: corpusPathsKey(['corpus']),
    lists,
    documents: new Map(documents.map((doc) => [doc.id, { ...doc, factsHash: `facts-${doc.id}` }])),
  };

  it('keeps, of each document, only the entities another document shares a key with', () => {
    const kept = state.documents.get('a.txt')!;
    expect(sharedOf(kept).entities.map((entity) => entity[3])).toEqual(['Shared Ministry']);
    expect(kept.stamp).toBe('stamp-a');
    expect(state.documents.get('b.txt')!.stamp).toBe('');
    // From the state: the shared entity, with an empty span marking the document as mentioning it.
    const isKept = entitiesWithKey(kept.keyGroups, (hash) => hash === hashKey('Agency|shared ministry'));
    expect(isKept).toEqual([false, true]);
    expect(cutDownFromState(kept, lists, isKept)?.entities).toEqual([
      { ...a.entities[1], mentions: [{ document: 'a.txt', start: 0, end: 0 }] },
    ]);
    // An entity the state does not hold has to come from the cache.
    expect(cutDownFromState(kept, lists, [true, false])).toBeUndefined();
    expect(cutDown(a, [true, true]).relations).toEqual(a.relations);
    expect(cutDown(a, [true, false]).relations).toEqual([]);
  });

  it("round-trips a document's state through its Document node's text, refused for other bytes or another extractor version", () => {
    const kept = state.documents.get('a.txt')!;
    const text = toStoredResolution(kept, lists, 'v1');
    expect(text).not.toMatch(/\\"/); // cell-safe: kg export --format csv writes it into one cell
    const record = { id: kept.id, path: kept.path, sha256: kept.sha256, stamp: '', factsHash: kept.factsHash };
    const fresh = new StringLists();
    const read = fromStoredResolution(text, record, 'v1', fresh)!;
    expect(read.keyGroups).toEqual(kept.keyGroups);
    // The same entities and relations, their extractor lists interned into the reader's lists.
    const expand = (document: typeof kept, within: StringLists) => {
      const { entities, relations } = sharedOf(document);
      return {
        entities: entities.map((entity) => [...entity.slice(0, 5), within.get(entity[5])]),
        relations: relations.map((relation) => [...relation.slice(0, 4), within.get(relation[4]), relation[5]]),
      };
    };
    expect(expand(read, fresh)).toEqual(expand(kept, lists));
    expect(cutDownFromState(read, fresh, [false, true])).toEqual(cutDownFromState(kept, lists, [false, true]));
    expect(fromStoredResolution(text, { ...record, sha256: 'other bytes' }, 'v1', fresh)).toBeUndefined();
    expect(fromStoredResolution(text, record, 'v2', fresh)).toBeUndefined();
    expect(fromStoredResolution(null, record, 'v1', fresh)).toBeUndefined();
    expect(fromStoredResolution('{"truncated', record, 'v1', fresh)).toBeUndefined();
  });

  it('round-trips through its file, and is not read for other paths or another extractor version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-state-'));
    writeCorpusState(dir, state);
    const read = await readCorpusState(dir, corpusPathsKey(['corpus']), 'v1');
    expect(read?.documents).toEqual(state.documents);
    expect(read?.lists.lists).toEqual(lists.lists);
    expect(await readCorpusState(dir, corpusPathsKey(['elsewhere']), 'v1')).toBeUndefined();
    expect(await readCorpusState(dir, corpusPathsKey(['corpus']), 'v2')).toBeUndefined();
    writeFileSync(join(dir, 'corpus-state.v8'), '{"format": 5, "documents": [tru');
    expect(await readCorpusState(dir, corpusPathsKey(['corpus']), 'v1')).toBeUndefined();
  });

  it('puts a staged state in place only when published, and leaves nothing behind when discarded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-state-'));
    const key = corpusPathsKey(['corpus']);
    const staged = stageCorpusState(dir, state);
    expect(await readCorpusState(dir, key, 'v1')).toBeUndefined();
    staged.publish();
    expect((await readCorpusState(dir, key, 'v1'))?.documents).toEqual(state.documents);
    const other = { ...state, documents: new Map([...state.documents].slice(1)) };
    stageCorpusState(dir, other).discard();
    expect(readdirSync(dir)).toEqual(['corpus-state.v8']);
    expect((await readCorpusState(dir, key, 'v1'))?.documents).toEqual(state.documents);
  });

  it('ignores a state of the JSON format before, and removes it with its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-state-'));
    const documents = [...state.documents.values()].map((d) => [
      d.id,
      d.path,
      d.sha256,
      d.stamp,
      d.factsHash,
      d.keyGroups,
      d.sharedJson,
    ]);
    const old = {
      format: 7,
      extractorVersion: 'v1',
      corpus: corpusPathsKey(['corpus']),
      lists: lists.lists,
      documents,
    };
    writeFileSync(join(dir, 'corpus-state.json'), JSON.stringify(old));
    expect(await readCorpusState(dir, corpusPathsKey(['corpus']), 'v1')).toBeUndefined();
    writeCorpusState(dir, state);
    expect(existsSync(join(dir, 'corpus-state.json'))).toBe(false);
    expect((await readCorpusState(dir, corpusPathsKey(['corpus']), 'v1'))?.documents).toEqual(state.documents);
  });

  it('stamps a file only once it is old enough to trust, and the stamp moves with every write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-stamp-'));
    const file = join(dir, 'a.txt');
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1100));
    writeFileSync(file, 'one');
    expect(stampFile(file)).toBe('');
    await settle();
    const first = stampFile(file);
    expect(first).not.toBe('');
    expect(stampFile(file)).toBe(first);
    // Same size, times set back: the ctime still moves.
    const old = new Date(Date.now() - 60_000);
    writeFileSync(file, 'two');
    utimesSync(file, old, old);
    await settle();
    expect(stampFile(file)).not.toBe(first);
    expect(stampFile(join(dir, 'missing.txt'))).toBe('');
  });
});
