// Markdown structure: remark-parse (mdast, positions on every node) -> flat blocks, plus
// a masked copy of the text in which markup that is not content is blanked to spaces, so
// every later stage reads plain words at the same offsets.
import type { List, ListItem, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { FlatBlock } from './blocks.ts';
import { markdownSegments } from './markdown-segments.ts';
import { limitMarkdownNesting, type NestingCut } from './nesting-limit.ts';
import { structureText } from './structure-text.ts';
import type { Marker, TextRange } from './types.ts';

const INDENT_PER_DEPTH = 4;
const parser = unified().use(remarkParse);

/**
 * Parses markdown into flat blocks and the masked text they index, plus the lines whose
 * nesting was cut to the limit (nesting-limit.ts) before parsing.
 */
export function structureMarkdown(text: string): { blocks: FlatBlock[]; text: string; cuts: NestingCut[]; forcedCuts: number[] } {
  const limited = limitMarkdownNesting(text);
  const { tree, forcedCuts } = parseSegments(limited?.text ?? text, limited?.toText ?? null);
  const masked = maskMarkup(text, tree);
  const blocks: FlatBlock[] = [];
  for (const node of tree.children) visit(masked, node, blocks, 0);
  return { blocks, text: masked, cuts: limited?.cuts ?? [], forcedCuts };
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
    if (position) node.position = { start: { ...position.start, offset: mapOffset(position.start.offset, shift, toText) }, end: { ...position.end, offset: mapOffset(position.end.offset, shift, toText) } };
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

function mapOffset(offset: number | undefined, shift: number, toText: Uint32Array | null): number | undefined {
  if (offset === undefined) return undefined;
  return toText ? (toText[offset + shift] ?? offset + shift) : offset + shift;
}

function rangeOf(node: Nodes): TextRange | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

function visit(text: string, node: Nodes, blocks: FlatBlock[], depth: number): void {
  const range = rangeOf(node);
  if (!range) return;
  switch (node.type) {
    case 'heading': {
      const content = node.children.length > 0 ? span(node.children.map(rangeOf)) : range;
      blocks.push({ kind: 'heading', level: node.depth, range, content: content ?? range });
      return;
    }
    case 'list':
      visitList(text, node, blocks, depth);
      return;
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return;
    case 'blockquote':
      for (const child of node.children) visit(text, child, blocks, depth);
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
      blocks.push({ kind: 'item', markers: [marker], range: { start: range.start, end: headEnd }, head: { start: firstRange.start, end: headEnd }, indent: depth * INDENT_PER_DEPTH, depth });
      if (headEnd < firstRange.end) {
        blocks.push(...structureText(text, { start: headEnd + 1, end: firstRange.end }, { allowHeadings: false, baseIndent: (depth + 1) * INDENT_PER_DEPTH }));
      }
    } else {
      blocks.push({ kind: 'item', markers: [marker], range: { start: range.start, end: range.start }, head: { start: range.start, end: range.start }, indent: depth * INDENT_PER_DEPTH, depth });
      if (first) visit(text, first, blocks, depth + 1);
    }
    for (const child of rest) visit(text, child, blocks, depth + 1);
  });
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
  // Iterative, like mapPositions: inline nesting may be arbitrarily deep.
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const r = rangeOf(node);
      if (r) keep.fill(1, r.start, r.end);
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
  return out.join('');
}
