// The unchanged-corpus shortcut: fingerprints, the memo, and when the graph counts as current.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusKey, fingerprintCorpus, isGraphCurrent, openFactsHashMemo } from '../../../pipeline/corpus-fingerprint.ts';

const files = [
  { id: 'b.txt', path: 'dir/b.txt', sha256: 'sb' },
  { id: 'a.txt', path: 'dir/a.txt', sha256: 'sa' },
];
const hashes = new Map([
  ['a.txt', 'ha'],
  ['b.txt', 'hb'],
]);
const stored = files.map((file) => ({ ...file, extractorVersion: 'v1', factsHash: hashes.get(file.id)! }));

describe('corpus fingerprint', () => {
  it('keys a corpus by extractor version and every file, in any order', () => {
    expect(corpusKey('v1', files)).toBe(corpusKey('v1', [...files].reverse()));
    expect(corpusKey('v2', files)).not.toBe(corpusKey('v1', files));
    expect(corpusKey('v1', [files[0]!, { ...files[1]!, sha256: 'changed' }])).not.toBe(corpusKey('v1', files));
    expect(corpusKey('v1', files.slice(1))).not.toBe(corpusKey('v1', files));
  });

  it('fingerprints the files on disk as the extraction would key them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-fingerprint-'));
    writeFileSync(join(dir, 'a.txt'), 'alpha');
    writeFileSync(join(dir, 'b.md'), 'beta');
    const fingerprint = await fingerprintCorpus([dir], 'v1');
    expect(fingerprint?.files.map((file) => file.id)).toEqual(['a.txt', 'b.md']);
    expect(fingerprint?.key).toBe(corpusKey('v1', fingerprint!.files));
  });

  it('remembers the hashes of the last corpus only', () => {
    const memo = openFactsHashMemo(mkdtempSync(join(tmpdir(), 'kg-memo-')));
    memo.set('k1', hashes);
    expect(memo.get('k1')).toEqual(hashes);
    expect(memo.get('k2')).toBeUndefined();
    expect(openFactsHashMemo(undefined).get('k1')).toBeUndefined();
  });

  it('counts the graph current only when every document matches and none is extra', () => {
    expect(isGraphCurrent(files, hashes, stored, 'v1')).toBe(true);
    expect(isGraphCurrent(files, hashes, stored, 'v2')).toBe(false);
    expect(isGraphCurrent(files, new Map([...hashes, ['a.txt', 'other']]), stored, 'v1')).toBe(false);
    expect(isGraphCurrent(files, hashes, [...stored, { ...stored[0]!, id: 'gone.txt' }], 'v1')).toBe(false);
    expect(isGraphCurrent(files, hashes, stored.slice(1), 'v1')).toBe(false);
    expect(isGraphCurrent(files, hashes, [{ ...stored[0]!, path: 'elsewhere/b.txt' }, stored[1]!], 'v1')).toBe(false);
  });
});
