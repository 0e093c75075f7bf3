// Incremental resolution against the definition it must match: after any change, every
// document's facts (written now, or left as they were) equal what resolving the whole new
// corpus gives, the documents it rewrites beyond the changed ones are exactly those whose
// facts differ, and the loader's lookups agree with the whole corpus's. Runs a chain of
// changes, each starting from the state the previous one left.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editDocument, generateCorpus } from '../../../bench/generate-corpus.ts';
import { decodeDocument, extractDocument, resolutionKeys, resolveCorpus } from '../../../extractors/index.ts';
import type { DocumentExtraction, LocalEntity } from '../../../extractors/types.ts';
import { hashFacts } from '../../../graph/facts-hash.ts';
import { toCorpusFacts, type CorpusFacts, type DocumentFacts } from '../../../graph/rows.ts';
import {
  advanceCorpusState,
  keyGroupsOf,
  narrowShared,
  sharedAmong,
  sharedOf,
  stateDocumentsOf,
  type CorpusState,
  type StateDocument,
  type StringLists,
} from '../../../pipeline/corpus-state.ts';
import {
  resharedDocuments,
  resolveIncrementally,
  type IncrementalResolution,
} from '../../../pipeline/incremental-resolution.ts';

function extract(id: string, text: string): DocumentExtraction {
  const decoded = decodeDocument({ id, path: `corpus/${id}`, bytes: Buffer.from(text) });
  if (!decoded.ok) throw new Error(decoded.diagnostic.message);
  return extractDocument(decoded.document);
}

/** The whole-corpus answer: facts by document id and the corpus index. */
function resolveAll(extractions: DocumentExtraction[]): { facts: Map<string, DocumentFacts>; corpus: CorpusFacts } {
  const corpus = toCorpusFacts(resolveCorpus(extractions));
  return { facts: new Map(corpus.documents.map((facts) => [facts.document.id, facts])), corpus };
}

/** The state a full ingest of `extractions` saves. */
function fullState(extractions: DocumentExtraction[]): CorpusState {
  const { facts } = resolveAll(extractions);
  const { lists, documents } = stateDocumentsOf(extractions, new Map(), resolutionKeys);
  return {
    extractorVersion: 'v',
    corpus: 'c',
    lists,
    documents: new Map(
      documents.map((document) => [document.id, { ...document, factsHash: hashFacts(facts.get(document.id)!) }]),
    ),
  };
}

type Corpus = Map<string, DocumentExtraction>;

/** A state document's shared entities and relations with their extractor lists spelled out (comparable across StringLists). */
function spelledOut(document: StateDocument, lists: StringLists): unknown {
  const { entities, relations } = sharedOf(document);
  return [
    document.keyGroups,
    entities.map((entity) => [...entity.slice(0, 5), lists.get(entity[5])]),
    relations.map((relation) => [...relation.slice(0, 4), lists.get(relation[4]), relation[5]]),
  ];
}

/** What a clean ingest of a corpus keeps on each Document node (resolutionState, spelled out). */
function cleanNodeStates(extractions: DocumentExtraction[]): Map<string, unknown> {
  const { lists, documents } = stateDocumentsOf(extractions, new Map(), resolutionKeys);
  return new Map(documents.map((document) => [document.id, spelledOut(document, lists)]));
}

/**
 * Where full extractions come from: 'cache' has every document as last ingested; 'none'
 * (a run without the cache, whose state came from the graph) has only the unchanged
 * documents a previous attempt asked for (as the pipeline extracts them again and retries).
 */
type Extractions = 'cache' | 'none';

/**
 * Applies `next` incrementally over `state` (whose documents are `current`), checks it
 * against a full resolution, returns the next state and the documents extracted again.
 */
