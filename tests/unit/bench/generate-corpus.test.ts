import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  editDocument,
  generateCorpus,
  marker,
  writeCorpus,
  type DutyNumbering,
} from '../../../bench/generate-corpus.ts';
import { createPrng } from '../../../bench/prng.ts';

const corpus = generateCorpus({ documents: 300, seed: 7 });
const joined = corpus.map((doc) => doc.text).join('\n');

describe('createPrng', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = createPrng(seed);
      return [...Array(20)].map(() => rng.next());
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
    expect(draw(3).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('rejects a non-integer seed, naming it', () => {
    expect(() => createPrng(1.5)).toThrow(/1\.5/);
  });
});

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives the same paths and bytes', () => {
    const again = generateCorpus({ documents: 300, seed: 7 });
    expect(again.map((doc) => [doc.path, doc.text])).toEqual(corpus.map((doc) => [doc.path, doc.text]));
    const other = generateCorpus({ documents: 300, seed: 8 });
    expect(other.map((doc) => doc.text)).not.toEqual(corpus.map((doc) => doc.text));
  });

  it('averages about 5 KB a document', () => {
    const average = Buffer.byteLength(joined) / corpus.length;
    expect(average).toBeGreaterThan(4000);
    expect(average).toBeLessThan(6000);
  });

  it('describes a distinct body in every document, with unique file names', () => {
    expect(new Set(corpus.map((doc) => doc.spec.name)).size).toBe(corpus.length);
    expect(new Set(corpus.map((doc) => doc.path)).size).toBe(corpus.length);
  });

  it('shares parent bodies and laws between documents', () => {
    const parents = new Set(corpus.map((doc) => doc.spec.parent));
    const laws = corpus.flatMap((doc) => doc.spec.laws);
    expect(parents.size).toBeLessThan(corpus.length / 10);
    expect(new Set(laws).size).toBeLessThan(laws.length);
    expect(corpus.some((doc) => doc.spec.related.length > 0)).toBe(true);
  });

  it('uses every document shape and every numbering style', () => {
    expect(new Set(corpus.map((doc) => doc.shape))).toEqual(
      new Set(['infobox', 'question', 'functions', 'numbered', 'markdown']),
    );
    expect(new Set(corpus.map((doc) => doc.numbering)).size).toBe(7);
  });

  it.each([
    ['paren-arabic', 1, '(2) '],
    ['paren-word', 1, '(two) '],
    ['arabic-dot', 0, '1. '],
    ['arabic-space', 1, '2 '],
    ['roman', 0, 'I. '],
    ['ordinal', 1, 'Second, '],
    ['dash', 3, '— '],
  ] as [DutyNumbering, number, string][])('numbers %s item %i as %j', (numbering, index, expected) => {
    expect(marker(numbering, index)).toBe(expected);
  });

  it('writes the shapes of the seeds: lists, leaders, legal basis, info box, markdown table', () => {
    expect(joined).toMatch(/^\(two\) [a-z]/m);
    expect(joined).toMatch(/^Second, [a-z]/m);
    expect(joined).toMatch(/^II\. [A-Z]/m);
    expect(joined).toMatch(/^2 [a-z]/m);
    expect(joined).toMatch(/^— [A-Z]/m);
    expect(joined).toMatch(/^Internal organi[sz]ation:?$/m);
    expect(joined).toMatch(/^[A-Z][a-z]+ [A-Z][a-zö]+ : Director of the /m);
    expect(joined).toMatch(/^Legal basis:$/m);
    expect(joined).toMatch(/^Article \d+ provides that:$/m);
    expect(joined).toMatch(/^Date of establishment\n[A-Z][a-z]+ \d+, \d{4}$/m);
    const markdown = corpus.find((doc) => doc.shape === 'markdown');
    expect(markdown?.path).toMatch(/\.md$/);
    expect(markdown?.text).toMatch(/^# .+\n/);
    expect(markdown?.text).toContain('| Unit | Responsibilities |');
    expect(markdown?.text).toMatch(/^## Leadership\n\n- .+ : Director$/m);
  });

  it('keeps the names of seeds/ out', () => {
    for (const name of [
      'Ministry of Industry and Information Technology',
      'Chengdu',
      'CITIC',
      'Jin Zhuanglong',
      'Network Security Law',
    ]) {
      expect(joined).not.toContain(name);
    }
  });

  it('rejects a bad size, echoing it', () => {
    expect(() => generateCorpus({ documents: 0, seed: 1 })).toThrow(/got 0/);
  });
});

describe('editDocument', () => {
  it('removes the last unit and adds one duty, deterministically', () => {
    const doc = corpus[0]!;
    const edited = editDocument(doc);
    const removed = doc.spec.units.at(-1)!;
    expect(edited.spec.units).toHaveLength(doc.spec.units.length - 1);
    const occurrences = (text: string) => text.split(removed.name).length - 1;
    expect(occurrences(edited.text)).toBe(occurrences(doc.text) - 1);
    expect(edited.spec.duties.at(-1)).toMatch(/pilot projects/);
    expect(edited.text).toContain('pilot projects');
    expect(editDocument(doc).text).toBe(edited.text);
    expect(edited.path).toBe(doc.path);
  });
});

describe('writeCorpus', () => {
  it('writes one file per document with the generated bytes', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kg-bench-')), 'corpus');
    const docs = corpus.slice(0, 5);
    await writeCorpus(dir, docs);
    expect(readdirSync(dir).sort()).toEqual(docs.map((doc) => doc.path).sort());
    expect(readFileSync(join(dir, docs[0]!.path), 'utf8')).toBe(docs[0]!.text);
  });
});
