// What the last successful ingest of a corpus left behind, kept in the cache folder so a
// re-run can work out what a changed document changes without re-reading the corpus. Per
// document: its file (path, sha256), the facts hash written to its Document node, the
// hashes of its entities' resolution keys, and, for the entities that share a key with
// another document, what resolution needs of them (no mentions). Entities nobody else
// names stay in the extraction cache. Only an optimisation: a missing, stale or unreadable
// state means "take the full path", or, when the graph holds the source, the same state
// made from its Document nodes' `resolutionState` (toStoredResolution).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DocumentExtraction, EntityType, LocalEntity, LocalRelation, RelationType } from '../extractors/types.ts';
import { toCellSafeJson } from '../graph/cell-safe-json.ts';

/**
 * An entity that shares a resolution key with another document, as resolution needs it (a
 * LocalEntity without mentions): its place in the document's entities, key, type, name,
 * aliases and extractors (an index into CorpusState.lists). Tuples, because the state holds
 * about 10^5 of them and is read and written on every re-run.
 */
export type SharedEntity = [
  index: number,
  key: string,
  type: EntityType,
  name: string,
  aliases: string[],
  extractors: number,
];

/**
 * A relation between two shared entities of the document: type, endpoints (entity places),
 * properties (0 when empty), extractors (an index into CorpusState.lists) and evidence as
 * flat start, end pairs.
 */
export type SharedRelation = [
  type: RelationType,
  from: number,
  to: number,
  properties: Record<string, string> | 0,
  extractors: number,
  evidence: number[],
];

/** One document as last ingested. */
export interface StateDocument {
  id: string;
  path: string;
  sha256: string;
  /** stampFile() of the file as read, '' when it was too fresh to trust. */
  stamp: string;
  factsHash: string;
  /** hashKey() of each resolution key of each entity, as KeyGroups. */
  keyGroups: KeyGroups;
  /**
   * The JSON of [SharedEntity[], SharedRelation[]]: kept as text and parsed (sharedOf) only
   * for the few documents a change reaches, which makes reading and writing the state of
   * 10^4 documents several times cheaper.
   */
  sharedJson: string;
}

const parsedShared = new WeakMap<StateDocument, [SharedEntity[], SharedRelation[]]>();

/** A state document's shared entities and the relations between them. */
export function sharedOf(document: StateDocument): { entities: SharedEntity[]; relations: SharedRelation[] } {
  let parsed = parsedShared.get(document);
  if (!parsed) {
    parsed = JSON.parse(document.sharedJson) as [SharedEntity[], SharedRelation[]];
    parsedShared.set(document, parsed);
  }
  return { entities: parsed[0], relations: parsed[1] };
}

/** Interned string lists (extractor names), shared by every document of a state. */
export class StringLists {
  readonly lists: string[][];
  private readonly byText = new Map<string, number>();

  constructor(lists: string[][] = []) {
    this.lists = lists;
    lists.forEach((list, index) => this.byText.set(JSON.stringify(list), index));
  }

  /** The index of `list`, added if new. */
  intern(list: string[]): number {
    const text = JSON.stringify(list);
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.lists.push(list) - 1;
      this.byText.set(text, index);
    }
    return index;
  }

  get(index: number): string[] {
    const list = this.lists[index];
    if (!list) throw new RangeError(`corpus state: no string list ${index}`);
    return list;
  }
}

/** The state of one corpus (a set of paths) under one extractor version. */
export interface CorpusState {
  extractorVersion: string;
  /** corpusPathsKey() of the paths ingested. */
  corpus: string;
  lists: StringLists;
  documents: Map<string, StateDocument>;
}

// 7: facts hashes of graph/facts-hash.ts's write format 2 (a state of 6 would vouch for old writes).
// 8: the same fields, V8-serialised (node:v8): about half the time of JSON to read and to write
// 10^4 documents, which a cold one-change run pays twice.
const FORMAT = 8;
const FILE_NAME = 'corpus-state.v8';
/** The file of formats up to 7: never read now, removed with the state. */
const JSON_FILE_NAME = 'corpus-state.json';

/** Identifies a corpus by the paths given to ingest, in order-independent form. */
export function corpusPathsKey(paths: readonly string[]): string {
  return JSON.stringify([...paths].sort());
}