function applyAndCheck(
  state: CorpusState,
  current: Corpus,
  next: Corpus,
  extractions: Extractions = 'cache',
): { state: CorpusState; resolution: Extract<IncrementalResolution, { ok: true }>; extractedAgain: string[] } {
  const changed = [...next.values()].filter(
    (extraction) => JSON.stringify(current.get(extraction.document.id)) !== JSON.stringify(extraction),
  );
  const removed = [...current.keys()].filter((id) => !next.has(id));
  const changedOrRemoved = new Set([...changed.map((extraction) => extraction.document.id), ...removed]);
  const extractedAgain: string[] = [];
  let resolution: IncrementalResolution;
  for (;;) {
    resolution = resolveIncrementally({
      previous: state.documents,
      lists: state.lists,
      changed,
      removed,
      loadExtraction: (document) =>
        extractions === 'cache' || extractedAgain.includes(document.id) ? current.get(document.id) : undefined,
      resolveCorpus: (documents) => resolveCorpus(documents),
      resolutionKeys,
    });
    if (resolution.ok || !resolution.missing) break;
    // Only unchanged files can be extracted again, and each is asked for once.
    for (const id of resolution.missing) {
      expect(changedOrRemoved.has(id), id).toBe(false);
      expect(extractedAgain, id).not.toContain(id);
    }
    extractedAgain.push(...resolution.missing);
  }
  if (!resolution.ok) throw new Error(resolution.reason);
  const before = resolveAll([...current.values()]);
  const after = resolveAll([...next.values()]);
  const written = new Map(resolution.documents.map((facts) => [facts.document.id, facts]));

  // Every document's facts in the graph equal the whole corpus's answer.
  for (const [id, expected] of after.facts) {
    const actual = written.get(id);
    if (actual) expect(actual, id).toEqual(expected);
    else expect(state.documents.get(id)!.factsHash, id).toBe(hashFacts(expected));
  }
  expect([...written.keys()].filter((id) => !next.has(id))).toEqual([]);
  // Rewritten beyond the changed ones: exactly the unchanged documents whose facts differ.
  const changedIds = new Set([...changed.map((extraction) => extraction.document.id), ...removed]);
  const differing = [...after.facts.keys()]
    .filter((id) => !changedIds.has(id) && hashFacts(after.facts.get(id)!) !== hashFacts(before.facts.get(id)!))
    .sort();
  expect(resolution.rippled).toEqual(differing);
  // The loader refreshes what rewritten or retracted documents touched (before or after) from the index.
  for (const id of [...changedIds, ...resolution.rippled]) {
    for (const facts of [before.facts.get(id), after.facts.get(id)]) {
      for (const rows of Object.values(facts?.entities ?? {})) {
        for (const row of rows) {
          const expected = after.corpus.index.entities.get(row.id);
          if (expected) expect(resolution.index.entities.get(row.id), `${id}: entity ${row.id}`).toEqual(expected);
        }
      }
    }
  }

  const nextState = advanceCorpusState(state, {
    removed,
    restamped: new Map(),
    changed: changed.map((extraction) => ({
      extraction,
      stamp: '',
      keyGroups: resolution.keyGroups.get(extraction.document.id)!,
    })),
    reread: [...resolution.loaded.values()],
    isShared: resolution.isShared,
    factsHashes: new Map(resolution.documents.map((facts) => [facts.document.id, hashFacts(facts)])),
  });
  // The Document nodes' states, updated as the pipeline does (the written documents', and
  // those of documents whose sharing flips), equal a clean ingest's.
  const rewritten = new Set([...changed.map((extraction) => extraction.document.id), ...resolution.rippled]);
  const reshared = resharedDocuments(state.documents, resolution.keyGroups, removed).filter((id) => !rewritten.has(id));
  const nodeStates = cleanNodeStates([...current.values()]);
  for (const id of removed) nodeStates.delete(id);
  const updated = [...rewritten, ...reshared].map((id) => nextState.documents.get(id)!);
  const sharedNow = sharedAmong(
    [...nextState.documents.values()].map((document) => document.keyGroups),
    updated.map((document) => document.keyGroups),
  );
  for (const document of updated)
    nodeStates.set(
      document.id,
      spelledOut(
        narrowShared(document, (hash) => sharedNow.has(hash)),
        nextState.lists,
      ),
    );
  expect(nodeStates).toEqual(cleanNodeStates([...next.values()]));
  // The state left behind knows every document's facts as the whole corpus does.
  expect(new Map([...nextState.documents].map(([id, document]) => [id, document.factsHash]))).toEqual(
    new Map([...after.facts].map(([id, facts]) => [id, hashFacts(facts)])),
  );
  return { state: nextState, resolution, extractedAgain };
}

