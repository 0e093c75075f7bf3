// Shared types of the extraction stages and of the extraction file that `kg extract` writes
// (the contract of ../shared/eval/SCHEMA.md). Nothing here does I/O.
import type { ExtractorRule } from './rules.ts';

export type { ExtractorRule } from './rules.ts';

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
   * text.length + 1 entries so that an end offset maps too. A typed array keeps a 10 MB
   * document's map at 4 bytes a character.
   */
  offsetMap: Uint32Array;
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

// ---------------------------------------------------------------------------------------
// Document model: one tree for plain text and markdown. Ranges are half-open offsets into
// SourceDocument.text (the NORMALISED text); spans.ts maps them back to original offsets.

/** Half-open offsets [start, end) into the normalised text of the document being read. */
export interface TextRange {
  start: number;
  end: number;
}

/** Numbering styles that numbering.ts recognises at the start of a list item. */
export type NumberingStyle =
  | 'paren-arabic' // (1)
  | 'paren-word' // (two)
  | 'arabic-dot' // 1.  1)  1、  1°
  | 'arabic-space' // 2 organize ...
  | 'roman-upper' // I.  II)
  | 'roman-lower' // i.  (iv)
  | 'letter-lower' // (a)  a)  a.
  | 'letter-upper' // (A)  A.
  | 'ordinal-word' // Second,  Third,  Firstly,
  | 'ordinal-is' // One is  The second is
  | 'bullet'; // -  *  •

/** A list marker: how an item is numbered and where the marker ends. */
export interface Marker {
  style: NumberingStyle;
  /** Ordinal value (1-based); 0 for bullets. */
  value: number;
  /** Where the marker (with its punctuation and following space) ends. */
  end: number;
}

/** A heading: markdown `#`, a short stand-alone line, or a label line ending in a colon. */
export interface SectionNode {
  kind: 'section';
  /** The heading text, or null for the document's leading section. */
  heading: TextRange | null;
  /** 1-6 for headings; 7 for label lines ("Legal basis:"), which nest under headings. */
  level: number;
  range: TextRange;
  children: BlockNode[];
}

/** A paragraph: one or more lines of running text. */
export interface ParagraphNode {
  kind: 'paragraph';
  range: TextRange;
}

/** An enumerated or bulleted list whose items share one numbering sequence. */
export interface ListNode {
  kind: 'list';
  style: NumberingStyle;
  range: TextRange;
  items: ItemNode[];
}

/** One list item: its own line(s) after the marker, then body paragraphs and sub-lists. */
export interface ItemNode {
  kind: 'item';
  marker: Marker;
  /** Text of the item's own line(s), marker excluded. */
  head: TextRange;
  range: TextRange;
  children: BlockNode[];
}

/** A table (markdown pipe table or aligned rows): the first row is the header. */
export interface TableNode {
  kind: 'table';
  range: TextRange;
  header: TextRange[];
  rows: TextRange[][];
}

/** A key/value line ("Name : post", "Established: 1990") or an info-box label/value pair. */
export interface KeyValueNode {
  kind: 'keyValue';
  range: TextRange;
  key: TextRange;
  value: TextRange;
}

export type BlockNode = SectionNode | ParagraphNode | ListNode | ItemNode | TableNode | KeyValueNode;

/** The structured document every entity and relation stage reads. */
export interface DocumentModel {
  source: SourceDocument;
  /**
   * The text the stages read: equal in length to source.text; markdown markup that is not
   * content (emphasis marks, link targets) is blanked to spaces so offsets stay aligned.
   */
  text: string;
  root: SectionNode;
  /** Problems the structure stage met and worked around (nesting cut to the limit). */
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------
// Candidates (per document) and the per-document extraction.

/** Entity types the stages propose; `Organisation` is typed Agency or Department later. */
export type CandidateEntityType = EntityType;

/** One mention of an entity proposed by a stage, in normalised-text offsets. */
export interface EntityMention {
  type: EntityType;
  /** The surface form as the document writes it (whitespace collapsed). */
  name: string;
  range: TextRange;
  extractor: ExtractorRule;
  /** For Responsibility: a doc-local key of the owning body mention, resolved later. */
  key?: string;
}

/** A doc-local entity after in-document resolution; spans are in ORIGINAL offsets. */
export interface LocalEntity {
  /** Doc-local key: type + normalised canonical name (Responsibility: + text hash). */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  extractors: string[];
}

/**
 * A doc-local relation: the shape of an ExtractedRelation, but `from` and `to` are
 * LocalEntity keys (resolveCorpus maps them to final ids); evidence in ORIGINAL offsets.
 */
export type LocalRelation = ExtractedRelation;

/** Everything one document yields: JSON-serialisable, so it can be cached or sent to a worker. */
export interface DocumentExtraction {
  document: ExtractedDocument;
  entities: LocalEntity[];
  relations: LocalRelation[];
  diagnostics: Diagnostic[];
}
