// Source names: the folder's name by default, --source when several paths are given, and
// ids that keep two sources apart.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../../pipeline/errors.ts';
import { listCorpus } from '../../../pipeline/read-corpus.ts';
import {
  documentIdOf,
  relativePathOf,
  resolveSourceName,
  storedPathOf,
  validateSourceName,
} from '../../../pipeline/sources.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-source-names-'));
for (const folder of ['my-docs', 'other', 'bad name']) {
  mkdirSync(join(root, folder));
  writeFileSync(join(root, folder, 'about.md'), '# About\n');
}

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return isKgError(error) ? error.code : 'not a KgError';
  }
};

describe('resolveSourceName', () => {
  it('defaults to the name of the single folder given', () => {
    expect(resolveSourceName([join(root, 'my-docs')], undefined)).toBe('my-docs');
    expect(resolveSourceName([join(root, 'my-docs', '.')], undefined)).toBe('my-docs');
  });

  it('takes --source, checked', () => {
    expect(resolveSourceName([join(root, 'my-docs'), join(root, 'other')], 'both')).toBe('both');
    expect(() => validateSourceName('a/b')).toThrow(/"a\/b" is not a source name/);
    expect(codeOf(() => validateSourceName(''))).toBe('KG_USAGE');
  });

  it('refuses several paths without --source, explaining the flag', () => {
    expect(() => resolveSourceName([join(root, 'my-docs'), join(root, 'other')], undefined)).toThrow(
      /2 paths given without --source: name the source they form together/,
    );
  });

  it('asks for --source for a file or a folder name that cannot be one, and says when the path is missing', () => {
    expect(() => resolveSourceName([join(root, 'my-docs', 'about.md')], undefined)).toThrow(
      /is not a folder: name the source/,
    );
    expect(() => resolveSourceName([join(root, 'bad name')], undefined)).toThrow(
      /the folder name "bad name" cannot be a source name/,
    );
    expect(codeOf(() => resolveSourceName([join(root, 'missing')], undefined))).toBe('KG_DOCUMENT_READ');
  });
});

describe('document ids', () => {
  it('are the source, then the path below its folder', () => {
    expect(documentIdOf('my-docs', 'sub/about.md')).toBe('my-docs/sub/about.md');
    expect(relativePathOf('my-docs', 'my-docs/sub/about.md')).toBe('sub/about.md');
    expect(relativePathOf('my', 'my-docs/about.md')).toBeUndefined();
    expect(storedPathOf('other', 'hand.txt', 'hand/hand.txt')).toBe('hand/hand.txt');
  });

  it('never let two folders of one source share an id silently', async () => {
    const files = await listCorpus([join(root, 'my-docs')], 'my-docs');
    expect(files.map((file) => file.id)).toEqual(['my-docs/about.md']);
    await expect(listCorpus([join(root, 'my-docs'), join(root, 'other')], 'both')).rejects.toThrow(
      /would both be document both\/about\.md/,
    );
  });
});
