// Quoting spans from document files: offsets into the original text, read only when the
// file still hashes to the ingested sha256.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlainMap } from '../../../graph/values.ts';
import { addQuotes } from '../../../pipeline/quote-spans.ts';

const spec = { path: 'path', sha256: 'sha256', start: 'start', end: 'end', into: 'quote' };

describe('addQuotes', () => {
  const root = mkdtempSync(join(tmpdir(), 'kg-quotes-'));
  // A BOM and a CRLF: offsets count the original text without the BOM, CR included.
  const bytes = Buffer.from('\uFEFFMinister:\r\nJin Zhuanglong', 'utf8');
  writeFileSync(join(root, 'doc.txt'), bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  it.each<[string, PlainMap, PlainMap]>([
    ['a span', { path: 'doc.txt', sha256, start: 11, end: 25 }, { quote: 'Jin Zhuanglong', quoteStatus: 'ok' }],
    [
      'a span over the line end',
      { path: 'doc.txt', sha256, start: 0, end: 14 },
      { quote: 'Minister:\r\nJin', quoteStatus: 'ok' },
    ],
    [
      'a changed file',
      { path: 'doc.txt', sha256: 'f'.repeat(64), start: 0, end: 3 },
      { quote: null, quoteStatus: 'file changed since ingest' },
    ],
    ['a missing file', { path: 'gone.txt', sha256, start: 0, end: 3 }, { quote: null, quoteStatus: 'file missing' }],
    [
      'a span past the end',
      { path: 'doc.txt', sha256, start: 20, end: 99 },
      { quote: null, quoteStatus: 'span out of range' },
    ],
    ['no span', { path: 'doc.txt', sha256, start: null, end: null }, { quote: null, quoteStatus: 'no span' }],
  ])('%s', (_name, row, expected) => {
    const rows = [{ ...row }];
    expect(addQuotes(rows, spec, { roots: [root] })).toEqual(['quote', 'quoteStatus']);
    expect(rows[0]).toMatchObject(expected);
  });
});