/**
 * A 32-bit FNV-1a hash of a resolution key. Two keys may share a hash; that only makes the
 * re-resolved closure larger than it needs to be, never wrong.
 */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The key hashes of a document's entities, flat: for each entity in extraction order, how
 * many hashes it has, then the hashes (10^4 arrays to read and scan, not 10^5).
 */
export type KeyGroups = number[];

/** The KeyGroups of an extraction. */
export function keyGroupsOf(
  extraction: DocumentExtraction,
  resolutionKeys: (entity: LocalEntity) => string[],
): KeyGroups {
  const groups: KeyGroups = [];
  for (const entity of extraction.entities) {
    const hashes = [...new Set(resolutionKeys(entity).map(hashKey))];
    groups.push(hashes.length, ...hashes);
  }
  return groups;
}

/** Per entity: whether any of its key hashes passes `test`. */
export function entitiesWithKey(groups: KeyGroups, test: (hash: number) => boolean): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < groups.length;) {
    const end = i + 1 + groups[i]!;
    let found = false;
    for (let j = i + 1; j < end && !found; j++) found = test(groups[j]!);
    out.push(found);
    i = end;
  }
  return out;
}

/** Every key hash of a document (counts left out). */
export function hashesOf(groups: KeyGroups): number[] {
  const out: number[] = [];
  for (let i = 0; i < groups.length; i += 1 + groups[i]!)
    for (let j = i + 1; j <= i + groups[i]!; j++) out.push(groups[j]!);
  return out;
}

/**
 * The distinct key hashes of a document that `wanted` holds. Scans the groups in place:
 * run over every document of a corpus for a few wanted hashes, it allocates next to nothing.
 */
export function hashesAmong(groups: KeyGroups, wanted: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < groups.length; i += 1 + groups[i]!) {
    for (let j = i + 1; j <= i + groups[i]!; j++) {
      const hash = groups[j]!;
      if (wanted.has(hash) && !out.includes(hash)) out.push(hash);
    }
  }
  return out;
}

/** Key hashes carried by entities of more than one document. */
export function sharedKeyHashes(documents: Iterable<KeyGroups>): Set<number> {
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const groups of documents) {
    for (const hash of new Set(hashesOf(groups))) {
      if (seen.has(hash)) shared.add(hash);
      else seen.add(hash);
    }
  }
  return shared;
}

/** For the hashes of `documents`: those more than one document of `all` carries. */
export function sharedAmong(all: Iterable<KeyGroups>, documents: Iterable<KeyGroups>): Set<number> {
  const wanted = new Set<number>();
  for (const groups of documents) for (const hash of hashesOf(groups)) wanted.add(hash);
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const groups of all) {
    for (const hash of hashesAmong(groups, wanted)) {
      if (seen.has(hash)) shared.add(hash);
      else seen.add(hash);
    }
  }
  return shared;
}

/**
 * A document's state cut to the shared entities `isShared` accepts (and the relations
 * between them): exact when the state holds at least those, as every state does.
 */
export function narrowShared(document: StateDocument, isShared: (hash: number) => boolean): StateDocument {
  const isKept = entitiesWithKey(document.keyGroups, isShared);
  const { entities, relations } = sharedOf(document);
  const kept = entities.filter((entity) => isKept[entity[0]]);
  const places = new Set(kept.map((entity) => entity[0]));
  const keptRelations = relations.filter(([, from, to]) => places.has(from) && places.has(to));
  return { ...document, sharedJson: JSON.stringify([kept, keptRelations]) };
}

