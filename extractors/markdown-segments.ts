// Markdown segments: a document cut, at lines where no container or block can span the
// cut, into pieces that remark-parse reads one at a time. micromark's work grows faster
// than linearly with the lines of one run of container blocks (a thousand one-line nested
// items took seconds); pieces of a few dozen lines keep the parse linear in the document.
// A cut falls only before a line that would close every open container below its own
// blockquote markers anyway: after its `>`s, a line at the quote's column 0 after a blank
// (quoted) line, an ATX heading, or a bullet item; never inside a fenced code block or an
// HTML block. Blockquotes are transparent to structure-markdown.ts, and two lists cut apart
// are joined again by the outline (outline.ts continues a list of the same style at the
// same depth), so the blocks are the same. A run of MAX_SEGMENT_LINES lines with no such
// line (only hostile input writes one) is cut anyway, and the cut is reported.
import type { TextRange } from './types.ts';

/** A piece holds at least this many lines before the next cut is taken. */
export const SEGMENT_LINES = 32;
/** A piece never holds more lines than this: micromark's cost grows with its square. */
export const MAX_SEGMENT_LINES = 512;

const QUOTE_PREFIX = /^(?: {0,3}> ?)+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const BULLET = /^[-*+][ \t]+\S/;
const THEMATIC = /^(?:[-*_][ \t]*){3,}$/;
// HTML blocks that end at a marker rather than at a blank line (CommonMark kinds 1-5).
const HTML_UNTIL_MARKER: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const HTML_START = /^ {0,3}<[/?!A-Za-z]/;
// A link reference definition applies to the whole document, so a document with one is
// parsed whole (its references would not resolve across pieces).
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/** Pieces of a markdown text, and the lines where a piece had to be cut at an unsafe place. */
export interface MarkdownSegments {
  segments: TextRange[];
  /** Offsets of the lines that start a piece although blocks may span them. */
  forcedCuts: number[];
}

/** The ranges of `text` to parse one by one, in order, covering it whole. */
export function markdownSegments(text: string): MarkdownSegments {
  const forcedCuts: number[] = [];
  if (DEFINITION.test(text) && text.split('\n', MAX_SEGMENT_LINES + 1).length <= MAX_SEGMENT_LINES)
    return { segments: [{ start: 0, end: text.length }], forcedCuts };
  const segments: TextRange[] = [];
  let segmentStart = 0;
  let linesInSegment = 0;
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let inHtmlUntilBlank = false;
  let previousBlank = true;
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // Only the line's start matters; blockquote markers are set aside.
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200)).replace(QUOTE_PREFIX, '');
    const isBlank =
      line.trim() === '' &&
      (lineEnd - lineStart <= 200 || text.slice(lineStart, lineEnd).replace(QUOTE_PREFIX, '').trim() === '');
    const isOpen = fence !== null || htmlEnd !== null || inHtmlUntilBlank;
    const isSafe = !isOpen && linesInSegment >= SEGMENT_LINES && startsFresh(line, previousBlank);
    if (lineStart > segmentStart && (isSafe || linesInSegment >= MAX_SEGMENT_LINES)) {
      if (!isSafe) forcedCuts.push(lineStart);
      segments.push({ start: segmentStart, end: lineStart });
      segmentStart = lineStart;
      linesInSegment = 0;
    }
    // Track the blocks that may span the lines that follow.
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (
        fenceMatch &&
        (fenceMatch[1] as string)[0] === fence.char &&
        (fenceMatch[1] as string).length >= fence.length &&
        line.trim() === fenceMatch[0].trim()
      )
        fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(text.slice(lineStart, lineEnd))) htmlEnd = null;
    } else if (inHtmlUntilBlank) {
      if (isBlank) inHtmlUntilBlank = false;
    } else if (fenceMatch) {
      fence = { char: (fenceMatch[1] as string)[0] as string, length: (fenceMatch[1] as string).length };
    } else if (HTML_START.test(line)) {
      const kind = HTML_UNTIL_MARKER.find(([start]) => start.test(line));
      if (kind) htmlEnd = kind[1].test(text.slice(lineStart, lineEnd).slice(line.indexOf('<') + 2)) ? null : kind[1];
      else inHtmlUntilBlank = true;
    }
    previousBlank = isBlank;
    linesInSegment++;
    lineStart = lineEnd + 1;
  }
  segments.push({ start: segmentStart, end: text.length });
  return { segments, forcedCuts };
}

// A line that closes every open container and paragraph, whatever came before.
function startsFresh(line: string, previousBlank: boolean): boolean {
  const first = line[0];
  if (first === undefined || first === ' ' || first === '\t') return false;
  if (previousBlank) return true;
  return HEADING.test(line) || (BULLET.test(line) && !THEMATIC.test(line));
}
