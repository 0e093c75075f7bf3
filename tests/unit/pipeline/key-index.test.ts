// The key index against the scans it replaces: for random key groups (hashes drawn from a
// small range so that many are shared, some repeated within a document, within an entity,
// and 0 and 2^32-1 among them), every hash's carriers and counts, and sharedWithin before
// and after documents leave and join, equal what scanning every document gives.
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../bench/prng.ts';
import { hashesOf, sharedAmong, type KeyGroups, type StateDocument } from '../../../pipeline/corpus-state.ts';
import { KeyIndex, keyIndexOf, sharedWithin } from '../../../pipeline/key-index.ts';

function randomGroups(random: () => number, range: number[]): KeyGroups {
  const groups: KeyGroups = [];
  const entities = Math.floor(random() * 6);
  for (let e = 0; e < entities; e++) {
    const count = 1 + Math.floor(random() * 3);
    groups.push(count);
    for (let k = 0; k < count; k++) groups.push(range[Math.floor(random() * range.length)]!);
  }
  return groups;
}

function documentsOf(groups: KeyGroups[]): StateDocument[] {
  return groups.map((keyGroups, i) => ({
    id: `d${i}`,
    path: `d${i}.txt`,
    sha256: '',
    stamp: '',
    factsHash: '',
    keyGroups,
    sharedJson: '[[],[]]',
  }));
}

describe('KeyIndex', () => {
  it('finds exactly the documents that carry each hash, in order, each once', () => {
    const prng = createPrng(7);
    const random = () => prng.next();
    const range = [
      0,
      1,
      2,
      3,
      0xffffffff,
      0x80000000,
      1024,
      2048,
      ...Array.from({ length: 40 }, (_, i) => i * 4099 + 17),
    ];
    const documents = documentsOf(Array.from({ length: 300 }, () => randomGroups(random, range)));
    const index = new KeyIndex(documents);
    for (const hash of [...range, 5, 123456]) {
      const expected = documents.filter((document) => hashesOf(document.keyGroups).includes(hash)).map((d) => d.id);
      expect(index.carriersOf(hash)).toEqual(expected);
      expect(index.count(hash)).toBe(expected.length);
    }
  });

  it('says which hashes are shared as scanning every document does, before and after a change', () => {
    const prng = createPrng(11);
    const random = () => prng.next();
    const range = Array.from({ length: 60 }, (_, i) => (i * 2654435761) >>> 0);
    const documents = documentsOf(Array.from({ length: 200 }, () => randomGroups(random, range)));
    const index = keyIndexOf(new Map(documents.map((document) => [document.id, document])));
    const all = documents.map((document) => document.keyGroups);
    const asked = [all[3]!, all[50]!, randomGroups(random, range)];
    expect(sharedWithin(index, asked)).toEqual(sharedAmong(all, asked));
    // Documents 3 and 50 leave, two new ones join.
    const added = [randomGroups(random, range), randomGroups(random, range)];
    const after = [...all.filter((_, i) => i !== 3 && i !== 50), ...added];
    expect(sharedWithin(index, [...asked, ...added], { removed: [all[3]!, all[50]!], added })).toEqual(
      sharedAmong(after, [...asked, ...added]),
    );
  });

  it('is built once per documents map', () => {
    const documents = new Map(documentsOf([[1, 5]]).map((document) => [document.id, document]));
    expect(keyIndexOf(documents)).toBe(keyIndexOf(documents));
    expect(keyIndexOf(new Map(documents))).not.toBe(keyIndexOf(documents));
  });
});
