// The extraction layer's public API: the ordered stage list, extractDocument (one
// document, pure) and resolveCorpus (all documents, pure and order-independent).
export { decodeDocument, normaliseText, resolutionKeys, resolveCorpus } from './resolution.ts';
export { extractDocument } from './extract-document.ts';
export { explainDocument } from './explain.ts';
export type * from './types.ts';

/** The stages in the order extractDocument runs them, with the module that implements each. */
export const STAGES = [
  { name: 'decode', module: 'decode.ts', does: 'bytes -> SourceDocument (BOM, UTF-8 check, LF, NFC, offset map)' },
  { name: 'structure', module: 'structure.ts', does: 'SourceDocument -> DocumentModel (sections, lists, tables, key/value lines)' },
  { name: 'mentions', module: 'mentions.ts', does: 'organisation, law and person mentions (agencies.ts, laws.ts, people.ts)' },
  { name: 'aliases', module: 'aliases.ts', does: 'acronyms, bracketed names, hereinafter names, apposition' },
  { name: 'resolve-document', module: 'organisation-groups.ts', does: 'in-document resolution and Agency/Department typing' },
  { name: 'responsibilities', module: 'responsibilities.ts', does: 'function-list items and unit bodies -> Responsibility' },
  { name: 'relations', module: 'relations-sentences.ts', does: 'structural and sentence-pattern relations' },
  { name: 'resolve-corpus', module: 'resolve.ts', does: 'cross-document merging, final ids, sorting, diagnostics' },
] as const;