/** A document's state: its shared entities are those with a key hash `isShared` accepts. */
export function toStateDocument(
  extraction: DocumentExtraction,
  stamp: string,
  keyGroups: KeyGroups,
  isShared: (hash: number) => boolean,
  lists: StringLists,
  factsHash: string,
): StateDocument {
  const shared: SharedEntity[] = [];
  const places = new Map<string, number>();
  const isEntityShared = entitiesWithKey(keyGroups, isShared);
  extraction.entities.forEach((entity, index) => {
    if (!isEntityShared[index]) return;
    places.set(entity.key, index);
    shared.push([index, entity.key, entity.type, entity.name, entity.aliases, lists.intern(entity.extractors)]);
  });
  const sharedRelations: SharedRelation[] = [];
  for (const relation of extraction.relations) {
    const from = places.get(relation.from);
    const to = places.get(relation.to);
    if (from === undefined || to === undefined) continue;
    const properties = Object.keys(relation.properties).length === 0 ? 0 : relation.properties;
    sharedRelations.push([
      relation.type,
      from,
      to,
      properties,
      lists.intern(relation.extractors),
      relation.evidence.flatMap((span) => [span.start, span.end]),
    ]);
  }
  const { id, path, sha256 } = extraction.document;
  return { id, path, sha256, stamp, factsHash, keyGroups, sharedJson: JSON.stringify([shared, sharedRelations]) };
}

/**
 * A document cut down to the entities `isKept` marks (all when not given) and the relations
 * between them, as resolveCorpus accepts it. Mentions are not kept: each entity gets one
 * empty span at offset 0 instead, so the document's facts still list the entity (which is
 * how a change to its corpus-wide row shows).
 */
export function cutDown(extraction: DocumentExtraction, isKept?: readonly boolean[]): DocumentExtraction {
  const id = extraction.document.id;
  const entities = extraction.entities
    .filter((_, index) => isKept?.[index] ?? true)
    .map((entity) => ({ ...entity, mentions: [{ document: id, start: 0, end: 0 }] }));
  const keys = new Set(entities.map((entity) => entity.key));
  return {
    document: extraction.document,
    entities,
    relations: extraction.relations.filter((relation) => keys.has(relation.from) && keys.has(relation.to)),
    diagnostics: [],
  };
}

/** The state's own cut of a document to the entities `isKept` marks, or undefined when one of them is not shared. */
export function cutDownFromState(
  document: StateDocument,
  lists: StringLists,
  isKept: readonly boolean[],
): DocumentExtraction | undefined {
  const wanted = isKept.flatMap((kept, index) => (kept ? [index] : []));
  const shared = sharedOf(document);
  const byIndex = new Map(shared.entities.map((entity) => [entity[0], entity]));
  if (!wanted.every((index) => byIndex.has(index))) return undefined;
  const entities: LocalEntity[] = wanted.map((index) => {
    const [, key, type, name, aliases, extractors] = byIndex.get(index)!;
    return {
      key,
      type,
      name,
      aliases,
      extractors: lists.get(extractors),
      mentions: [{ document: document.id, start: 0, end: 0 }],
    };
  });
  const kept = new Set(wanted);
  const relations: LocalRelation[] = [];
  for (const [type, from, to, properties, extractors, evidence] of shared.relations) {
    if (!kept.has(from) || !kept.has(to)) continue;
    const spans = [];
    for (let i = 0; i + 1 < evidence.length; i += 2)
      spans.push({ document: document.id, start: evidence[i]!, end: evidence[i + 1]! });
    relations.push({
      type,
      from: byIndex.get(from)![1],
      to: byIndex.get(to)![1],
      properties: properties === 0 ? {} : properties,
      extractors: lists.get(extractors),
      evidence: spans,
    });
  }
  return {
    document: { id: document.id, path: document.path, sha256: document.sha256 },
    entities,
    relations,
    diagnostics: [],
  };
}

/** The state documents of a whole corpus, extracted now (facts hashes left '' for the plan to fill in). */
export function stateDocumentsOf(
  extractions: readonly DocumentExtraction[],
  stamps: ReadonlyMap<string, string>,
  resolutionKeys: (entity: LocalEntity) => string[],
): { lists: StringLists; documents: StateDocument[] } {
  const keyGroups = extractions.map((extraction) => keyGroupsOf(extraction, resolutionKeys));
  const shared = sharedKeyHashes(keyGroups);
  const lists = new StringLists();
  const documents = extractions.map((extraction, i) =>
    toStateDocument(
      extraction,
      stamps.get(extraction.document.id) ?? '',
      keyGroups[i]!,
      (hash) => shared.has(hash),
      lists,
      '',
    ),
  );
  return { lists, documents };
}

/** The format of toStoredResolution's text (the first element). */
const STORED_FORMAT = 1;

