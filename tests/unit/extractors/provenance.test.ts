// Every mention and every piece of evidence must slice back, in the ORIGINAL text, to what
// it claims, including for a document with a BOM, CRLF line ends and decomposed accents.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument, extractDocument, resolveCorpus } from '../../../extractors/index.ts';
import { normaliseName } from '../../../extractors/normalise-name.ts';
import type { Extraction, SourceDocument } from '../../../extractors/types.ts';

const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function checkSpans(source: SourceDocument, x: Extraction): number {
  let checked = 0;
  for (const e of x.entities) {
    const names = new Set([e.name, ...e.aliases].map(normaliseName));
    for (const m of e.mentions) {
      const slice = source.originalText.slice(m.start, m.end);
      if (e.type === 'Responsibility') expect(squash(e.name).startsWith(squash(slice).slice(0, 20))).toBe(true);
      else expect(names.has(normaliseName(squash(slice)))).toBe(true);
      checked++;
    }
  }
  for (const r of x.relations) {
    for (const ev of r.evidence) {
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeLessThanOrEqual(source.originalText.length);
      expect(ev.end).toBeGreaterThan(ev.start);
      checked++;
    }
  }
  return checked;
}

function run(bytes: Uint8Array, id: string): { source: SourceDocument; x: Extraction } {
  const decoded = decodeDocument({ id, path: id, bytes });
  if (!decoded.ok) throw new Error(decoded.diagnostic.message);
  return { source: decoded.document, x: resolveCorpus([extractDocument(decoded.document)]) };
}

describe('provenance spans', () => {
  const fixtureDir = new URL('../../fixtures/', import.meta.url);
  it.each(
    readdirSync(fixtureDir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort(),
  )('slice back in fixture %s', (name) => {
    const { source, x } = run(readFileSync(new URL(name, fixtureDir)), name);
    expect(checkSpans(source, x)).toBeGreaterThan(0);
  });

  it('slice back through a BOM, CRLF line ends and non-NFC text', () => {
    // "Régional" written with a combining acute accent (e + U+0301).
    const text = [
      'Functions of the Re\u0301gional Water Office',
      '',
      'The Re\u0301gional Water Office (RWO) is directly under the Ministry of Water Resources.',
      '(1) Manage the re\u0301gional water supply;',
      '(2) Enforce the Water Resources Act 2001.',
      '',
      'Legal basis:',
      'Water Resources Act 2001',
    ].join('\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const { source, x } = run(bytes, 'crlf.txt');
    expect(source.originalText.startsWith('\uFEFF')).toBe(false);
    expect(source.text).not.toContain('\r');
    expect(source.text).toContain('Régional');
    const office = x.entities.find((e) => normaliseName(e.name) === normaliseName('Régional Water Office'));
    expect(office).toBeDefined();
    for (const m of office?.mentions ?? []) {
      expect(source.originalText.slice(m.start, m.end).normalize('NFC')).toMatch(/^(Régional Water Office|RWO)$/);
    }
    expect(checkSpans(source, x)).toBeGreaterThan(5);
    const duty = x.entities.find((e) => e.type === 'Responsibility' && e.name.startsWith('Manage'));
    const span = duty?.mentions[0];
    expect(span && source.originalText.slice(span.start, span.end).normalize('NFC')).toBe(
      'Manage the régional water supply',
    );
  });

  it('slice back in every seed document', () => {
    const seeds = new URL('../../../seeds/', import.meta.url);
    for (const name of readdirSync(seeds).sort()) {
      const { source, x } = run(readFileSync(new URL(name, seeds)), name);
      expect(checkSpans(source, x)).toBeGreaterThan(0);
    }
  });

  it.each(['generalise', 'shape', 'eval-dev', 'rules'])(
    'slice back in every hand-written fixture of tests/fixtures/%s',
    (folder) => {
      const dir = new URL(`../../fixtures/${folder}/`, import.meta.url);
      for (const name of readdirSync(dir).sort()) {
        const { source, x } = run(readFileSync(new URL(name, dir)), name);
        expect(checkSpans(source, x)).toBeGreaterThan(0);
      }
    },
  );
});
