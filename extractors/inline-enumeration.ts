// Enumerations run inline (EXTRACTION.md stage 1, "legal numbering"): converted statutes
// store "(1) The Committee shall— (a) advise ...; (b) co-ordinate ...; and (k) perform ...
// (2) Subject to ..." as one line. The markers are split out into item blocks, so the
// outline sees the same list as when each item stands on its own line.
import type { FlatBlock } from './blocks.ts';
import { trimRange } from './spans.ts';
import type { Marker, NumberingStyle, TextRange } from './types.ts';

interface InlineMarker {
  start: number;
  end: number;
  style: NumberingStyle;
  value: number;
}

// "(a) ", "(ja) " (an inserted item), "(2) ": a bracketed marker followed by a word.
const BRACKETED = /\((\d{1,2}[A-Z]?|[a-z]{1,2})\)\s+(?=[\p{L}“"‘(])/gu;
// "a) To carry out ...; b) Establish ...": a letter closed by a bracket only, as converted
// Spanish, French and Italian statutes write it.
const HALF_BRACKETED = /(?<=[\s:;,—–])([a-z])\)\s+(?=[\p{L}“"‘(])/gu;
// "1. All secretarial work ... 2. Council of ...": a flattened page's numbered list, a
// number and a full stop before a capitalised word.
const DOTTED = /(?<![\p{L}\p{N}.,])(\d{1,2})\.\s+(?=\p{Lu})/gu;
// Before a sub-item: a dash, colon, semicolon, comma or a closing "and"/"or".
const SUB_ITEM_BEFORE = /(?:[—–:;,]|\band|\bor)\s*$/u;
// Before a numbered item: a sentence end or a closing bracket of a citation.
const ITEM_BEFORE = /[.)]\s*$/;
const MIN_SUB_ITEMS = 2;
const INDENT_STEP = 2;

function markerValue(
  token: string,
  previous: InlineMarker | undefined,
): { style: NumberingStyle; value: number } | null {
  if (/^\d/.test(token))
    return { style: 'paren-arabic', value: Number.parseInt(token, 10) + (/[A-Z]$/.test(token) ? 0.5 : 0) };
  if (token.length === 1) return { style: 'letter-lower', value: token.charCodeAt(0) - 96 };
  // "(ja)" after "(j)": an item inserted by an amendment, between (j) and (k).
  const base = token.charCodeAt(0) - 96;
  return previous && previous.style === 'letter-lower' && Math.floor(previous.value) === base
    ? { style: 'letter-lower', value: base + 0.5 }
    : null;
}

/** The inline markers of a range that form numbering sequences (each family counted apart). */
function findSequences(text: string, range: TextRange, own: Marker | undefined): InlineMarker[] {
  const slice = text.slice(range.start, range.end);
  const last = new Map<NumberingStyle, InlineMarker>();
  // The block's own marker ("(1)" at the line start) opens the sequence its inline successors continue.
  if (own && (own.style === 'paren-arabic' || own.style === 'letter-lower'))
    last.set(own.style, { start: range.start, end: range.start, style: own.style, value: own.value });
  const accepted: InlineMarker[] = [];
  // Both bracket patterns need a closing bracket: without one, neither is tried.
  const hasBracket = slice.includes(')');
  const matches = [
    ...(hasBracket ? slice.matchAll(BRACKETED) : []),
    ...(hasBracket ? slice.matchAll(HALF_BRACKETED) : []),
    ...slice.matchAll(DOTTED),
  ].sort((a, b) => a.index - b.index);
  for (const match of matches) {
    const at = match.index;
    const before = slice.slice(Math.max(0, at - 12), at);
    const previousLetter = last.get('letter-lower');
    const isDotted = /^\d{1,2}\.\s/.test(match[0]);
    const parsed = isDotted
      ? { style: 'arabic-dot' as const, value: Number.parseInt(match[1] as string, 10) }
      : markerValue(match[1] as string, previousLetter);
    if (!parsed) continue;
    const previous = last.get(parsed.style);
    const isNext = previous
      ? parsed.value === Math.floor(previous.value) + 1 || parsed.value === Math.floor(previous.value) + 0.5
      : parsed.value === 1;
    const fitsContext =
      parsed.style === 'letter-lower'
        ? SUB_ITEM_BEFORE.test(before)
        : at === 0 || ITEM_BEFORE.test(before) || /[—–:]\s*$/u.test(before);
    if (!isNext || !fitsContext) continue;
    // A new numbered item closes the letter sequence of the previous one.
    if (parsed.style === 'paren-arabic') last.delete('letter-lower');
    const marker = { start: range.start + at, end: range.start + at + match[0].length, ...parsed };
    last.set(parsed.style, marker);
    accepted.push(marker);
  }
  const letters = accepted.filter((m) => m.style === 'letter-lower').length;
  return letters >= MIN_SUB_ITEMS || accepted.length >= MIN_SUB_ITEMS + 1 ? accepted : [];
}

// "The Chancellor shall: - preside over ...; - administer ...; • sign ...": bullets run into
// a flattened paragraph, each after a colon or a semicolon.
const INLINE_BULLET = /(?<=[:;：]\s{0,3})[-–•▪●]\s+(?=\p{L})/gu;
const MIN_INLINE_BULLETS = 2;

// A bullet glyph that is nothing else ("•"), once one opens a list after a colon, marks
// each further item wherever it stands ("responsible for: • Making laws • Passing ...").
const GLYPH_BULLET = /[•▪●]\s+(?=\p{L})/gu;

function findInlineBullets(text: string, range: TextRange): InlineMarker[] {
  const slice = text.slice(range.start, range.end);
  const at = new Map<number, InlineMarker>();
  const add = (m: RegExpMatchArray): void => {
    const start = range.start + (m.index ?? 0);
    at.set(start, { start, end: start + m[0].length, style: 'bullet', value: 0 });
  };
  const afterColon = [...slice.matchAll(INLINE_BULLET)];
  for (const m of afterColon) add(m);
  const firstGlyph = afterColon.find((m) => /^[•▪●]/u.test(m[0]));
  if (firstGlyph) for (const m of slice.matchAll(GLYPH_BULLET)) if ((m.index ?? 0) > (firstGlyph.index ?? 0)) add(m);
  const out = [...at.values()].sort((a, b) => a.start - b.start);
  return out.length >= MIN_INLINE_BULLETS ? out : [];
}

/** The last sentence of a bullet's text when it ends in a colon (a lead-in), or null. */
function leadInBefore(text: string, range: TextRange): TextRange | null {
  const slice = text.slice(range.start, range.end);
  if (!/[:：]\s*$/.test(slice)) return null;
  const boundaries = [...slice.matchAll(/[.;]\s+(?=\p{Lu})/gu)];
  const last = boundaries[boundaries.length - 1];
  if (!last) return null;
  return trimRange(text, { start: range.start + last.index + 1, end: range.end });
}

/** Splits paragraphs and items that hold an inline enumeration into one block per item. */
export function splitInlineEnumerations(text: string, blocks: FlatBlock[]): FlatBlock[] {
  const out: FlatBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'item') {
      out.push(block);
      continue;
    }
    const body = block.kind === 'item' ? block.head : block.range;
    const numbered = findSequences(text, body, block.kind === 'item' ? block.markers[0] : undefined).filter(
      (m) => m.start > body.start,
    );
    const markers = numbered.length > 0 ? numbered : findInlineBullets(text, body).filter((m) => m.start > body.start);
    if (markers.length === 0) {
      out.push(block);
      continue;
    }
    const first = markers[0] as InlineMarker;
    const leadEnd = trimRange(text, { start: body.start, end: first.start });
    if (block.kind === 'item')
      out.push({ ...block, range: { start: block.range.start, end: leadEnd.end }, head: leadEnd });
    else if (leadEnd.end > leadEnd.start) out.push({ ...block, range: { start: block.range.start, end: leadEnd.end } });
    const indent = block.indent + INDENT_STEP;
    markers.forEach((m, k) => {
      const next = markers[k + 1];
      let end = next ? next.start : body.end;
      // "... of Officers. Article 4: ... shall have: - a Private Secretariat": a sentence that
      // leads into the next bullets closes this item and opens a list of its own.
      const leadIn = m.style === 'bullet' && next ? leadInBefore(text, { start: m.end, end }) : null;
      if (leadIn) end = leadIn.start;
      const head = trimRange(text, { start: m.end, end });
      const marker: Marker = { style: m.style, value: m.value, end: m.end };
      out.push({
        kind: 'item',
        markers: [marker],
        range: { start: m.start, end: head.end },
        head,
        indent: m.style === 'letter-lower' ? indent + INDENT_STEP : indent,
      });
      if (leadIn) out.push({ kind: 'paragraph', range: leadIn, indent: block.indent });
    });
  }
  return out;
}
