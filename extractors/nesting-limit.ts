// Markdown nesting limit: before remark-parse sees a document, every line's container
// prefix (blockquote `>`s, list markers, indentation) is cut to MAX_NESTING_DEPTH levels.
// remark's cost per line grows with the number of open containers and its tree walkers
// recurse per level, so a list or blockquote nested thousands of levels deep took minutes
// and overflowed the stack; cut, each line costs a bounded amount. The cut keeps the line's text
// and its own list marker, so an item beyond the limit becomes an item at the limit
// (flattened into its ancestor there), never lost. The parsed copy is shorter than the
// text; `toText` maps its offsets back, so every position the structure stage reports is
// still an offset into the document's text.
import type { TextRange } from './types.ts';

/**
 * Container levels a markdown line may open (and list levels the outline nests); deeper
 * levels are flattened into this one. Real documents nest a handful of levels; micromark's
 * cost per line grows with the levels open on it (measured: about 3x from 16 to 64 levels
 * of one-line items), so 32 leaves room without letting a hostile line cost much.
 */
export const MAX_NESTING_DEPTH = 32;

// Costs are counted in half-levels: a `>` or a list marker opens one level (2); two columns
// of indentation can open one list level (1 a column), the least a `- ` item indents by.
const MARKER_COST = 2;
const LIMIT_COST = MAX_NESTING_DEPTH * MARKER_COST;
const TAB_COLUMNS = 4;

/** Lines whose nesting was cut, as one run of consecutive lines. */
export interface NestingCut {
  /** 1-based numbers of the first and last line of the run. */
  firstLine: number;
  lastLine: number;
  /** Offsets of the run in the document's text. */
  range: TextRange;
  /** The deepest nesting found in the run, in levels (an estimate from the prefix). */
  deepestLevels: number;
}

/** A document's text as remark should parse it, with the way back. */
export interface LimitedMarkdown {
  /** The text to parse: the original text with excess container prefixes removed. */
  text: string;
  /** toText[i] is the offset in the original text of parsed character i (length + 1 entries). */
  toText: Uint32Array;
  cuts: NestingCut[];
}

interface PrefixToken {
  start: number;
  end: number;
  kind: 'indent' | 'quote' | 'marker';
  /** Cost in half-levels. */
  cost: number;
}

/**
 * Cuts every line's container prefix to MAX_NESTING_DEPTH levels; null when no line needs
 * it (the common case: the text is parsed as it is). Runs in time linear in the text.
 */
export function limitMarkdownNesting(text: string): LimitedMarkdown | null {
  const pieces: Array<{ start: number; end: number }> = [];
  const cuts: NestingCut[] = [];
  let copiedUpTo = 0;
  let lineNumber = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    lineNumber++;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // Fast path: a prefix this short cannot open more levels than the limit.
    let p = lineStart;
    while (p < lineEnd && p - lineStart <= MAX_NESTING_DEPTH && isPrefixChar(text.charCodeAt(p))) p++;
    if (p - lineStart > MAX_NESTING_DEPTH) {
      const tokens = prefixTokens(text, lineStart, lineEnd);
      const total = tokens.reduce((sum, t) => sum + t.cost, 0);
      if (total > LIMIT_COST) {
        const keepEnd = cutPoint(text, tokens);
        const last = tokens[tokens.length - 1] as PrefixToken;
        // The dropped part of the prefix; the line's own marker stays, so it remains an item.
        const dropEnd = last.kind === 'marker' && last.start >= keepEnd ? last.start : last.end;
        if (dropEnd > keepEnd) {
          pieces.push({ start: copiedUpTo, end: keepEnd });
          copiedUpTo = dropEnd;
          recordCut(cuts, lineNumber, lineStart, lineEnd, Math.ceil(total / MARKER_COST));
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  if (cuts.length === 0) return null;
  pieces.push({ start: copiedUpTo, end: text.length });
  const length = pieces.reduce((sum, piece) => sum + piece.end - piece.start, 0);
  const toText = new Uint32Array(length + 1);
  let at = 0;
  for (const piece of pieces) for (let i = piece.start; i < piece.end; i++) toText[at++] = i;
  toText[length] = text.length;
  return { text: pieces.map((piece) => text.slice(piece.start, piece.end)).join(''), toText, cuts };
}

// Space, tab, `>`, bullets, digits and the ordered-marker punctuation.
function isPrefixChar(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 62 ||
    code === 45 ||
    code === 42 ||
    code === 43 ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 41
  );
}

// Splits a line's leading containers into tokens (CommonMark's shapes: `>` with one optional
// space; `-`, `*`, `+` or 1-9 digits and `.`/`)` followed by a space, tab or the line end).
function prefixTokens(text: string, start: number, end: number): PrefixToken[] {
  const tokens: PrefixToken[] = [];
  let p = start;
  while (p < end) {
    const c = text[p] as string;
    if (c === ' ' || c === '\t') {
      let q = p;
      let columns = 0;
      while (q < end && (text[q] === ' ' || text[q] === '\t')) columns += text[q++] === '\t' ? TAB_COLUMNS : 1;
      tokens.push({ start: p, end: q, kind: 'indent', cost: columns });
      p = q;
      continue;
    }
    if (c === '>') {
      const q = text[p + 1] === ' ' ? p + 2 : p + 1;
      tokens.push({ start: p, end: q, kind: 'quote', cost: MARKER_COST });
      p = q;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(text.slice(p, Math.min(end, p + 11)));
    if (!marker) break;
    let q = p + marker[0].length;
    // Up to four spaces after a marker belong to it (CommonMark's content column).
    for (let k = 0; k < 4 && q < end && text[q] === ' '; k++) q++;
    tokens.push({ start: p, end: q, kind: 'marker', cost: MARKER_COST });
    p = q;
  }
  return tokens;
}

// Where the kept part of a prefix ends: after the tokens that fit in the limit (an
// indentation run may be kept in part, whole characters only).
function cutPoint(text: string, tokens: PrefixToken[]): number {
  let cost = 0;
  let end = tokens[0]?.start ?? 0;
  for (const token of tokens) {
    if (token.kind === 'indent') {
      let p = token.start;
      while (p < token.end) {
        const columns = text[p] === '\t' ? TAB_COLUMNS : 1;
        if (cost + columns > LIMIT_COST) return p;
        cost += columns;
        p++;
      }
      end = p;
      continue;
    }
    if (cost + token.cost > LIMIT_COST) return end;
    cost += token.cost;
    end = token.end;
  }
  return end;
}

function recordCut(cuts: NestingCut[], line: number, start: number, end: number, levels: number): void {
  const previous = cuts[cuts.length - 1];
  if (previous && previous.lastLine === line - 1) {
    previous.lastLine = line;
    previous.range.end = end;
    previous.deepestLevels = Math.max(previous.deepestLevels, levels);
    return;
  }
  cuts.push({ firstLine: line, lastLine: line, range: { start, end }, deepestLevels: levels });
}
