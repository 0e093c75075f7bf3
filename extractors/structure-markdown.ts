// Markdown structure: remark-parse (mdast, positions on every node) -> flat blocks, plus
// a masked copy of the text in which markup that is not content is blanked to spaces, so
// every later stage reads plain words at the same offsets.
import type { List, ListItem, Nodes, Paragraph, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { FlatBlock } from './blocks.ts';
import { htmlText } from './html-text.ts';
import { markdownSegments } from './markdown-segments.ts';
import { limitMarkdownNesting, type NestingCut } from './nesting-limit.ts';
import { legalMarkerAfterBullet, parseMarkers } from './numbering.ts';
import { isPostTitle } from './people.ts';
import { trimRange } from './spans.ts';
import { findSimpleTables, simpleTableBlocks } from './simple-tables.ts';
import { isLeadInLabel, PIPE_DELIMITER_ROW, structureText } from './structure-text.ts';
import { isRemitSentence } from './titled-lines.ts';
import type { Marker, TextRange } from './types.ts';

const INDENT_PER_DEPTH = 4;
const parser = unified().use(remarkParse);

/**
 * Parses markdown into flat blocks and the masked text they index, plus the lines whose
 * nesting was cut to the limit (nesting-limit.ts) before parsing.
 */
export function structureMarkdown(text: string): {
  blocks: FlatBlock[];
  text: string;
  cuts: NestingCut[];
  forcedCuts: number[];
} {
  const limited = limitMarkdownNesting(text);
  const { tree, forcedCuts } = parseSegments(joinBareBullets(limited?.text ?? text), limited?.toText ?? null);
  const masked = maskMarkup(text, tree);
  const blocks: FlatBlock[] = [];
  // Whitespace-aligned tables, which markdown reads as headings, rules and code.
  const tables = findSimpleTables(text, { start: 0, end: text.length });
  let nextTable = 0;
  let tableEnd = 0;
  tree.children.forEach((node, k) => {
    const range = rangeOf(node);
    let table = tables[nextTable];
    if (range && range.end <= tableEnd) return;
    if (!range || ((!table || range.end <= table.range.start) && range.start >= tableEnd)) {
      visit(masked, node, blocks, 0, tree.children[k + 1]);
      return;
    }
    // The node meets a table: its text before the table, the table once, its text after.
    let at = Math.max(range.start, tableEnd);
    if (table && at < table.range.start && table.range.start < range.end)
      blocks.push(...structureText(masked, { start: at, end: table.range.start }, { allowHeadings: false }));
    while (table && table.range.start < range.end) {
      blocks.push(...simpleTableBlocks(text, table));
      at = table.range.end;
      tableEnd = at;
      table = tables[++nextTable];
    }
    if (at < range.end && masked.slice(at, range.end).trim())
      blocks.push(...structureText(masked, { start: at, end: range.end }, { allowHeadings: false }));
  });
  return { blocks, text: masked, cuts: limited?.cuts ?? [], forcedCuts };
}

// Converter output writes a list item's bullet alone on its line and the item on the next
// ("-" / "Department of X"); markdown would read that bullet as an empty item, or as the
// underline of a heading. The parser gets the bullet joined to its line (a space for the
// line break, so every offset stays put).
const BARE_BULLET = /^[-*+•]\n(?=[^\s\-*+•#>|])/gm;

function joinBareBullets(text: string): string {
  return text.replace(BARE_BULLET, (bullet) => `${bullet[0]} `);
}

// Parses the text piece by piece (markdown-segments.ts) into one tree whose offsets index
// the document's text: shifted by the piece's start, then mapped back through the nesting
// cut when there was one.
function parseSegments(parsed: string, toText: Uint32Array | null): { tree: Root; forcedCuts: number[] } {
  const { segments, forcedCuts } = markdownSegments(parsed);
  const inText = forcedCuts.map((at) => (toText ? (toText[at] ?? at) : at));
  if (segments.length === 1 && !toText) return { tree: parser.parse(parsed) as Root, forcedCuts: inText };
  const root: Root = { type: 'root', children: [] };
  for (const segment of segments) {
    const tree = parser.parse(parsed.slice(segment.start, segment.end)) as Root;
    mapPositions(tree, segment.start, toText);
    for (const child of tree.children) root.children.push(child);
  }
  return { tree: root, forcedCuts: inText };
}

// Moves every node's offsets by `shift`, then through `toText`. Iterative: inline nesting
// (emphasis in emphasis ...) is not bounded by the nesting limit.
function mapPositions(tree: Root, shift: number, toText: Uint32Array | null): void {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const position = node.position;
    // New point objects: the parser may share one point between nodes.
    if (position)
      node.position = {
        start: { ...position.start, offset: mapOffset(position.start.offset, shift, toText) },
        end: { ...position.end, offset: mapOffset(position.end.offset, shift, toText) },
      };
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

function mapOffset(offset: number | undefined, shift: number, toText: Uint32Array | null): number | undefined {
  if (offset === undefined) return undefined;
  return toText ? (toText[offset + shift] ?? offset + shift) : offset + shift;
}

/** A paragraph's range cut at its hard line breaks (markdown `break` nodes). */
function hardBreakLines(node: Paragraph, range: TextRange): TextRange[] {
  const parts: TextRange[] = [];
  let start = range.start;
  for (const child of node.children) {
    if (child.type !== 'break') continue;
    const at = rangeOf(child);
    if (!at) continue;
    parts.push({ start, end: at.start });
    start = at.end;
  }
  parts.push({ start, end: range.end });
  return parts.filter((p) => p.end > p.start);
}

function rangeOf(node: Nodes): TextRange | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

function visit(text: string, node: Nodes, blocks: FlatBlock[], depth: number, next?: Nodes): void {
  const range = rangeOf(node);
  if (!range) return;
  switch (node.type) {
    case 'heading': {
      const content = node.children.length > 0 ? span(node.children.map(rangeOf)) : range;
      if (content && LONE_BOLD_MARKS.test(text.slice(content.start, content.end).trim())) return;
      blocks.push({ kind: 'heading', level: node.depth, range, content: content ?? range });
      return;
    }
    case 'list':
      visitList(text, node, blocks, depth);
      return;
    case 'code':
      // Converter output indents prose and lists by four spaces or more, which markdown
      // reads as code; an unfenced block with no language is re-entered as text.
      if (!node.lang && !isFenced(text, range))
        blocks.push(...structureText(text, range, { allowHeadings: false, baseIndent: depth * INDENT_PER_DEPTH }));
      return;
    case 'paragraph': {
      // "**Ministry of Defence" / "**": a converter put the bold's closing marks on a line of
      // their own. The opening line is the bold heading; the marks alone are nothing.
      const written = text.slice(range.start, range.end).trim();
      if (LONE_BOLD_MARKS.test(written)) return;
      // The marks may stand over a rule that makes them a heading ("**" / "-----").
      const nextRange =
        next?.type === 'paragraph'
          ? rangeOf(next)
          : next?.type === 'heading' && next.children.length > 0
            ? span(next.children.map(rangeOf))
            : null;
      if (
        nextRange &&
        LONE_BOLD_MARKS.test(text.slice(nextRange.start, nextRange.end).trim()) &&
        /^(\*\*|__)(?!.*\1)/.test(written)
      ) {
        const content = trimRange(text, {
          start: range.start + text.slice(range.start).indexOf(written) + 2,
          end: range.end,
        });
        if (isStandaloneHeadingLine(text.slice(content.start, content.end))) {
          blocks.push({ kind: 'heading', level: EMPHASIS_HEADING_LEVEL, range, content });
          return;
        }
      }
      const lead = leadOf(node);
      // An emphasised line that opens with a marker ("_(a) to formulate ..._", "**4. The
      // Council shall ...**") is a numbered item set in italics or bold, not a heading.
      const opensWithMarker =
        lead !== null && parseMarkers(text.slice(lead.start, lead.end).trimStart()).some((m) => m.style !== 'bullet');
      if (lead && lead.end >= range.end - 1 && !opensWithMarker) {
        // A paragraph that is one strong or emphasis span is a heading line (emphasis line).
        blocks.push({ kind: 'heading', level: EMPHASIS_HEADING_LEVEL, range, content: lead });
        return;
      }
      if (lead && !opensWithMarker && depth === 0 && LEAD_SEPARATOR.test(text.slice(lead.end, range.end))) {
        // "**Sec. 3. Powers.** - The Ministry shall ...": the strong lead heads the text after it.
        blocks.push({
          kind: 'heading',
          level: EMPHASIS_HEADING_LEVEL,
          range: { start: range.start, end: lead.end },
          content: lead,
        });
        const rest = text.slice(lead.end, range.end).match(LEAD_SEPARATOR)?.[0].length ?? 0;
        blocks.push(
          ...structureText(text, { start: lead.end + rest, end: range.end }, { allowHeadings: false, baseIndent: 0 }),
        );
        return;
      }
      // A short line straight above a list or a pipe table heads it, as a stand-alone short
      // line does in plain text ("Agencies under the MCT", "Ministers since 1985").
      const line = text.slice(range.start, range.end).trim();
      if (isLeadInLabel(line) && (next?.type === 'list' || isPipeTable(text, next))) {
        blocks.push({ kind: 'label', range, content: trimRange(text, range) });
        return;
      }
      // A short line standing alone at the top level heads what follows, as it does in plain
      // text ("Part II – THE NATIONAL ... COMMITTEE"); the first line of a page is its title.
      if (depth === 0 && isStandaloneHeadingLine(line)) {
        blocks.push({
          kind: 'heading',
          level: blocks.length === 0 ? 1 : EMPHASIS_HEADING_LEVEL,
          range,
          content: trimRange(text, range),
        });
        return;
      }
      // "... the Minister.  \nAgencies under the MCT" above a list: the paragraph's last line,
      // after a sentence has ended, is the list's label.
      const lastBreak = text.lastIndexOf('\n', range.end - 1);
      const lastLine = lastBreak > range.start ? text.slice(lastBreak + 1, range.end).trim() : '';
      if (
        next?.type === 'list' &&
        lastLine &&
        isLeadInLabel(lastLine) &&
        /[.:;!?]\s*$/.test(text.slice(range.start, lastBreak))
      ) {
        blocks.push(
          ...structureText(
            text,
            { start: range.start, end: lastBreak },
            { allowHeadings: false, isSoftWrap: true, baseIndent: depth * INDENT_PER_DEPTH },
          ),
        );
        const labelRange = trimRange(text, { start: lastBreak + 1, end: range.end });
        blocks.push({ kind: 'label', range: labelRange, content: labelRange });
        return;
      }
      // A pipe table's rows may end in hard breaks too; the table is read whole.
      const parts = isPipeTable(text, node) ? [range] : hardBreakLines(node, range);
      // "Department of Labor, Al Stewart  " / "Department of State, Dan Smith": hard line
      // breaks end lines that soft wraps would join; each line is read on its own.
      for (const part of parts)
        blocks.push(
          ...structureText(text, part, {
            allowHeadings: false,
            allowRecordHeadings: depth === 0,
            isSoftWrap: true,
            baseIndent: depth * INDENT_PER_DEPTH,
          }),
        );
      return;
    }
    case 'html':
      // A card or table the page wrote in HTML: its words, line by line (maskMarkup).
      if (text.slice(range.start, range.end).trim())
        blocks.push(...structureText(text, range, { allowHeadings: false, baseIndent: depth * INDENT_PER_DEPTH }));
      return;
    case 'thematicBreak':
    case 'definition':
      return;
    case 'blockquote':
      node.children.forEach((child, k) => visit(text, child, blocks, depth, node.children[k + 1]));
      return;
    default:
      blocks.push(...structureText(text, range, { allowHeadings: false, baseIndent: depth * INDENT_PER_DEPTH }));
  }
}

function visitList(text: string, list: List, blocks: FlatBlock[], depth: number): void {
  const start = list.start ?? 1;
  list.children.forEach((item: ListItem, index) => {
    const range = rangeOf(item);
    if (!range) return;
    const [first, ...rest] = item.children;
    const firstRange = first ? rangeOf(first) : null;
    const marker: Marker = list.ordered
      ? { style: 'arabic-dot', value: start + index, end: firstRange?.start ?? range.end }
      : { style: 'bullet', value: 0, end: firstRange?.start ?? range.end };
    if (first && first.type === 'paragraph' && firstRange) {
      // The item's own first line is its head; further lines of that paragraph may hold
      // their own enumeration ("(a) ... (b) ...") and are structured as text.
      const lineEnd = text.indexOf('\n', firstRange.start);
      const headEnd = lineEnd === -1 || lineEnd > firstRange.end ? firstRange.end : lineEnd;
      const legal = list.ordered
        ? undefined
        : legalMarkerAfterBullet(text.slice(firstRange.start, headEnd), firstRange.start);
      const headStart = legal ? legal.end : firstRange.start;
      blocks.push({
        kind: 'item',
        markers: [legal ?? marker],
        range: { start: range.start, end: headEnd },
        head: { start: headStart, end: headEnd },
        indent: depth * INDENT_PER_DEPTH,
        depth,
      });
      if (headEnd < firstRange.end) {
        // Converter output without blank lines: markdown folds every unindented line after an
        // item into it (lazy continuation). From the first such line that opens a new
        // sentence, the lines are the page's own paragraphs, at the list's level.
        const hasNextItem = index < list.children.length - 1;
        const lazy =
          lazyParagraphStart(text, headEnd + 1, firstRange.end) ??
          (hasNextItem ? lazyLabelStart(text, firstRange.end) : null);
        const own = { start: headEnd + 1, end: lazy ?? firstRange.end };
        if (own.end > own.start)
          blocks.push(
            ...structureText(text, own, { allowHeadings: false, baseIndent: (depth + 1) * INDENT_PER_DEPTH }),
          );
        if (lazy !== null)
          blocks.push(
            ...structureText(
              text,
              { start: lazy, end: firstRange.end },
              { allowHeadings: false, baseIndent: depth * INDENT_PER_DEPTH },
            ),
          );
      }
    } else {
      blocks.push({
        kind: 'item',
        markers: [marker],
        range: { start: range.start, end: range.start },
        head: { start: range.start, end: range.start },
        indent: depth * INDENT_PER_DEPTH,
        depth,
      });
      if (first) visit(text, first, blocks, depth + 1);
    }
    rest.forEach((child, k) => visit(text, child, blocks, depth + 1, rest[k + 1]));
  });
}

// A heading-like line: one line of at most twelve words, capitalised, not ending as a sentence
// or a clause does (the same test plain text applies to a line between blank lines).
function isStandaloneHeadingLine(line: string): boolean {
  return (
    !line.includes('\n') &&
    line.length <= 100 &&
    line.split(/\s+/).length <= 12 &&
    /^[\p{Lu}\p{N}"“《]/u.test(line) &&
    !/[.;,，。:：]$/.test(line) &&
    // "II-the Solicitor-General of the Union ; and": an item of a running enumeration.
    !/[;,]\s*(?:and|or)$/.test(line) &&
    // "Chief People Officer, Public Health England" under a name: a profile's post line.
    !isPostTitle(line.split(',')[0] as string) &&
    // "Provides policy planning for the department": a remit written without its full stop.
    !isRemitSentence(line)
  );
}

/** True for a paragraph whose first line is a row of a pipe table (markdown here reads no tables). */
function isPipeTable(text: string, node: Nodes | undefined): boolean {
  const range = node?.type === 'paragraph' ? rangeOf(node) : null;
  if (!range) return false;
  const [firstLine = '', secondLine = ''] = text.slice(range.start, range.end).split('\n');
  // "Name | Years" over "---|---": two columns without edge pipes.
  return (
    (firstLine.match(/\|/g)?.length ?? 0) >= 2 ||
    (firstLine.includes('|') && PIPE_DELIMITER_ROW.test(secondLine.trim()))
  );
}

/** Offset of the first unindented line in [start, end) that opens a sentence after one that ended; null if none. */
function lazyParagraphStart(text: string, start: number, end: number): number | null {
  let previousEnd = start - 1;
  let at = start;
  while (at < end) {
    const lineEnd = Math.min(end, text.indexOf('\n', at) === -1 ? end : text.indexOf('\n', at));
    if (
      /^\p{Lu}/u.test(text[at] ?? '') &&
      /[.;:!?。]$/.test(text.slice(Math.max(0, previousEnd - 200), previousEnd).trimEnd())
    )
      return at;
    previousEnd = lineEnd;
    at = lineEnd + 1;
  }
  return null;
}

// "- Unit: four posts under a chief" / "Offices" / "- Executive Office": a short capitalised last
// line folded into an item that has a next one is the label of the items after it, lost to
// lazy continuation.
function lazyLabelStart(text: string, end: number): number | null {
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(start, end);
  const isLabel =
    /^\p{Lu}/u.test(line) && !/[.;,:!?。]$/.test(line) && line.trim().split(/\s+/).length <= MAX_LAZY_LABEL_WORDS;
  return isLabel ? start : null;
}
const MAX_LAZY_LABEL_WORDS = 4;

// Below every ATX heading, above label lines.
const EMPHASIS_HEADING_LEVEL = 6;
// Bold marks alone on a line: the close of a bold line a converter broke.
const LONE_BOLD_MARKS = /^(?:\*\*|__)$/;

// What may stand between a strong lead and its text: a dash or colon (not a plain space,
// which would make every bold opening word a heading).
// A bold line with its text on the next line ("**X Office**\nDevelops ...") is led in the same way.
const LEAD_SEPARATOR = /^[\s*_]*(?:[-–—:.]\s*)+(?=\S)|^[ \t*_]*\n\s*(?=\S)/u;

/** The range of the strong/emphasis spans a paragraph opens with (spaces between them allowed). */
function leadOf(node: Paragraph): TextRange | null {
  let lead: TextRange | null = null;
  for (const child of node.children) {
    if (child.type === 'text' && !child.value.trim()) continue;
    if (child.type !== 'strong' && child.type !== 'emphasis') break;
    const r = rangeOf(child);
    if (!r) break;
    lead = lead ? { start: lead.start, end: r.end } : r;
  }
  return lead;
}

// "**Unit**", "*Mandate.*": delimiters that touch a word on one side and not the other.
const EMPHASIS_DELIMITER =
  /(?<![\p{L}\p{N}*_])[*_]{1,3}(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.:)])[*_]{1,3}(?![\p{L}\p{N}*_])/gu;

function isFenced(text: string, range: TextRange): boolean {
  return /^[ \t]*(```|~~~)/.test(text.slice(range.start, range.start + 16));
}

function span(ranges: Array<TextRange | null>): TextRange | null {
  const present = ranges.filter((r): r is TextRange => r !== null);
  if (present.length === 0) return null;
  return { start: Math.min(...present.map((r) => r.start)), end: Math.max(...present.map((r) => r.end)) };
}

// Blanks every character that is not inside a text, inline-code or code node (emphasis
// marks, link targets, heading hashes, list bullets), keeping newlines: same length, same
// offsets, plain words.
function maskMarkup(text: string, tree: Root): string {
  const keep = new Uint8Array(text.length);
  // Iterative, like mapPositions: inline nesting may be arbitrarily deep. Unfenced code
  // is re-entered converter output (see visit), so its text is kept too, less the emphasis
  // marks it carries as characters.
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const r = rangeOf(node);
      if (r) keep.fill(1, r.start, r.end);
    } else if (node.type === 'code' && !node.lang) {
      const r = rangeOf(node);
      if (!r) continue;
      keep.fill(1, r.start, r.end);
      for (const m of text.slice(r.start, r.end).matchAll(EMPHASIS_DELIMITER))
        keep.fill(0, r.start + m.index, r.start + m.index + m[0].length);
    } else if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  const out: string[] = [];
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const keepChar = i < text.length && (keep[i] === 1 || text[i] === '\n');
    if (i === text.length || !keepChar) {
      if (runStart < i) out.push(text.slice(runStart, i));
      if (i < text.length) out.push(' ');
      runStart = i + 1;
    }
  }
  const masked = out.join('');
  const blocks = htmlBlocks(tree);
  if (blocks.length === 0) return masked;
  // An HTML block's words, at their offsets, with its line breaks (html-text.ts).
  const pieces: string[] = [];
  let at = 0;
  for (const block of blocks) {
    pieces.push(masked.slice(at, block.start), htmlText(text.slice(block.start, block.end)));
    at = block.end;
  }
  pieces.push(masked.slice(at));
  return pieces.join('');
}

/** Ranges of the HTML blocks (not inline tags inside a paragraph), in document order. */
function htmlBlocks(tree: Root): TextRange[] {
  const ranges: TextRange[] = [];
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'html') {
      const r = rangeOf(node);
      if (r) ranges.push(r);
    } else if (node.type === 'root' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'list')
      for (const child of node.children as Nodes[]) stack.push(child);
  }
  return ranges.sort((a, b) => a.start - b.start);
}
