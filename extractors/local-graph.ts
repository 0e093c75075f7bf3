// The doc-local graph under construction: entities keyed by type + normalised canonical
// name, relations keyed by type + ends, all spans still in normalised offsets until the end.
import { normaliseName, shortHash } from './normalise-name.ts';
import type { ExtractorRule } from './rules.ts';
import { compareSpans, toSpan } from './spans.ts';
import type {
  DocumentExtraction,
  EntityType,
  LocalEntity,
  LocalRelation,
  RelationType,
  SourceDocument,
  TextRange,
} from './types.ts';

interface EntityDraft {
  type: EntityType;
  names: Map<string, number>;
  mentions: TextRange[];
  extractors: Set<ExtractorRule>;
}

interface RelationDraft {
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, string>;
  evidence: TextRange[];
  extractors: Set<ExtractorRule>;
}

/** Mutable builder for one document's entities and relations. */
export class LocalGraph {
  readonly entities = new Map<string, EntityDraft>();
  readonly relations = new Map<string, RelationDraft>();

  /** Adds (or extends) an entity under an explicit key and returns the key. */
  addEntity(key: string, type: EntityType, name: string, range: TextRange, extractor: ExtractorRule): string {
    let draft = this.entities.get(key);
    if (!draft) {
      draft = { type, names: new Map(), mentions: [], extractors: new Set() };
      this.entities.set(key, draft);
    }
    draft.names.set(name, (draft.names.get(name) ?? 0) + 1);
    if (range.end > range.start) draft.mentions.push(range);
    draft.extractors.add(extractor);
    return key;
  }

  /** Adds (or extends) a relation; a later title is kept only if none was set. */
  addRelation(
    type: RelationType,
    from: string,
    to: string,
    evidence: TextRange,
    extractor: ExtractorRule,
    properties: Record<string, string> = {},
  ): void {
    if (from === to || !this.entities.has(from) || !this.entities.has(to)) return;
    const key = `${type}|${from}|${to}`;
    let draft = this.relations.get(key);
    if (!draft) {
      draft = { type, from, to, properties: {}, evidence: [], extractors: new Set() };
      this.relations.set(key, draft);
    }
    for (const [k, v] of Object.entries(properties))
      if (draft.properties[k] === undefined && v) draft.properties[k] = v;
    draft.evidence.push(evidence);
    draft.extractors.add(extractor);
  }

  /** Freezes the graph into a JSON-serialisable DocumentExtraction with ORIGINAL spans. */
  toExtraction(source: SourceDocument, canonicalNames: Map<string, string>): DocumentExtraction {
    const entities: LocalEntity[] = [];
    for (const [key, draft] of this.entities) {
      const names = [...draft.names.keys()];
      const name = canonicalNames.get(key) ?? pickCanonical(names);
      const normal = normaliseName(name);
      const aliases = [...new Set(names.filter((n) => normaliseName(n) !== normal))].sort();
      entities.push({
        key,
        type: draft.type,
        name,
        aliases: dedupeNormalised(aliases),
        mentions: uniqueSpans(draft.mentions.map((r) => toSpan(source, r))),
        extractors: [...draft.extractors].sort(),
      });
    }
    const relations: LocalRelation[] = [...this.relations.values()].map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      properties: r.properties,
      evidence: uniqueSpans(r.evidence.map((e) => toSpan(source, e))),
      extractors: [...r.extractors].sort(),
    }));
    entities.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    relations.sort((a, b) => `${a.type}|${a.from}|${a.to}`.localeCompare(`${b.type}|${b.from}|${b.to}`));
    return {
      document: { id: source.id, path: source.path, sha256: source.sha256 },
      entities,
      relations,
      diagnostics: [],
    };
  }
}

/** The fullest form among names (SCHEMA: "name is the fullest form the document uses"). */
export function pickCanonical(names: string[]): string {
  return [...names].sort((a, b) => fullness(b) - fullness(a) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? '';
}

function fullness(name: string): number {
  // An acronym is never the fullest form, however long.
  if (/^[\p{Lu}\d&.-]+$/u.test(name)) return 0;
  // A name set in capitals (a heading's "BOARD OF ACCOUNTANCY") yields to the same name as
  // the text writes it.
  return /\p{Ll}/u.test(name) ? name.length : name.length - 0.5;
}

function dedupeNormalised(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = normaliseName(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function uniqueSpans<T extends { document: string; start: number; end: number }>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.sort(compareSpans).filter((s) => {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A doc-local key for a named entity: type + normalised canonical name. */
export function nameKey(type: EntityType, name: string): string {
  const normal = normaliseName(name);
  return `${type}:${type === 'Person' ? withoutMiddleInitials(normal) : normal}`;
}

// "Mitchell H. Katz" and "Mitchell Katz" are one person: initials between the first and the
// last word of a name are left out of its key (the name as written stays on the entity).
function withoutMiddleInitials(name: string): string {
  const words = name.split(' ');
  return words.length < 3 ? name : words.filter((w, k) => k === 0 || k === words.length - 1 || w.length > 1).join(' ');
}

/** A doc-local key for a responsibility: owner + hash of its text. */
export function responsibilityKey(owner: string, text: string): string {
  return `Responsibility:${shortHash(`${owner}\u0000${normaliseName(text)}`)}`;
}
