// Scoped keys: how identity-scope.ts writes a Department's parents and a generic agency's
// jurisdiction into a doc-local entity key, and how resolution reads them back. Kept apart
// from identity-scope.ts so that resolution loads no language model.
import { normaliseName } from './normalise-name.ts';

// Separates the parts of a scoped key; never produced by normaliseName.
const SEP = '\u0001';

/** What a doc-local key says about the entity's scope. */
export interface KeyScope {
  /** The resolution keys ("Agency|ministry of finance") of a Department's parents in its document. */
  parents: string[];
  /** The normalised jurisdiction of a generic agency name, or null. */
  jurisdiction: string | null;
}

/** Reads the scope written into a doc-local key by scopedKey. */
export function scopeOfKey(key: string): KeyScope {
  const parts = key.split(SEP);
  const parents: string[] = [];
  let jurisdiction: string | null = null;
  for (let i = 1; i + 1 < parts.length; i += 2) {
    if (parts[i] === 'under') parents.push(parts[i + 1] as string);
    if (parts[i] === 'in') jurisdiction = parts[i + 1] as string;
  }
  return { parents, jurisdiction };
}

/** A doc-local key with a scope written into it. */
export function scopedKey(key: string, scope: KeyScope): string {
  let out = key;
  for (const parent of scope.parents) out += `${SEP}under${SEP}${parent}`;
  if (scope.jurisdiction) out += `${SEP}in${SEP}${scope.jurisdiction}`;
  return out;
}

/** The resolution key of an entity's canonical name: type and normalised name. */
export function nameResolutionKey(type: string, name: string): string {
  return `${type}|${normaliseName(name)}`;
}

/** A name's resolution key within a jurisdiction (generic agency names), or the plain one. */
export function jurisdictionKey(key: string, jurisdiction: string | null): string {
  return jurisdiction ? `${key}|in|${jurisdiction}` : key;
}

/** A unit's name key under its parents' canonical keys ('-' for none). */
export function underParentsKey(key: string, parents: readonly string[]): string {
  return `${key}|under|${parents.join(',') || '-'}`;
}