/**
 * What a Document node keeps of its state (`resolutionState`), so that a run without the
 * local state (a fresh clone, another machine, a cleared cache) can take the incremental
 * path from the graph: the sha256 and extractor version it describes, its key groups, and
 * its shared entities and relations with their extractor lists written out (a node stands
 * alone: no interned lists). Cell-safe JSON, since `kg export --format csv` writes it.
 */
export function toStoredResolution(document: StateDocument, lists: StringLists, extractorVersion: string): string {
  const { entities, relations } = sharedOf(document);
  return toCellSafeJson([
    STORED_FORMAT,
    document.sha256,
    extractorVersion,
    document.keyGroups,
    entities.map(([index, key, type, name, aliases, extractors]) => [
      index,
      key,
      type,
      name,
      aliases,
      lists.get(extractors),
    ]),
    relations.map(([type, from, to, properties, extractors, evidence]) => [
      type,
      from,
      to,
      properties,
      lists.get(extractors),
      evidence,
    ]),
  ]);
}

type StoredResolution = [
  format: number,
  sha256: string,
  extractorVersion: string,
  keyGroups: KeyGroups,
  entities: [index: number, key: string, type: EntityType, name: string, aliases: string[], extractors: string[]][],
  relations: [
    type: RelationType,
    from: number,
    to: number,
    properties: Record<string, string> | 0,
    extractors: string[],
    evidence: number[],
  ][],
];

/**
 * A Document node's `resolutionState` as the state of that document (its extractor lists
 * interned into `lists`), or undefined when there is none, it is unreadable, or it
 * describes other bytes (`document.sha256`) or another extractor version than the node's
 * record: then the source must be resolved whole.
 */
export function fromStoredResolution(
  text: unknown,
  document: Omit<StateDocument, 'keyGroups' | 'sharedJson'>,
  extractorVersion: string,
  lists: StringLists,
): StateDocument | undefined {
  if (typeof text !== 'string') return undefined;
  let stored: StoredResolution;
  try {
    stored = JSON.parse(text) as StoredResolution;
  } catch {
    return undefined;
  }
  const [format, sha256, version, keyGroups, entities, relations] = stored;
  if (
    format !== STORED_FORMAT ||
    sha256 !== document.sha256 ||
    version !== extractorVersion ||
    !Array.isArray(keyGroups)
  )
    return undefined;
  const shared: SharedEntity[] = entities.map(([index, key, type, name, aliases, extractors]) => [
    index,
    key,
    type,
    name,
    aliases,
    lists.intern(extractors),
  ]);
  const sharedRelations: SharedRelation[] = relations.map(([type, from, to, properties, extractors, evidence]) => [
    type,
    from,
    to,
    properties,
    lists.intern(extractors),
    evidence,
  ]);
  return { ...document, keyGroups, sharedJson: JSON.stringify([shared, sharedRelations]) };
}

/** What an incremental run changed, for the state it leaves behind. */
export interface StateChange {
  removed: readonly string[];
  /** Unchanged files with a new stamp. */
  restamped: ReadonlyMap<string, string>;
  /** New and changed documents as extracted now. */
  changed: readonly { extraction: DocumentExtraction; stamp: string; keyGroups: KeyGroups }[];
  /** Unchanged documents read in full: which of their entities are shared may have changed. */
  reread: readonly DocumentExtraction[];
  /** For the key hashes of changed and reread documents: whether another document carries it. */
  isShared: (hash: number) => boolean;
  /** The facts hash of every document the run planned (written or skipped). */
  factsHashes: ReadonlyMap<string, string>;
}

/** The state after an incremental run that applied every action of its plan. */
export function advanceCorpusState(state: CorpusState, change: StateChange): CorpusState {
  const documents = new Map(state.documents);
  for (const id of change.removed) documents.delete(id);
  for (const [id, stamp] of change.restamped) {
    const known = documents.get(id);
    if (known) documents.set(id, { ...known, stamp });
  }
  for (const { extraction, stamp, keyGroups } of change.changed) {
    const id = extraction.document.id;
    documents.set(
      id,
      toStateDocument(extraction, stamp, keyGroups, change.isShared, state.lists, change.factsHashes.get(id) ?? ''),
    );
  }
  for (const extraction of change.reread) {
    const known = documents.get(extraction.document.id);
    if (!known) continue;
    const document = { ...extraction.document, path: known.path };
    documents.set(
      known.id,
      toStateDocument(
        { ...extraction, document },
        known.stamp,
        known.keyGroups,
        change.isShared,
        state.lists,
        change.factsHashes.get(known.id) ?? known.factsHash,
      ),
    );
  }
  for (const [id, factsHash] of change.factsHashes) {
    const known = documents.get(id);
    if (known && known.factsHash !== factsHash) documents.set(id, { ...known, factsHash });
  }
  return { ...state, documents };
}

