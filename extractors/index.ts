// The extraction layer's public API: the ordered stage list, extractDocument (one
// document, pure) and resolveCorpus (all documents, pure and order-independent).
export { decodeDocument, normaliseText, resolutionKeys, resolveCorpus } from './resolution.ts';
export { extractDocument } from './extract-document.ts';
export { explainDocument } from './explain.ts';
export { EXTRACTOR_RULES } from './rules.ts';
export type * from './types.ts';

/** The stages in the order extractDocument runs them, with the modules that implement each. */
export const STAGES = [
  { name: 'decode', module: 'decode.ts', does: 'bytes -> SourceDocument (BOM, UTF-8 check, LF, NFC, offset map)' },
  {
    name: 'layout',
    module: 'structure.ts',
    does: 'lossless blocks: nesting-limit.ts, markdown-segments.ts, structure-markdown.ts (emphasis lines and strong leads as headings, indented converter output re-entered, bracketed legal markers after bullets), structure-text.ts (lead-in labels, one-column tables as lists, soft-wrapped names), inline-enumeration.ts',
  },
  { name: 'outline', module: 'outline.ts', does: 'header/body nesting by heading depth and marker families, inserted values, bounded depth' },
  {
    name: 'candidates',
    module: 'mentions.ts',
    does: 'body, law and person mentions: agencies.ts, laws.ts, people.ts, leader-lines.ts, post-lines.ts (bracketed posts, post labels, appositions, profile blocks), acronym-bodies.ts',
  },
  { name: 'aliases', module: 'aliases.ts', does: 'bracketed acronyms and short forms, ACR (Expansion), hereinafter names, apposition; organisation-groups.ts: initials, truncations, head-final short forms' },
  {
    name: 'roles-and-typing',
    module: 'extract-document.ts',
    does: 'node roles from content (item-roles.ts) and typing by attachment: unit-lists.ts, heading-units.ts, name-list-lines.ts, placement.ts',
  },
  { name: 'subject-stack', module: 'subject.ts', does: 'document subject (title, founding sentence, first defining sentence) and back-references owning lists and lead-ins' },
  { name: 'responsibilities', module: 'responsibilities.ts', does: 'duty lists and unit remits -> Responsibility with their owner' },
  { name: 'relations', module: 'relations-sentences.ts', does: 'sentence-pattern relations, governing-laws.ts (eponymous instruments, statute titles), post-bodies.ts' },
  { name: 'identity', module: 'identity-scope.ts', does: 'a unit keyed by its parent, a generic agency name by its jurisdiction' },
  { name: 'resolve-corpus', module: 'resolve.ts', does: 'cross-document merging, final ids, sorting, diagnostics' },
] as const;