describe('resolveIncrementally', () => {
  let generated: ReturnType<typeof generateCorpus>;
  let corpus: Corpus;

  beforeAll(() => {
    // Generated bodies share parent bodies, laws and generic unit names (hubs), plus the seeds.
    generated = generateCorpus({ documents: 40, seed: 7, averageBytes: 2000 });
    corpus = new Map(generated.map((doc) => [doc.path, extract(doc.path, doc.text)]));
    for (const name of readdirSync('seeds')) corpus.set(name, extract(name, readFileSync(join('seeds', name), 'utf8')));
  }, 120_000);

  it.each<Extractions>(['cache', 'none'])(
    'gives every document the facts a whole-corpus resolution gives, through a chain of edits, additions and removals (extractions: %s)',
    (extractions) => {
      let state = fullState([...corpus.values()]);
      let current = corpus;
      const steps: Array<(previous: Corpus) => Corpus> = [
        // A unit removed and a duty added (the benchmark's edit).
        (previous) =>
          new Map([
            ...previous,
            [generated[3]!.path, extract(generated[3]!.path, editDocument(generated[3]!, 1).text)],
          ]),
        // A document removed, another added (a copy of a seed under a new name: every entity shared).
        (previous) => {
          const next = new Map(previous);
          next.delete(generated[5]!.path);
          const seed = readdirSync('seeds')[0]!;
          next.set(`copy-${seed}`, extract(`copy-${seed}`, readFileSync(join('seeds', seed), 'utf8')));
          return next;
        },
        // Two documents changed at once, one of them back to what it was.
        (previous) =>
          new Map([
            ...previous,
            [generated[3]!.path, extract(generated[3]!.path, generated[3]!.text)],
            [generated[8]!.path, extract(generated[8]!.path, editDocument(generated[8]!, 2).text)],
          ]),
      ];
      for (const step of steps) {
        const next = step(current);
        state = applyAndCheck(state, current, next, extractions).state;
        current = next;
      }
    },
    60_000,
  );

  it.each<Extractions>(['cache', 'none'])(
    'rewrites the documents a change ripples to: a fuller name for a shared body renames it everywhere (extractions: %s)',
    (extractions) => {
      const state = fullState([...corpus.values()]);
      // The body name most documents share (an agency: a unit name is shared only under one
      // parent, and the generated bodies each have their own units).
      const counts = new Map<string, number>();
      for (const extraction of corpus.values())
        for (const entity of extraction.entities)
          if (entity.type === 'Agency') counts.set(entity.name, (counts.get(entity.name) ?? 0) + 1);
      const [hub, sharedBy] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      expect(sharedBy).toBeGreaterThan(2);
      // One document starts calling it by a longer name, with the short one as an alias: the
      // canonical name (and so the id) of the merged entity changes in every document.
      const target = generated[0]!.path;
      const extraction = corpus.get(target)!;
      const fuller: LocalEntity = {
        key: 'Agency:renamed',
        type: 'Agency',
        name: `${hub} of the Whole Administration`,
        aliases: [hub],
        mentions: [{ document: target, start: 0, end: 4 }],
        extractors: ['test:renamed'],
      };
      const next = new Map([...corpus, [target, { ...extraction, entities: [...extraction.entities, fuller] }]]);
      const { state: renamed, resolution, extractedAgain } = applyAndCheck(state, corpus, next, extractions);
      expect(resolution.rippled.length).toBeGreaterThanOrEqual(sharedBy - 2);
      // Without the cache, the documents rewritten in full are extracted again; no others.
      if (extractions === 'none') expect(extractedAgain.sort()).toEqual(resolution.rippled);
      // And back: the rename is undone everywhere.
      const { resolution: restored } = applyAndCheck(renamed, next, corpus, extractions);
      expect(restored.rippled).toEqual(resolution.rippled);
    },
  );

  it('follows aliases: a change reaches a document linked to it only through a third document', () => {
    const unit = (document: string, name: string, aliases: string[]): DocumentExtraction => ({
      document: { id: document, path: `corpus/${document}`, sha256: document },
      entities: [
        {
          key: `Department:${name.toLowerCase()}`,
          type: 'Department',
          name,
          aliases,
          mentions: [{ document, start: 0, end: name.length }],
          extractors: ['test:unit'],
        },
      ],
      relations: [],
      diagnostics: [],
    });
    // a.txt names the unit and its acronym; b.txt knows it only by the acronym.
    const base = new Map([
      ...corpus,
      ['a.txt', unit('a.txt', 'Zeta Records Unit', ['ZRU'])],
      ['b.txt', unit('b.txt', 'ZRU', [])],
    ]);
    const state = fullState([...base.values()]);
    // c.txt gives it a fuller name: b.txt's facts change though it shares no key with c.txt.
    const next = new Map([...base, ['c.txt', unit('c.txt', 'Zeta Records Unit of the Realm', ['Zeta Records Unit'])]]);
    const { resolution } = applyAndCheck(state, base, next);
    expect(resolution.rippled).toEqual(['a.txt', 'b.txt']);
  });

  it('needs no document but the changed one for an edit that changes nothing shared, not even its old extraction', () => {
    const state = fullState([...corpus.values()]);
    const target = generated[10]!;
    const { resolution, extractedAgain } = applyAndCheck(
      state,
      corpus,
      new Map([...corpus, [target.path, extract(target.path, editDocument(target, 3).text)]]),
      'none',
    );
    expect(resolution.rippled).toEqual([]);
    expect(resolution.documents.map((facts) => facts.document.id)).toEqual([target.path]);
    expect(extractedAgain).toEqual([]);
  });

  it('names the unchanged documents whose full extraction it needs instead of guessing', () => {
    const state = fullState([...corpus.values()]);
    // A body many documents share gets a fuller name: every one of them is rewritten in full.
    const target = generated[0]!.path;
    const extraction = corpus.get(target)!;
    const hub = extraction.entities.find(
      (entity) =>
        entity.type === 'Agency' &&
        [...corpus.values()].filter((other) => other.entities.some((e) => e.name === entity.name)).length > 2,
    )!;
    const fuller: LocalEntity = {
      key: 'Agency:renamed',
      type: 'Agency',
      name: `${hub.name} of the Realm`,
      aliases: [hub.name],
      mentions: [{ document: target, start: 0, end: 4 }],
      extractors: ['test:renamed'],
    };
    const resolution = resolveIncrementally({
      previous: state.documents,
      lists: state.lists,
      changed: [{ ...extraction, entities: [...extraction.entities, fuller] }],
      removed: [],
      loadExtraction: () => undefined,
      resolveCorpus: (documents) => resolveCorpus(documents),
      resolutionKeys,
    });
    expect(resolution.ok).toBe(false);
    if (resolution.ok) return;
    expect(resolution.missing?.length).toBeGreaterThan(1);
    expect(resolution.missing).not.toContain(target);
    expect(resolution.reason).toMatch(/^the full extraction of \d+ unchanged document\(s\) is not at hand/);
  });

  it('reports a changed document whose state lacks an entity it shared, when the cache lost it too', () => {
    const state = fullState([...corpus.values()]);
    const target = generated[12]!;
    // The state as a Document node might hold it when written before the sharing began.
    const previous = new Map(state.documents);
    previous.set(target.path, { ...previous.get(target.path)!, sharedJson: '[[],[]]' });
    const resolution = resolveIncrementally({
      previous,
      lists: state.lists,
      changed: [extract(target.path, editDocument(target, 4).text)],
      removed: [],
      loadExtraction: () => undefined,
      resolveCorpus: (documents) => resolveCorpus(documents),
      resolutionKeys,
    });
    expect(resolution).toEqual({
      ok: false,
      reason: `neither the cached extraction of ${target.path} as last ingested nor its saved state holds the entities it shared`,
    });
  });

  it('keeps key groups aligned with the entities they describe', () => {
    const extraction = corpus.get(generated[1]!.path)!;
    const groups = keyGroupsOf(extraction, resolutionKeys);
    let entities = 0;
    for (let i = 0; i < groups.length; i += 1 + groups[i]!) entities += 1;
    expect(entities).toBe(extraction.entities.length);
  });
});
