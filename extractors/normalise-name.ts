// Name normalisation and deterministic ids (SCHEMA: "Names are normalised: lower case, a
// leading 'the' dropped, everything but letters, digits and spaces removed").
import { hash } from 'node:crypto';
import type { EntityType } from './types.ts';

// The same names are normalised again and again within and across documents: a bounded
// memo (cleared when full) keeps that cheap.
const MAX_MEMO = 50_000;
const memo = new Map<string, string>();

/** Normalises a name for matching, exactly as the scorer does. */
export function normaliseName(name: string): string {
  let normalised = memo.get(name);
  if (normalised === undefined) {
    normalised = normalise(name);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(name, normalised);
  }
  return normalised;
}

function normalise(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A readable slug of a name (ASCII letters and digits, hyphens), at most 60 characters. */
export function slugOf(name: string): string {
  const slug = normaliseName(name)
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'x';
}

/** The first 12 hex digits of SHA-256 over a string. */
export function shortHash(text: string): string {
  // The one-shot digest: the same bytes as createHash().update().digest(), without a Hash
  // object per call (every responsibility and entity id asks for one).
  return hash('sha256', text, 'hex').slice(0, 12);
}

/** Deterministic entity id from type and canonical key: `agency:slug-hash`. */
export function entityId(type: EntityType, key: string, name: string): string {
  return `${type.toLowerCase()}:${slugOf(name)}-${shortHash(`${type}\u0000${key}`).slice(0, 8)}`;
}
