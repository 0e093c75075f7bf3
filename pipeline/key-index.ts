// Which documents carry each resolution-key hash, built once per incremental run from the
// corpus state. Without it, closing the changed documents' keys and finding which hashes are
// shared scanned every document's key groups several times per run (about 0.1-0.2 s for
// 10^4 documents); with it, those steps touch only the documents that carry a hash in play.
// Built from the state the run starts from and dropped with it: it never outlives the state
// it describes.
import { hashesOf, type KeyGroups, type StateDocument } from './corpus-state.ts';

/**
 * Key hash → ids of the documents of a state whose entities carry it (each id once). An
 * open-addressing table over typed arrays, each hash's carriers chained through them, built
 * in one pass: a Map of the 2·10^5 distinct hashes of 10^4 documents took longer to build
 * (about 0.1 s) than the scans it replaces.
 */
export class KeyIndex {
  private readonly ids: string[];
  private readonly mask: number;
  /** Per slot: the hash, how many documents carry it, and its latest entry (1 + an index into the entries; 0: empty). */
  private readonly hashes: Uint32Array;
  private readonly counts: Int32Array;
  private readonly latest: Int32Array;
  /** Per entry: the document (an index into `ids`), and the entry before it of the same hash (1 + index; 0: none). */
  private readonly documents: Int32Array;
  private readonly previous: Int32Array;

  constructor(documents: Iterable<StateDocument>) {
    const ids: string[] = [];
    const groupsOf: KeyGroups[] = [];
    let total = 0;
    for (const document of documents) {
      ids.push(document.id);
      groupsOf.push(document.keyGroups);
      total += document.keyGroups.length;
    }
    let size = 1024;
    while (size < total * 2) size *= 2;
    const mask = size - 1;
    const hashes = new Uint32Array(size);
    const counts = new Int32Array(size);
    const latest = new Int32Array(size);
    const entries = new Int32Array(total);
    const before = new Int32Array(total);
    let used = 0;
    for (let d = 0; d < groupsOf.length; d++) {
      const groups = groupsOf[d]!;
      for (let i = 0; i < groups.length; i += 1 + groups[i]!) {
        for (let j = i + 1; j <= i + groups[i]!; j++) {
          const hash = groups[j]!;
          let slot = hash & mask;
          while (counts[slot] !== 0 && hashes[slot] !== hash) slot = (slot + 1) & mask;
          const last = latest[slot]!;
          // A document lists its hashes together: the latest entry is this document again.
          if (last !== 0 && entries[last - 1] === d) continue;
          hashes[slot] = hash;
          counts[slot]! += 1;
          entries[used] = d;
          before[used] = last;
          latest[slot] = ++used;
        }
      }
    }
    this.ids = ids;
    this.mask = mask;
    this.hashes = hashes;
    this.counts = counts;
    this.latest = latest;
    this.documents = entries;
    this.previous = before;
  }

  /** The slot of `hash`, or -1 when no document carries it. */
  private find(hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      if (this.counts[slot] === 0) return -1;
      if (this.hashes[slot] === hash) return slot;
    }
  }

  /** The documents that carry `hash`, in the state's order. */
  carriersOf(hash: number): string[] {
    const slot = this.find(hash);
    if (slot < 0) return [];
    const out: string[] = [];
    for (let entry = this.latest[slot]!; entry !== 0; entry = this.previous[entry - 1]!)
      out.push(this.ids[this.documents[entry - 1]!]!);
    return out.reverse();
  }

  /** How many documents carry `hash`. */
  count(hash: number): number {
    const slot = this.find(hash);
    return slot < 0 ? 0 : this.counts[slot]!;
  }
}

/** True when some entity of `groups` carries `hash`. */
export function carries(groups: KeyGroups, hash: number): boolean {
  for (let i = 0; i < groups.length; i += 1 + groups[i]!)
    for (let j = i + 1; j <= i + groups[i]!; j++) if (groups[j] === hash) return true;
  return false;
}

/** How many of `groups` carry `hash`. */
function carriersAmong(groups: readonly KeyGroups[], hash: number): number {
  let count = 0;
  for (const group of groups) if (carries(group, hash)) count++;
  return count;
}

/**
 * For the hashes of `documents`: those that at least two documents carry, of the indexed
 * state's documents less `removed` plus `added` (key groups of documents taken out of the
 * state, as indexed, and of documents put in; each counts as one document).
 */
export function sharedWithin(
  index: KeyIndex,
  documents: Iterable<KeyGroups>,
  change: { removed?: readonly KeyGroups[]; added?: readonly KeyGroups[] } = {},
): Set<number> {
  const removed = change.removed ?? [];
  const added = change.added ?? [];
  const shared = new Set<number>();
  const looked = new Set<number>();
  for (const groups of documents) {
    for (const hash of hashesOf(groups)) {
      if (looked.has(hash)) continue;
      looked.add(hash);
      const count = index.count(hash) - carriersAmong(removed, hash) + carriersAmong(added, hash);
      if (count >= 2) shared.add(hash);
    }
  }
  return shared;
}

const built = new WeakMap<ReadonlyMap<string, StateDocument>, KeyIndex>();

/**
 * The index of a state's documents, built once per documents map: a state's map is never
 * changed once made (advanceCorpusState makes a new one), so the index cannot go stale.
 */
export function keyIndexOf(documents: ReadonlyMap<string, StateDocument>): KeyIndex {
  let index = built.get(documents);
  if (!index) {
    index = new KeyIndex(documents.values());
    built.set(documents, index);
  }
  return index;
}
