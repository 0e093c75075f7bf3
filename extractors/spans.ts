// Span helpers: trimming ranges and mapping normalised offsets back to the original text.
import type { SourceDocument, Span, TextRange } from './types.ts';

/** Maps a normalised-text range to a half-open span of the ORIGINAL text. */
export function toSpan(source: SourceDocument, range: TextRange): Span {
  const start = source.offsetMap[range.start] ?? source.originalText.length;
  // The end maps through the last included character so that a CRLF or a decomposed
  // cluster inside the range is covered whole.
  const last = range.end > range.start ? (source.offsetMap[range.end - 1] ?? start) : start;
  const next = source.offsetMap[range.end] ?? source.originalText.length;
  return { document: source.id, start, end: range.end > range.start ? Math.max(next, last + 1) : start };
}

/** Shrinks a range so it neither starts nor ends with whitespace. */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** Whitespace other than one space, or a space followed by more whitespace. */
const SPACE_TO_COLLAPSE = /[^\S ]| \s/;

/** Collapses runs of whitespace to single spaces and trims. */
export function collapseSpace(text: string): string {
  // Most names hold single spaces only: then trimming is all there is to do.
  return SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** The text of a range, whitespace collapsed. */
export function rangeText(text: string, range: TextRange): string {
  return collapseSpace(text.slice(range.start, range.end));
}

/** Orders spans by document, then start, then end. */
export function compareSpans(a: Span, b: Span): number {
  return a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start || a.end - b.end;
}
