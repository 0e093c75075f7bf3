// Re-resolving only what a change can reach (pure). resolveCorpus merges entities that
// share a resolution key, so an entity can only change when one of its members shares a
// key, directly or through other keys, with an entity of a changed document: the closure
// of the changed documents' keys. Resolving just the members of that closure (other
// documents contribute only their entities in it, from the saved state) gives exactly the
// corpus-wide rows of every entity in it, and of every relation touching one; the facts of
// a document outside the changed ones can then only differ in those, so comparing its facts
// in the old and the new resolution of the closure finds every document a change ripples to.
import type { DocumentExtraction, Extraction, LocalEntity } from '../extractors/types.ts';
import { factsText } from '../graph/facts-hash.ts';
import { toCorpusFacts, type CorpusIndex, type DocumentFacts } from '../graph/rows.ts';
import {
  cutDown,
  cutDownFromState,
  entitiesWithKey,
  hashesOf,
  keyGroupsOf,
  type KeyGroups,
  type StateDocument,
  type StringLists,
} from './corpus-state.ts';
import { KeyIndex, sharedWithin } from './key-index.ts';

/** Input of resolveIncrementally. */
export interface IncrementalInput {
  /** Every document as last ingested (changed and removed ones included, as they were). */
  previous: ReadonlyMap<string, StateDocument>;
  /** Which of `previous` carry each key hash (built from `previous` when not given). */
  keyIndex?: KeyIndex;
  lists: StringLists;
  /** New and changed documents, freshly extracted. */
  changed: readonly DocumentExtraction[];
  /** Documents gone from the corpus. */
  removed: readonly string[];
  /**
   * A document's full extraction as last ingested (from the cache, or extracted again from
   * its unchanged file), or undefined when none is at hand.
   */
  loadExtraction: (document: StateDocument) => DocumentExtraction | undefined;
  resolveCorpus: (documents: DocumentExtraction[]) => Extraction;
  resolutionKeys: (entity: LocalEntity) => string[];
}

/** The facts to write and the lookups the loader refreshes from, or why the full path must run. */
export type IncrementalResolution =
  | {
      ok: true;
      /** Facts of the changed documents and of those a change ripples to, sorted by id. */
      documents: DocumentFacts[];
      /** Exact for every entity and relation those documents (old or new) touch. */
      index: CorpusIndex;
      /** Unchanged documents whose facts the change alters. */
      rippled: string[];
      /** Every changed document's key groups, by id. */
      keyGroups: Map<string, KeyGroups>;
      /** Unchanged documents read in full (their state may need more shared entities). */
      loaded: Map<string, DocumentExtraction>;
      /** For the key hashes of changed and loaded documents: whether another document carries it too. */
      isShared: (hash: number) => boolean;
    }
  | {
      ok: false;
      reason: string;
      /** Unchanged documents whose full extraction was needed and not at hand: with them, a retry can succeed. */
      missing?: string[];
    };

/** Where key hashes are carried: the documents as last ingested (indexed), and the changed documents' new groups. */
interface Carriers {
  previous: ReadonlyMap<string, StateDocument>;
  index: KeyIndex;
  added: readonly KeyGroups[];
}

/**
 * Every key hash reachable from `seeds` through entities sharing key hashes: each hash, once
 * reached, adds the hashes of every entity that carries it, found through the index.
 */
function closeKeys(carriers: Carriers, seeds: Iterable<number>): Set<number> {
  const closed = new Set<number>();
  const queue: number[] = [];
  const reach = (hash: number) => {
    if (closed.has(hash)) return;
    closed.add(hash);
    queue.push(hash);
  };
  const expand = (groups: KeyGroups, hash: number) => {
    for (let i = 0; i < groups.length; i += 1 + groups[i]!) {
      const end = i + groups[i]!;
      let hit = false;
      for (let j = i + 1; j <= end && !hit; j++) hit = groups[j] === hash;
      if (hit) for (let j = i + 1; j <= end; j++) reach(groups[j]!);
    }
  };
  for (const hash of seeds) reach(hash);
  for (let hash = queue.pop(); hash !== undefined; hash = queue.pop()) {
    for (const id of carriers.index.carriersOf(hash)) expand(carriers.previous.get(id)!.keyGroups, hash);
    for (const groups of carriers.added) expand(groups, hash);
  }
  return closed;
}

/**
 * The unchanged documents with an entity in the closure, each cut down to those entities:
 * from the state where it has them, else in full from loadExtraction (recorded in
 * `loaded`); or the documents for which neither is at hand.
 */
