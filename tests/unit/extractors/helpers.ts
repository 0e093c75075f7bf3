// Test helpers: run the extractors over an in-memory or fixture document.
import { readFileSync } from 'node:fs';
import { decodeDocument, extractDocument, resolveCorpus } from '../../../extractors/index.ts';
import type { Extraction, SourceDocument } from '../../../extractors/types.ts';

/** Decodes a string (or bytes) as a document, failing the test if it is rejected. */
export function sourceOf(content: string | Uint8Array, id = 'doc.txt'): SourceDocument {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const result = decodeDocument({ id, path: id, bytes });
  if (!result.ok) throw new Error(`decode failed: ${result.diagnostic.message}`);
  return result.document;
}

/** Extracts one document and resolves it as a corpus of one. */
export function extract(content: string | Uint8Array, id = 'doc.txt'): Extraction {
  return resolveCorpus([extractDocument(sourceOf(content, id))]);
}

/** Extracts a fixture from tests/fixtures. */
export function extractFixture(name: string): Extraction {
  return extract(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)), name);
}

/** The relation triples of an extraction as "TYPE from-name -> to-name" strings. */
export function triples(x: Extraction): string[] {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${r.type} ${names.get(r.from)} -> ${names.get(r.to)}`);
}

/** The relation triples of one type, sorted. */
export function triplesOf(x: Extraction, type: string): string[] {
  return triples(x)
    .filter((t) => t.startsWith(`${type} `))
    .sort();
}

/** The posts of an extraction as sorted "person|title|body" strings. */
export function posts(x: Extraction): string[] {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${names.get(r.from)}|${r.properties.title}|${names.get(r.to)}`)
    .sort();
}

/** The entity names of one type. */
export function namesOf(x: Extraction, type: string): string[] {
  return x.entities.filter((e) => e.type === type).map((e) => e.name);
}
