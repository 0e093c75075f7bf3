// Structure stage: SourceDocument -> DocumentModel, one tree for both formats.
import { buildOutline } from './outline.ts';
import { structureMarkdown } from './structure-markdown.ts';
import { structureText } from './structure-text.ts';
import type { DocumentModel, SourceDocument } from './types.ts';

/** Builds the document tree (sections, lists, items, tables, key/value lines) of a document. */
export function structureDocument(source: SourceDocument): DocumentModel {
  if (source.format === 'markdown') {
    const { blocks, text } = structureMarkdown(source.text);
    return { source, text, root: buildOutline(text, blocks, text.length) };
  }
  const blocks = structureText(source.text, { start: 0, end: source.text.length }, { allowHeadings: true });
  return { source, text: source.text, root: buildOutline(source.text, blocks, source.text.length) };
}