function closureMembers(
  input: IncrementalInput,
  keyIndex: KeyIndex,
  closure: Set<number>,
  exclude: Set<string>,
  loaded: Map<string, DocumentExtraction>,
): DocumentExtraction[] | { missing: string[] } {
  const members: DocumentExtraction[] = [];
  const missing: string[] = [];
  const touching = new Set<string>();
  for (const hash of closure) for (const id of keyIndex.carriersOf(hash)) touching.add(id);
  // In the state's order, as a whole-corpus resolution sees them.
  for (const document of input.previous.values()) {
    if (exclude.has(document.id) || !touching.has(document.id)) continue;
    const isKept = entitiesWithKey(document.keyGroups, (hash) => closure.has(hash));
    const fromState = loaded.has(document.id) ? undefined : cutDownFromState(document, input.lists, isKept);
    if (fromState) {
      members.push(fromState);
      continue;
    }
    const extraction = loaded.get(document.id) ?? input.loadExtraction(document);
    if (!extraction) {
      missing.push(document.id);
      continue;
    }
    loaded.set(document.id, extraction);
    members.push(cutDown(extraction, isKept));
  }
  return missing.length > 0 ? { missing } : members;
}

/** The failure a missing extraction gives: retry once `missing` are at hand. */
function missingExtractions(missing: string[]): IncrementalResolution {
  const sorted = [...missing].sort();
  return {
    ok: false,
    reason: `the full extraction of ${sorted.length} unchanged document(s) is not at hand (${sorted.slice(0, 3).join(', ')}${sorted.length > 3 ? ', ...' : ''})`,
    missing: sorted,
  };
}

function factsById(extraction: Extraction): Map<string, DocumentFacts> {
  return new Map(toCorpusFacts(extraction).documents.map((facts) => [facts.document.id, facts]));
}

/** The resolution with only `ids` listed as documents: toCorpusFacts then builds only their facts (the index stays whole). */
function only(extraction: Extraction, ids: Set<string>): Extraction {
  return { ...extraction, documents: extraction.documents.filter((document) => ids.has(document.id)) };
}

/**
 * What every document but `exclude` can see of a resolution: per entity its row and the
 * documents that mention it, per relation its extractors, properties and evidence. A
 * document's facts are built from exactly these, so when they are equal before and after a
 * change, no other document's facts changed (the cheap check; changedFactsOf is the exact one).
 */
function visibleToOthers(extraction: Extraction, exclude: Set<string>): Map<string, string> {
  const visible = new Map<string, string>();
  for (const entity of extraction.entities) {
    const documents = [
      ...new Set(entity.mentions.map((span) => span.document).filter((id) => !exclude.has(id))),
    ].sort();
    visible.set(
      `entity ${entity.id}`,
      JSON.stringify([entity.type, entity.name, [...entity.aliases].sort(), [...entity.extractors].sort(), documents]),
    );
  }
  for (const relation of extraction.relations) {
    const evidence = relation.evidence
      .filter((span) => !exclude.has(span.document))
      .map((span) => `${span.document}:${span.start}:${span.end}`);
    visible.set(
      `relation ${relation.type} ${relation.from} ${relation.to}`,
      JSON.stringify([relation.properties, [...relation.extractors].sort(), evidence, relation.evidence.length === 0]),
    );
  }
  return visible;
}

