// Shared types of the extraction stages and of the extraction file that `kg extract` writes
// (the contract of ../shared/eval/SCHEMA.md). Nothing here does I/O.

/** The five entity types of the schema: a closed union, so labels never come from text. */
export const ENTITY_TYPES = ['Agency', 'Department', 'Person', 'Law', 'Responsibility'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The five relation types of the schema: a closed union, so types never come from text. */
export const RELATION_TYPES = [
  'HAS_DEPARTMENT',
  'SUBORDINATE_TO',
  'HOLDS_POSITION',
  'HAS_RESPONSIBILITY',
  'GOVERNED_BY',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Half-open character offsets [start, end) into the ORIGINAL text of one document. */
export interface Span {
  document: string;
  start: number;
  end: number;
}

/** One source file as loaded: decoded text plus the way back to the original offsets. */
export interface SourceDocument {
  /** Stable id: the path relative to the corpus root, with forward slashes. */
  id: string;
  /** Path as given on disk (absolute or relative to the working directory). */
  path: string;
  /** SHA-256 (hex) of the file's bytes. */
  sha256: string;
  /** The original text (UTF-8 decoded, BOM kept out). Spans index into this. */
  originalText: string;
  /** Normalised text (CRLF/CR to LF, NFC) that the stages read. */
  text: string;
  /**
   * offsetMap[i] is the offset in originalText of normalised character i; it has
   * text.length + 1 entries so that an end offset maps too.
   */
  offsetMap: number[];
  format: 'text' | 'markdown';
}

/** A problem with the input, reported with a place and a reason; never thrown. */
export interface Diagnostic {
  code: string;
  message: string;
  document?: string;
  path?: string;
  start?: number;
  end?: number;
}

/** An entity of the extraction file. */
export interface ExtractedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  /** Names of the stages or rules that proposed this entity, sorted. */
  extractors: string[];
}

/** A relation of the extraction file; `from` and `to` are entity ids. */
export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  properties: Record<string, string>;
  evidence: Span[];
  extractors: string[];
}

/** A document entry of the extraction file. */
export interface ExtractedDocument {
  id: string;
  path: string;
  sha256: string;
}

/** What `kg extract` writes: SCHEMA.md's extraction file plus diagnostics and version. */
export interface Extraction {
  extractorVersion: string;
  documents: ExtractedDocument[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  diagnostics: Diagnostic[];
}
