// Structure stage: SourceDocument -> DocumentModel, one tree for both formats. Nesting is
// bounded here, once, so no later stage walks a tree the input made arbitrarily deep.
import type { NestingCut } from './nesting-limit.ts';
import { MAX_SEGMENT_LINES } from './markdown-segments.ts';
import { MAX_NESTING_DEPTH } from './nesting-limit.ts';
import { readBulletedFields } from './field-bullets.ts';
import { buildOutline } from './outline.ts';
import { toSpan } from './spans.ts';
import { structureMarkdown } from './structure-markdown.ts';
import { structureText } from './structure-text.ts';
import type { Diagnostic, DocumentModel, SourceDocument, TextRange } from './types.ts';

/** Builds the document tree (sections, lists, items, tables, key/value lines) of a document. */
export function structureDocument(source: SourceDocument): DocumentModel {
  const flattened: TextRange[] = [];
  const onTooDeep = (range: TextRange): void => {
    flattened.push(range);
  };
  if (source.format === 'markdown') {
    const { blocks, text, cuts, forcedCuts } = structureMarkdown(source.text);
    const root = buildOutline(text, readBulletedFields(text, blocks), text.length, onTooDeep);
    return {
      source,
      text,
      root,
      diagnostics: [
        ...capped(cuts, (cut) => cutDiagnostic(source, cut)),
        ...capped(forcedCuts, (at) => forcedCutDiagnostic(source, at)),
        ...flattenedDiagnostics(source, flattened),
      ],
    };
  }
  const blocks = structureText(source.text, { start: 0, end: source.text.length }, { allowHeadings: true });
  const root = buildOutline(source.text, readBulletedFields(source.text, blocks), source.text.length, onTooDeep);
  return { source, text: source.text, root, diagnostics: flattenedDiagnostics(source, flattened) };
}

// At most this many diagnostics of one kind per document; the last one counts the rest.
const MAX_DIAGNOSTICS = 20;

function cutDiagnostic(source: SourceDocument, cut: NestingCut): Diagnostic {
  const span = toSpan(source, cut.range);
  const lines = cut.firstLine === cut.lastLine ? `line ${cut.firstLine}` : `lines ${cut.firstLine}-${cut.lastLine}`;
  return {
    code: 'KG_NESTING_TOO_DEEP',
    message: `${lines}: markdown nested about ${cut.deepestLevels} levels deep (blockquotes, list markers, indentation); levels beyond ${MAX_NESTING_DEPTH} were flattened into level ${MAX_NESTING_DEPTH}, their text and list items kept.`,
    document: source.id,
    path: source.path,
    start: span.start,
    end: span.end,
  };
}

function forcedCutDiagnostic(source: SourceDocument, at: number): Diagnostic {
  const end = source.text.indexOf('\n', at);
  const span = toSpan(source, { start: at, end: end === -1 ? source.text.length : end });
  return {
    code: 'KG_MARKDOWN_SPLIT',
    message: `line ${lineAt(source.text, at)}: ${MAX_SEGMENT_LINES} lines of markdown with no line that closes its lists and blockquotes; parsed in parts from here, so a list or quote open at this line starts anew.`,
    document: source.id,
    path: source.path,
    start: span.start,
    end: span.end,
  };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

// List items the outline would have nested beyond the limit, reported as runs of items.
function flattenedDiagnostics(source: SourceDocument, ranges: TextRange[]): Diagnostic[] {
  const runs: Array<{ range: TextRange; items: number }> = [];
  for (const range of ranges) {
    const last = runs[runs.length - 1];
    const between = last ? source.text.slice(last.range.end, range.start) : '';
    if (last && !/\n\s*\n/.test(between)) {
      last.range.end = range.end;
      last.items++;
    } else runs.push({ range: { ...range }, items: 1 });
  }
  let line = 1;
  let counted = 0;
  return capped(runs, (run): Diagnostic => {
    const span = toSpan(source, run.range);
    for (
      let at = source.text.indexOf('\n', counted);
      at !== -1 && at < run.range.start;
      at = source.text.indexOf('\n', at + 1)
    )
      line++;
    counted = run.range.start;
    return {
      code: 'KG_NESTING_TOO_DEEP',
      message: `line ${line}: ${run.items} list item(s) nested deeper than ${MAX_NESTING_DEPTH} levels were flattened into the list at level ${MAX_NESTING_DEPTH}.`,
      document: source.id,
      path: source.path,
      start: span.start,
      end: span.end,
    };
  });
}

// Diagnostics for the first MAX_DIAGNOSTICS items (in order: the callback may count lines
// from the previous item on); the last says how many more there were.
function capped<T>(items: T[], toDiagnostic: (item: T) => Diagnostic): Diagnostic[] {
  const kept = items.slice(0, MAX_DIAGNOSTICS).map(toDiagnostic);
  const last = kept[kept.length - 1];
  if (last && items.length > MAX_DIAGNOSTICS)
    kept[kept.length - 1] = {
      ...last,
      message: `${last.message} ${items.length - MAX_DIAGNOSTICS} more like it later in the document are not listed.`,
    };
  return kept;
}
