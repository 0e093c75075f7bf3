// Reads back the text a span points to. The graph stores offsets and the document's
// sha256, not its text (a corpus can be large, and the file is the source of truth), so
// quoting re-reads the file at Document.path, decodes it the way extraction did, and only
// trusts the offsets when the bytes still hash to the ingested sha256.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { decodeDocument } from '../extractors/decode.ts';
import type { QuoteSpec } from '../cypher/header.ts';
import type { PlainMap } from '../graph/values.ts';

/** Why a quote is or is not there. */
export type QuoteStatus = 'ok' | 'no span' | 'file missing' | 'file changed since ingest' | 'span out of range';

interface LoadedText {
  status: 'ok' | 'file missing' | 'file changed since ingest';
  text: string;
}

/** Where to look for a relative Document.path: the working directory, then the project root. */
export interface QuoteOptions {
  roots: string[];
}

function loadText(path: string, sha256: string | undefined, roots: readonly string[]): LoadedText {
  const candidates = isAbsolute(path) ? [path] : roots.map((root) => resolve(root, path));
  for (const candidate of candidates) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(candidate);
    } catch {
      continue;
    }
    const decoded = decodeDocument({ id: path, path: candidate, bytes });
    if (!decoded.ok) return { status: 'file changed since ingest', text: '' };
    if (sha256 !== undefined && decoded.document.sha256 !== sha256)
      return { status: 'file changed since ingest', text: '' };
    return { status: 'ok', text: decoded.document.originalText };
  }
  return { status: 'file missing', text: '' };
}

/**
 * Adds `spec.into` (the quoted text, or null) and `<into>Status` to every row, reading each
 * document file once. Returns the new column names.
 */
export function addQuotes(rows: PlainMap[], spec: QuoteSpec, options: QuoteOptions): string[] {
  const texts = new Map<string, LoadedText>();
  for (const row of rows) {
    const path = row[spec.path];
    const sha256 = row[spec.sha256];
    const start = row[spec.start];
    const end = row[spec.end];
    let status: QuoteStatus = 'no span';
    let quote: string | null = null;
    if (typeof path === 'string' && typeof start === 'number' && typeof end === 'number') {
      const key = `${path}\u0000${String(sha256)}`;
      let loaded = texts.get(key);
      if (!loaded)
        texts.set(key, (loaded = loadText(path, typeof sha256 === 'string' ? sha256 : undefined, options.roots)));
      status = loaded.status;
      if (loaded.status === 'ok') {
        if (start >= 0 && start <= end && end <= loaded.text.length) quote = loaded.text.slice(start, end);
        else status = 'span out of range';
      }
    }
    row[spec.into] = quote;
    row[`${spec.into}Status`] = status;
  }
  return [spec.into, `${spec.into}Status`];
}