/** Where the state lives in a cache folder. */
export function corpusStateFile(cacheDir: string): string {
  return join(cacheDir, FILE_NAME);
}

/** The file's shape: documents as tuples, so field names are not repeated 10^4 times. */
interface SavedState {
  format: number;
  extractorVersion: string;
  corpus: string;
  lists: string[][];
  documents: [
    id: string,
    path: string,
    sha256: string,
    stamp: string,
    factsHash: string,
    keyGroups: KeyGroups,
    sharedJson: string,
  ][];
}

/**
 * Reads the state, or undefined when there is none or it belongs to another corpus or
 * extractor version. Asynchronous, so that a query sent before it goes out meanwhile.
 */
export async function readCorpusState(
  cacheDir: string,
  corpus: string,
  extractorVersion: string,
): Promise<CorpusState | undefined> {
  try {
    const saved = deserialize(await readFile(corpusStateFile(cacheDir))) as SavedState;
    if (saved.format !== FORMAT || saved.corpus !== corpus || saved.extractorVersion !== extractorVersion)
      return undefined;
    const documents = new Map<string, StateDocument>();
    for (const [id, path, sha256, stamp, factsHash, keyGroups, sharedJson] of saved.documents)
      documents.set(id, { id, path, sha256, stamp, factsHash, keyGroups, sharedJson });
    return { extractorVersion, corpus, lists: new StringLists(saved.lists), documents };
  } catch {
    return undefined;
  }
}

/** A state written beside its file, put in its place only once the run it describes succeeded. */
export interface StagedState {
  /** Puts the state in place of the file. */
  publish(): void;
  /** Drops it (the run failed). */
  discard(): void;
}

/**
 * Serialises and writes the state to a temporary file: a run does this while its graph write
 * is in flight, and publishes it once that succeeded (a rename, so a killed process never
 * leaves half a file). A state that cannot be written only costs time: publishing then
 * removes the old one, and the next run takes another path.
 */
export function stageCorpusState(cacheDir: string, state: CorpusState): StagedState {
  const file = corpusStateFile(cacheDir);
  const temporary = `${file}.${process.pid}.tmp`;
  let isWritten = false;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const documents = [...state.documents.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((document): SavedState['documents'][number] => [
        document.id,
        document.path,
        document.sha256,
        document.stamp,
        document.factsHash,
        document.keyGroups,
        document.sharedJson,
      ]);
    const saved: SavedState = {
      format: FORMAT,
      extractorVersion: state.extractorVersion,
      corpus: state.corpus,
      lists: state.lists.lists,
      documents,
    };
    writeFileSync(temporary, serialize(saved));
    isWritten = true;
  } catch {
    // Published as no state at all.
  }
  const discard = () => rmSync(temporary, { force: true });
  return {
    publish: () => {
      try {
        if (!isWritten) throw new Error('not written');
        renameSync(temporary, file);
        rmSync(join(cacheDir, JSON_FILE_NAME), { force: true });
      } catch {
        forgetCorpusState(cacheDir);
        discard();
      }
    },
    discard: () => {
      try {
        discard();
      } catch {
        // A leftover temporary file is never read.
      }
    },
  };
}

/** Writes the state at once (stageCorpusState, then publish). */
export function writeCorpusState(cacheDir: string, state: CorpusState): void {
  stageCorpusState(cacheDir, state).publish();
}

/** Removes the state, so the next run takes the full path. */
export function forgetCorpusState(cacheDir: string): void {
  try {
    rmSync(corpusStateFile(cacheDir), { force: true });
    rmSync(join(cacheDir, JSON_FILE_NAME), { force: true });
  } catch {
    // Still guarded: a run trusts a state only where it matches the Document nodes.
  }
}