function isSameForOthers(before: Extraction, after: Extraction, changed: Set<string>): boolean {
  const a = visibleToOthers(before, changed);
  const b = visibleToOthers(after, changed);
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** The members whose facts differ between the two resolutions (sorted ids). */
function changedFactsOf(before: Extraction, after: Extraction, members: DocumentExtraction[]): string[] {
  const factsBefore = factsById(before);
  const factsAfter = factsById(after);
  return members
    .map((member) => member.document.id)
    .filter((id) => factsText(factsBefore.get(id)!) !== factsText(factsAfter.get(id)!))
    .sort();
}

/**
 * Resolves a change: the new facts of the changed documents, and of every unchanged
 * document whose facts the change alters (read in full through loadExtraction; when that
 * has nothing, the answer is `ok: false` with the documents `missing`), each exactly as
 * resolving the whole corpus would give them.
 */
export function resolveIncrementally(input: IncrementalInput): IncrementalResolution {
  const { previous, changed, removed } = input;
  const keyIndex = input.keyIndex ?? new KeyIndex(previous.values());
  const keyGroups = new Map(
    changed.map((extraction) => [extraction.document.id, keyGroupsOf(extraction, input.resolutionKeys)]),
  );
  const changedIds = new Set([...keyGroups.keys(), ...removed]);
  const carriers: Carriers = { previous, index: keyIndex, added: [...keyGroups.values()] };
  const loaded = new Map<string, DocumentExtraction>();
  const finish = (documents: DocumentFacts[], index: CorpusIndex, rippled: string[]): IncrementalResolution => {
    // Over every document as last ingested and the changed documents' new groups, each counted apart.
    const shared = sharedWithin(
      keyIndex,
      [...keyGroups.values(), ...[...loaded.keys()].map((id) => previous.get(id)!.keyGroups)],
      { added: carriers.added },
    );
    return { ok: true, documents, index, rippled, keyGroups, loaded, isShared: (hash) => shared.has(hash) };
  };

  // Round 1: the closure of every key the changed documents had or have.
  const seeds: number[] = [];
  for (const id of changedIds) {
    seeds.push(...hashesOf(previous.get(id)?.keyGroups ?? []));
    seeds.push(...hashesOf(keyGroups.get(id) ?? []));
  }
  const closure = closeKeys(carriers, seeds);
  const members = closureMembers(input, keyIndex, closure, changedIds, loaded);
  if (!Array.isArray(members)) return missingExtractions(members.missing);
  // The changed documents as last ingested, for what other documents saw of them: in full
  // from the cache, else from their state, which holds every entity that shared a key with
  // another document (the others touched no other document).
  const sharedBefore = sharedWithin(
    keyIndex,
    [...changedIds].flatMap((id) => (previous.has(id) ? [previous.get(id)!.keyGroups] : [])),
  );
  const before: DocumentExtraction[] = [];
  for (const id of changedIds) {
    const document = previous.get(id);
    if (!document) continue;
    const extraction = input.loadExtraction(document);
    const cut = extraction
      ? cutDown(extraction)
      : cutDownFromState(
          document,
          input.lists,
          entitiesWithKey(document.keyGroups, (hash) => sharedBefore.has(hash)),
        );
    if (!cut)
      return {
        ok: false,
        reason: `neither the cached extraction of ${id} as last ingested nor its saved state holds the entities it shared`,
      };
    before.push(cut);
  }
  const resolvedBefore = input.resolveCorpus([...members, ...before]);
  const resolvedAfter = input.resolveCorpus([...members, ...changed]);
  // Members are cut down to the closure in both resolutions, so any difference is the change's.
  const rippled = isSameForOthers(resolvedBefore, resolvedAfter, changedIds)
    ? []
    : changedFactsOf(resolvedBefore, resolvedAfter, members);
  if (rippled.length === 0) {
    const { index, documents } = toCorpusFacts(only(resolvedAfter, changedIds));
    return finish(documents, index, rippled);
  }

  // Round 2: the rippled documents are rewritten in full, so every entity they have joins the closure.
  const rippledExtractions: DocumentExtraction[] = [];
  const missing: string[] = [];
  for (const id of rippled) {
    const extraction = loaded.get(id) ?? input.loadExtraction(previous.get(id)!);
    if (!extraction) {
      missing.push(id);
      continue;
    }
    loaded.set(id, extraction);
    rippledExtractions.push(extraction);
    seeds.push(...hashesOf(previous.get(id)!.keyGroups));
  }
  if (missing.length > 0) return missingExtractions(missing);
  const widerClosure = closeKeys(carriers, seeds);
  const rewritten = new Set([...changedIds, ...rippled]);
  const widerMembers = closureMembers(input, keyIndex, widerClosure, rewritten, loaded);
  if (!Array.isArray(widerMembers)) return missingExtractions(widerMembers.missing);
  const { index, documents } = toCorpusFacts(
    only(input.resolveCorpus([...widerMembers, ...changed, ...rippledExtractions]), rewritten),
  );
  return finish(documents, index, rippled);
}

/**
 * The unchanged documents whose shared entities (corpus-state.ts) a change alters: they
 * carry a key hash that the change makes shared by more than one document, or leaves to one.
 * Only hashes the changed and removed documents carry (before or after) can cross that line.
 */
export function resharedDocuments(
  previous: ReadonlyMap<string, StateDocument>,
  changed: ReadonlyMap<string, KeyGroups>,
  removed: readonly string[],
  keyIndex = new KeyIndex(previous.values()),
): string[] {
  const outgoing = [...changed.keys(), ...removed].flatMap((id) =>
    previous.has(id) ? [previous.get(id)!.keyGroups] : [],
  );
  const incoming = [...changed.values()];
  const candidates = new Set([...outgoing, ...incoming].flatMap(hashesOf));
  const before = sharedWithin(keyIndex, [...outgoing, ...incoming]);
  const after = sharedWithin(keyIndex, [...outgoing, ...incoming], { removed: outgoing, added: incoming });
  const flipped = [...candidates].filter((hash) => before.has(hash) !== after.has(hash));
  if (flipped.length === 0) return [];
  const touched = new Set([...changed.keys(), ...removed]);
  const reshared = new Set<string>();
  for (const hash of flipped) for (const id of keyIndex.carriersOf(hash)) if (!touched.has(id)) reshared.add(id);
  return [...reshared].sort();
}
