// Robustness: empty and binary input, hostile-looking text, and a large document.
import { describe, expect, it } from 'vitest';
import {
  flatList,
  flattenedStaircase,
  indentedTextList,
  markerRun,
  mixedNesting,
  quotedList,
  restartedNumbering,
  staircaseList,
  unbrokenNesting,
  unitNames,
} from '../../../bench/hostile-documents.ts';
import { decodeDocument, extractDocument, resolveCorpus } from '../../../extractors/index.ts';
import { markdownSegments } from '../../../extractors/markdown-segments.ts';
import { limitMarkdownNesting, MAX_NESTING_DEPTH } from '../../../extractors/nesting-limit.ts';
import type { Diagnostic, Extraction } from '../../../extractors/types.ts';
import { extract, namesOf, sourceOf } from './helpers.ts';

// Only against a hang: these finish in seconds; bench/ measures how fast.
const SAFETY_TIMEOUT_MS = 120_000;
const departments = (x: Extraction): string[] => namesOf(x, 'Department').sort();
const tooDeep = (x: Extraction): Diagnostic[] => x.diagnostics.filter((d) => d.code === 'KG_NESTING_TOO_DEEP');

describe('robustness', () => {
  it.each([[''], ['   \n\n\t  \n'], ['\uFEFF']])('empty or whitespace file %j yields no entities', (content) => {
    const x = extract(content);
    expect(x.entities).toEqual([]);
    expect(x.relations).toEqual([]);
  });

  it('rejects a binary file with a diagnostic instead of throwing', () => {
    const result = decodeDocument({
      id: 'logo.txt',
      path: 'logo.txt',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('KG_BINARY_DOCUMENT');
  });

  it('rejects invalid UTF-8 with a diagnostic', () => {
    const result = decodeDocument({
      id: 'latin1.txt',
      path: 'latin1.txt',
      bytes: new Uint8Array([0x4d, 0x69, 0x6e, 0xe9, 0x20, 0x41]),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('KG_INVALID_UTF8');
  });

  it('keeps quotes, backticks, braces, 《》 and Cypher-looking fragments as literal data', () => {
    const hostile = 'The Office of `Weird` Affairs"}) DETACH DELETE n // Office is directly under the State Council.';
    const x = extract(
      `${hostile}\nThe Bureau of {Braces} Management follows the 《Rules on "Quotes" }) MATCH (n) DELETE n》.\n`,
    );
    const json = JSON.stringify(x);
    expect(JSON.parse(json)).toEqual(x);
    const law = x.entities.find((e) => e.type === 'Law');
    expect(law?.name).toBe('Rules on "Quotes" }) MATCH (n) DELETE n');
    for (const e of x.entities) expect(typeof e.name).toBe('string');
  });

  it('is deterministic and independent of document order', () => {
    const a = extractDocument(
      sourceOf('The Ministry of Finance (MOF) is directly under the State Council.\n', 'a.txt'),
    );
    const b = extractDocument(
      sourceOf('Minister Jane Smith leads the MOF. The Ministry of Finance is headed by Jane Smith.\n', 'b.txt'),
    );
    expect(JSON.stringify(resolveCorpus([a, b]))).toBe(JSON.stringify(resolveCorpus([b, a])));
    const merged = resolveCorpus([a, b]).entities.filter((e) => e.name === 'Ministry of Finance');
    expect(merged).toHaveLength(1);
  });

  // Checks only that a ~10 MB document is processed without crashing and in bounded time
  // (no quadratic pass); extraction quality on it is not asserted.
  it('processes a ~10 MB document without crashing', () => {
    const prose =
      'the inspectors checked the ships in the harbour and wrote their reports before noon; nothing unusual was found.\n'.repeat(
        99,
      );
    const block = `${prose}The Harbour Safety Bureau of the Coastal Administration is responsible for port inspections.\n\n`;
    const big = block.repeat(Math.ceil((10 * 1024 * 1024) / block.length));
    const started = Date.now();
    const x = extractDocument(sourceOf(big, 'big.txt'));
    expect(x.entities.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 180_000);

  it('processes a document of 300,000 short lines without running out of stack', () => {
    const x = extractDocument(sourceOf('see below\n'.repeat(300_000), 'many.txt'));
    expect(x.diagnostics.some((d) => /stack/i.test(d.message))).toBe(false);
    expect(x.entities).toEqual([]);
  }, 60_000);

  // Bad input never costs the run: nesting thousands of levels deep finishes, says what was
  // flattened and where, and keeps the items (items past MAX_NESTING_DEPTH join the list at
  // that level). Sizes are kept small enough for a unit test; bench/ measures time.
  describe('nesting thousands of levels deep', () => {
    it(
      'a line of 5,000 list markers: no stack overflow, a diagnostic on that line',
      () => {
        const text = markerRun(5000);
        const x = extract(text, 'deep.md');
        const [diagnostic] = tooDeep(x);
        expect(diagnostic?.message).toMatch(
          /^line 7: markdown nested about 5000 levels deep .* flattened into level 32/,
        );
        expect(text.slice(diagnostic?.start, diagnostic?.end)).toBe(`${'- '.repeat(5000)}Unit 1 Division`);
      },
      SAFETY_TIMEOUT_MS,
    );

    it(
      '5,000 levels of `>` and `-` mixed on one line: no stack overflow, a diagnostic',
      () => {
        expect(tooDeep(extract(mixedNesting(2500, 1), 'mixed.md'))).toHaveLength(1);
      },
      SAFETY_TIMEOUT_MS,
    );

    it(
      'a whole document 5,000 blockquotes deep yields the units of the same list unquoted',
      () => {
        const count = 200;
        const deep = extract(quotedList(5000, count), 'quoted.md');
        expect(departments(deep)).toEqual(departments(extract(flatList(count), 'flat.md')));
        expect(departments(deep)).toHaveLength(count);
        expect(tooDeep(deep)[0]?.message).toMatch(/^lines 1-\d+: markdown nested about 5001 levels deep/);
      },
      SAFETY_TIMEOUT_MS,
    );

    it(
      'a staircase list deeper than the limit yields what the same list flattened at the limit yields',
      () => {
        const count = 300;
        const deep = extract(staircaseList(count), 'stair.md');
        expect(departments(deep)).toEqual(
          departments(extract(flattenedStaircase(count, MAX_NESTING_DEPTH), 'flattened.md')),
        );
        // Every unit past the limit is still a unit.
        expect(departments(deep)).toEqual(expect.arrayContaining(unitNames(count).slice(MAX_NESTING_DEPTH)));
        expect(tooDeep(deep).length).toBeGreaterThan(0);
      },
      SAFETY_TIMEOUT_MS,
    );

    it.each([
      ['a plain-text list indented one more space per item', indentedTextList(1500)],
      ['plain-text items that each restart numbering at "1."', restartedNumbering(5000)],
    ])(
      '%s: the items past the limit join the list at the limit',
      (_, text) => {
        const count = text.includes('1. Unit') ? 5000 : 1500;
        const x = extract(text, 'deep.txt');
        expect(departments(x)).toEqual(expect.arrayContaining(unitNames(count).slice(2 * MAX_NESTING_DEPTH)));
        const [diagnostic] = tooDeep(x);
        expect(diagnostic?.message).toMatch(
          /list item\(s\) nested deeper than 32 levels were flattened into the list at level 32/,
        );
        expect(diagnostic?.start).toBeGreaterThan(0);
        expect(diagnostic?.end).toBeLessThanOrEqual(text.length);
      },
      SAFETY_TIMEOUT_MS,
    );

    it(
      'lines no line closes are parsed in parts, and the split is reported',
      () => {
        const x = extract(unbrokenNesting(600, 4), 'unbroken.md');
        expect(x.diagnostics.filter((d) => d.code === 'KG_MARKDOWN_SPLIT').map((d) => d.message)).toEqual([
          expect.stringMatching(/^line 513: 512 lines of markdown/),
        ]);
      },
      SAFETY_TIMEOUT_MS,
    );

    it(
      'leaves ordinary markdown as it is: no cut, no diagnostic',
      () => {
        expect(limitMarkdownNesting(flatList(50))).toBeNull();
        expect(limitMarkdownNesting(staircaseList(MAX_NESTING_DEPTH))).toBeNull();
        expect(extract(staircaseList(20), 'shallow.md').diagnostics).toEqual([]);
      },
      SAFETY_TIMEOUT_MS,
    );

    it(
      'cuts only container prefixes, and maps every kept character back to itself',
      () => {
        const text = staircaseList(100);
        const limited = limitMarkdownNesting(text);
        expect(limited).not.toBeNull();
        if (!limited) return;
        for (let i = 0; i < limited.text.length; i++) expect(text[limited.toText[i] as number]).toBe(limited.text[i]);
        expect(limited.text.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
      },
      SAFETY_TIMEOUT_MS,
    );
  });

  describe('markdown parsed in parts', () => {
    const lines = (n: number, make: (k: number) => string): string =>
      Array.from({ length: n }, (_, k) => make(k)).join('\n');

    it('covers the text and cuts only before lines that close every block', () => {
      const text = lines(200, (k) => (k % 10 === 0 ? `## Part ${k}` : k % 10 === 5 ? '' : `- item ${k}\n  continued`));
      const { segments, forcedCuts } = markdownSegments(text);
      expect(forcedCuts).toEqual([]);
      expect(segments.length).toBeGreaterThan(1);
      expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
      for (const s of segments.slice(1)) expect(text.slice(s.start)).toMatch(/^(## |- )/);
    });

    it('never cuts inside a fenced code block or an HTML comment, even with blank lines in them', () => {
      const fence = `\`\`\`\n${lines(100, (k) => (k % 2 ? '' : `# not a heading ${k}`))}\n\`\`\``;
      const comment = `<!--\n${lines(100, (k) => (k % 2 ? '' : `- not an item ${k}`))}\n-->`;
      for (const block of [fence, comment]) {
        const text = `${lines(40, (k) => `- item ${k}`)}\n\n${block}\n\n${lines(40, (k) => `- item ${k}`)}`;
        const inside = { start: text.indexOf(block), end: text.indexOf(block) + block.length };
        for (const s of markdownSegments(text).segments)
          expect(s.start <= inside.start || s.start >= inside.end).toBe(true);
      }
    });

    it('parses a document with link reference definitions whole', () => {
      const text = `${lines(100, (k) => `- item [${k}][ref]`)}\n\n[ref]: https://example.org\n`;
      expect(markdownSegments(text).segments).toEqual([{ start: 0, end: text.length }]);
    });
  });
});
