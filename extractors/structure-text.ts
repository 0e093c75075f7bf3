// Plain-text structure: lines -> flat blocks (headings, labels, list items, paragraphs,
// table rows, key/value lines, info-box pairs). outline.ts nests them into the tree.
import type { FlatBlock } from './blocks.ts';
import { findSimpleTables, simpleTableBlocks } from './simple-tables.ts';
import { findTitledLines, isRemitSentence } from './titled-lines.ts';
import { splitInlineEnumerations } from './inline-enumeration.ts';
import { isActivityPhrase } from './item-roles.ts';
import { legalMarkerAfterBullet, parseMarkers } from './numbering.ts';
import { trimRange } from './spans.ts';
import type { Marker, TextRange } from './types.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

interface Line {
  start: number;
  end: number;
  /** Offset of the first non-blank character. */
  textStart: number;
  indent: number;
  trimmed: string;
}

export const PIPE_DELIMITER_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 100;
const MAX_LABEL_WORDS = 6;
// How long the paragraph line above a short title must be for the title to stand alone.
const MIN_PARAGRAPH_WORDS = 12;
const MAX_KEY_WORDS = 5;
const MAX_INFOBOX_LINE_CHARS = 100;
const MIN_WRAPPED_LINE_CHARS = 50;
const GRID_BORDER = /^\+(?:[-=:]+\+)+$/;
// How an item of a legal enumeration ends: "…;", "…; and", "…, or".
const CLAUSE_TAIL = /[;,]\s*(?:and|or)?$/;
const TERMINAL = /[.;:!?。；：！？]$/;
// Words a sentence or a heading never ends with: a line that stops on one was cut by a wrap.
const OPEN_END =
  /(?:^|\s)(?:of|the|a|an|to|by|for|in|on|at|with|from|under|into|is|are|was|were|be|shall|may|will|its|their|that|which)$/i;
// "Sec. 5. Office of the Minister. - ", "Section 12. Functions.— ", "Article 3. Tasks: ".
const SECTION_CATCHLINE =
  /^(?:Sec(?:tion)?|Art(?:icle)?)\.?\s+\d+[A-Za-z]?\.?\s+(\p{Lu}[^.:\n]{1,80}?)[.:]?\s*[-–—:]+\s*(?=\S)/u;
// As deep as markdown's bold leads, so the two renderings of a statute nest alike.
const CATCHLINE_LEVEL = 6;

/** Options of structureText. */
export interface StructureTextOptions {
  /** Whether stand-alone short lines may be headings (off inside markdown list items). */
  allowHeadings: boolean;
  /** Line breaks are soft wraps (markdown paragraphs): a name cut by one continues. */
  isSoftWrap?: boolean;
  /** Whether a body's name on its own line may head the record lines under it (markdown's top-level paragraphs). */
  allowRecordHeadings?: boolean;
  /** Added to every item's indent (markdown nesting). */
  baseIndent?: number;
}

const RUN_ON_ITEM = /:(?=-[ \t]+\p{Lu})/u;

/** Splits a range of the text into lines with their indentation. */
export function splitLines(text: string, range: TextRange): Line[] {
  const lines: Line[] = [];
  let start = range.start;
  while (start <= range.end) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > range.end) end = range.end;
    let textStart = start;
    while (textStart < end && (text[textStart] === ' ' || text[textStart] === '\t' || text[textStart] === '\u3000'))
      textStart++;
    const trimmed = text.slice(textStart, end).trimEnd();
    // "three operational wings:- The Arab Department: ..." over "- The X Department: ...": a
    // flattened list's first item run onto its lead-in; it is an item line of its own.
    const runOn = RUN_ON_ITEM.exec(trimmed);
    if (runOn && /^[ \t]*[-•*][ \t]/.test(text.slice(end + 1, end + 8))) {
      const split = textStart + runOn.index + 1;
      lines.push({ start, end: split, textStart, indent: textStart - start, trimmed: text.slice(textStart, split) });
      lines.push({ start: split, end, textStart: split, indent: 0, trimmed: text.slice(split, end).trimEnd() });
    }
    // "|" alone on a line: what a converter leaves of a layout table's cell border, a blank.
    else lines.push({ start, end, textStart, indent: textStart - start, trimmed: trimmed === '|' ? '' : trimmed });
    if (end >= range.end) break;
    start = end + 1;
  }
  return lines;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** True for a line that may head the list or table right under it: short, capitalised, unpunctuated. */
export function isLeadInLabel(trimmed: string): boolean {
  if (trimmed.includes('\n') || TERMINAL.test(trimmed) || CLAUSE_TAIL.test(trimmed)) return false;
  return (
    wordCount(trimmed) <= MAX_LABEL_WORDS &&
    /^\p{Lu}/u.test(trimmed) &&
    parseMarkers(trimmed).length === 0 &&
    !trimmed.includes('|')
  );
}

function isLeadInLine(trimmed: string, next: Line | undefined): boolean {
  if (!next || next.trimmed === '' || !isLeadInLabel(trimmed)) return false;
  // Any list marker but a bare number ("2 organize" may be running text).
  const startsBlock =
    parseMarkers(next.trimmed).some((m) => m.style !== 'arabic-space') ||
    /^\|.*\|/.test(next.trimmed) ||
    (next.trimmed.match(/\|/g)?.length ?? 0) >= 2;
  return startsBlock;
}

/** A line is a label ("Legal basis:", "Other institutions:") when short and ending in a colon. */
function isLabel(trimmed: string): boolean {
  if (!/[:：]$/.test(trimmed)) return false;
  const body = trimmed.slice(0, -1).trim();
  // "Article 8 provides that:" introduces a quotation; it is running text, not a label.
  if (/^(article|section|chapter|clause|rule|paragraph)\s+\d/i.test(body)) return false;
  return body.length > 0 && wordCount(body) <= MAX_LABEL_WORDS && /^[\p{Lu}\p{N}"“]/u.test(body);
}

const KEY_VALUE = /^([^:：.;]{1,60}?)\s*[:：]\s+(\S.*)$/u;

// A raw info box ("Agency Name:Ministry of Home Affairs" / "Minister1 Name:Tito Karnavian"):
// no space after the colon, on every line of a run.
const TIGHT_KEY_VALUE = /^(\p{Lu}[\p{L}\d ]{0,40}?)[:：](?=[\p{L}\d(“"-])(\S.*)$/u;
const MIN_TIGHT_RUN = 3;

function isTightKeyValue(line: Line | undefined): boolean {
  return (
    line !== undefined &&
    TIGHT_KEY_VALUE.test(line.trimmed) &&
    wordCount(TIGHT_KEY_VALUE.exec(line.trimmed)?.[1] ?? '') <= MAX_KEY_WORDS
  );
}

const KEY_WITH_VERB = /\s(?:is|are|was|were|has|have|consists?|comprises?|includes?|contains?)(?:\s|$)/;
const PROVISION_LABEL =
  /^(?:Article|Art\.|Section|Sec\.|Rule|Chapter|Part|Clause|Paragraph)\s+[\dIVXLC]+[A-Za-z]?\.?$/i;

function keyValueOf(line: Line, lines?: Line[], i = 0): { key: TextRange; value: TextRange } | null {
  const tight =
    lines && isTightKeyValue(line) && tightRunLength(lines, i) >= MIN_TIGHT_RUN
      ? TIGHT_KEY_VALUE.exec(line.trimmed)
      : null;
  const m = tight ?? KEY_VALUE.exec(line.trimmed);
  if (!m) return null;
  const key = (m[1] as string).trim();
  if (wordCount(key) > MAX_KEY_WORDS || !/^[\p{Lu}"“]/u.test(key) || /^https?$/i.test(key)) return null;
  // "Article 3: The Agency shall ...": a provision's number labels running text, not a field.
  if (PROVISION_LABEL.test(key)) return null;
  // "BEZA consists of two boards: A, B": a clause with its verb leads into a list; no label.
  if (KEY_WITH_VERB.test(key)) return null;
  const keyStart = line.textStart;
  const valueStart = line.textStart + line.trimmed.length - (m[2] as string).length;
  return {
    key: { start: keyStart, end: keyStart + key.length },
    value: { start: valueStart, end: line.textStart + line.trimmed.length },
  };
}

// How many key/value lines, tight or spaced, stand within three lines of line i (an info box
// wraps some values onto lines of their own).
function tightRunLength(lines: Line[], i: number): number {
  let count = 0;
  for (let k = Math.max(0, i - 3); k <= Math.min(lines.length - 1, i + 3); k++) {
    const line = lines[k] as Line;
    if (isTightKeyValue(line) || KEY_VALUE.test(line.trimmed)) count++;
  }
  return count;
}

/** An info-box label: sentence case ("Date of establishment"), at most four words, no digits. */
function isInfoLabel(trimmed: string): boolean {
  const words = trimmed.split(/\s+/);
  if (words.length > 4 || /[\d.,;:]/.test(trimmed)) return false;
  return words.slice(1).every((w) => !/^\p{Lu}/u.test(w) || w.length <= 3);
}

function isShortLine(line: Line): boolean {
  return (
    line.trimmed.length > 0 &&
    line.trimmed.length <= MAX_INFOBOX_LINE_CHARS &&
    !/[.;。]$/.test(line.trimmed) &&
    parseMarkers(line.trimmed).length === 0
  );
}

/**
 * Structures a range of plain text into flat blocks. Rules follow GUIDELINES.md's reading
 * of documents: enumerated items in any numbering style, short stand-alone heading lines,
 * label lines ("Legal basis:"), "Name : post" key/value lines and info-box pairs.
 */
export function structureText(text: string, range: TextRange, options: StructureTextOptions): FlatBlock[] {
  const lines = splitLines(text, range);
  const wrapWidth = hardWrapWidth(lines);
  const blocks: FlatBlock[] = [];
  const isBlank = (i: number): boolean => i < 0 || i >= lines.length || (lines[i] as Line).trimmed === '';
  const baseIndent = options.baseIndent ?? 0;
  const tableAt = new Map(findSimpleTables(text, range).map((t) => [t.range.start, t]));
  const titled = options.allowHeadings ? findTitledLines(lines) : new Map<number, number>();
  let i = 0;
  let firstContent = true;
  let inUnmarkedRun = false;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.trimmed === '') {
      i++;
      continue;
    }
    const table = tableAt.get(line.start);
    if (table) {
      blocks.push(...simpleTableBlocks(text, table));
      while (i < lines.length && (lines[i] as Line).start < table.range.end) i++;
      firstContent = false;
      continue;
    }
    const lineRange = { start: line.textStart, end: line.textStart + line.trimmed.length };
    const titledLevel = titled.get(i);
    if (titledLevel !== undefined) {
      // The page's first line is its title, as a stand-alone line's is.
      blocks.push({ kind: 'heading', level: firstContent ? 1 : titledLevel, range: lineRange, content: lineRange });
      i++;
      firstContent = false;
      continue;
    }
    // Info box: a run of short lines whose odd members are field labels ("Chinese name").
    let run = 0;
    while (!isBlank(i + run) && isShortLine(lines[i + run] as Line)) run++;
    if (run >= 4 && run % 2 === 0) {
      let isInfoBox = true;
      for (let k = 0; k < run; k += 2) if (!isInfoLabel((lines[i + k] as Line).trimmed)) isInfoBox = false;
      if (isInfoBox) {
        for (let k = 0; k < run; k += 2) {
          const keyLine = lines[i + k] as Line;
          const valueLine = lines[i + k + 1] as Line;
          const key = { start: keyLine.textStart, end: keyLine.textStart + keyLine.trimmed.length };
          const value = { start: valueLine.textStart, end: valueLine.textStart + valueLine.trimmed.length };
          blocks.push({
            kind: 'keyValue',
            range: { start: key.start, end: value.end },
            key,
            value,
            indent: baseIndent + keyLine.indent,
          });
        }
        i += run;
        firstContent = false;
        continue;
      }
    }
    const trimmed = line.trimmed;
    // A grid table's border ("+----+----+", "+====+") separates its rows as "|---|" does.
    const isGridBorder = GRID_BORDER.test(trimmed);
    // "Name | Years" over "---|---": a two-column pipe table without edge pipes.
    const inTwoColumnTable =
      trimmed.includes('|') &&
      (PIPE_DELIMITER_ROW.test(trimmed) ||
        PIPE_DELIMITER_ROW.test(lines[i + 1]?.trimmed ?? '') ||
        blocks[blocks.length - 1]?.kind === 'row');
    if (/^\|.*\|/.test(trimmed) || (trimmed.match(/\|/g)?.length ?? 0) >= 2 || isGridBorder || inTwoColumnTable) {
      blocks.push({
        kind: 'row',
        range: lineRange,
        cells: isGridBorder ? [] : splitCells(text, lineRange),
        isSeparator: isGridBorder || /^[\s|:\-+]+$/.test(trimmed),
      });
      i++;
      firstContent = false;
      continue;
    }
    // "Sec. 5. Office of the Minister. - The Office ...": a statute section's catchline heads
    // its text, as a bold lead does in markdown.
    const catchline = options.allowHeadings ? SECTION_CATCHLINE.exec(trimmed) : null;
    if (catchline) {
      const title = catchline[1] as string;
      const titleStart = line.textStart + catchline[0].indexOf(title);
      blocks.push({
        kind: 'heading',
        level: CATCHLINE_LEVEL,
        range: { start: line.textStart, end: titleStart + title.length },
        content: { start: titleStart, end: titleStart + title.length },
      });
      let end = lineRange.end;
      i++;
      while (isContinuation(lines, i, end - lineRange.start, options.isSoftWrap, wrapWidth)) {
        end = (lines[i] as Line).textStart + (lines[i] as Line).trimmed.length;
        i++;
      }
      blocks.push({
        kind: 'paragraph',
        range: { start: line.textStart + catchline[0].length, end },
        indent: baseIndent + line.indent,
      });
      firstContent = false;
      continue;
    }
    const found = parseMarkers(trimmed, line.textStart);
    const bulletEnd = found.length === 1 && found[0]?.style === 'bullet' ? found[0].end : undefined;
    const legal =
      bulletEnd === undefined ? undefined : legalMarkerAfterBullet(text.slice(bulletEnd, lineRange.end), bulletEnd);
    // "(a)" alone on its line and the item's text on the next: converter output that puts
    // marker and item apart.
    const bare = found.length === 0 ? bareMarkers(lines, i) : [];
    const markers = legal ? [legal] : bare.length > 0 ? bare : found;
    // "I. Main responsibilities" alone between blank lines: a numbered section heading, as
    // "## I. Main responsibilities" is in markdown.
    // "2. MINISTRY OF ROADS" alone, with no item of a list above or below it: a numbered
    // heading too.
    // A bullet beside it, or a number that does not follow on ("1. Director-General" after a
    // list that ends "10. Special Programmes"), puts it in no list.
    const value = markers[0]?.value ?? 0;
    const isLoneNumbered =
      markers.length === 1 &&
      markers[0]?.style === 'arabic-dot' &&
      !isListNeighbour(nonBlankLine(lines, i, -1), value - 1) &&
      !isListNeighbour(nonBlankLine(lines, i, 1), value + 1);
    if (
      options.allowHeadings &&
      markers.length > 0 &&
      (markers.some((m) => m.style === 'roman-upper') || isLoneNumbered) &&
      isBlank(i - 1) &&
      isBlank(i + 1)
    ) {
      const head = trimmed.slice((markers[0] as { end: number }).end - line.textStart).trim();
      // An activity ("I. Policy research and decision support") is a duty item with a body.
      if (
        wordCount(head) <= (isLoneNumbered ? MAX_HEADING_WORDS : MAX_LABEL_WORDS) &&
        /^\p{Lu}/u.test(head) &&
        !TERMINAL.test(head) &&
        !isActivityPhrase(head)
      ) {
        blocks.push({ kind: 'heading', level: 2, range: lineRange, content: lineRange });
        i++;
        firstContent = false;
        continue;
      }
    }
    // "The Cabinet:" / "    ensures ...;" / "    takes measures ...;" / "    performs ... .": items
    // whose numbering a converter dropped, one per line, each closed by a semicolon.
    const unmarked: boolean = markers.length === 0 && isUnmarkedItem(lines, i, inUnmarkedRun);
    inUnmarkedRun = unmarked && /;\s*(?:and|or)?$/.test(trimmed);
    if (unmarked) {
      blocks.push({
        kind: 'item',
        markers: [{ style: 'bullet', value: 0, end: line.textStart }],
        range: lineRange,
        head: lineRange,
        indent: baseIndent + line.indent,
      });
      i++;
      firstContent = false;
      continue;
    }
    if (markers.length > 0) {
      const headStart = (markers[0] as { end: number }).end;
      if (bare.length > 0) i++;
      let end = bare.length > 0 ? (lines[i] as Line).textStart + (lines[i] as Line).trimmed.length : lineRange.end;
      i++;
      // A hard-wrapped item continues on lines that do not start a new block.
      while (isContinuation(lines, i, end - lineRange.start, options.isSoftWrap, wrapWidth)) {
        end = (lines[i] as Line).textStart + (lines[i] as Line).trimmed.length;
        i++;
      }
      blocks.push({
        kind: 'item',
        markers,
        range: { start: lineRange.start, end },
        head: trimRange(text, { start: headStart, end }),
        indent: baseIndent + line.indent,
      });
      firstContent = false;
      continue;
    }
    // A short line straight above a list or table, with no colon, still heads it
    // ("Agencies under the MCT" / "- Brazilian Innovation Agency"): a lead-in label. Straight
    // under running text, a blank line before the list changes nothing, as in markdown (a
    // line on its own between blanks is a heading, below).
    const listBelow = lines[i + 1]?.trimmed === '' && !isBlank(i - 1) ? lines[i + 2] : lines[i + 1];
    if (isLabel(trimmed) || isLeadInLine(trimmed, listBelow)) {
      const labelEnd = /[:：]$/.test(trimmed) ? lineRange.end - 1 : lineRange.end;
      blocks.push({
        kind: 'label',
        range: lineRange,
        content: trimRange(text, { start: lineRange.start, end: labelEnd }),
      });
      i++;
      firstContent = false;
      continue;
    }
    // "Urban Forestry Division" / "Plants and maintains street trees ...": a short title
    // line after a blank line with its sentence straight under it heads that sentence.
    const below = lines[i + 1];
    // "MANAGEMENT SERVICES DIVISION (MSD)" / "This division is ...": a title set in capitals
    // heads the sentence under it even when no blank line sets it apart from the one above.
    const above = lines[i - 1];
    const isShoutedTitle =
      !/\p{Ll}/u.test(trimmed) && wordCount(trimmed) >= 2 && above !== undefined && TERMINAL.test(above.trimmed);
    // "... our Embassies abroad." / "Management structures" / "Under the political ...": a
    // page saved without blank lines sets its short titles between full paragraphs.
    const followsParagraph =
      above !== undefined && TERMINAL.test(above.trimmed) && wordCount(above.trimmed) >= MIN_PARAGRAPH_WORDS;
    const headsSentence =
      options.allowHeadings &&
      !firstContent &&
      (isBlank(i - 1) || isShoutedTitle || followsParagraph) &&
      below !== undefined &&
      TERMINAL.test(below.trimmed) &&
      below.trimmed.length > trimmed.length &&
      wordCount(below.trimmed) >= 5 &&
      parseMarkers(below.trimmed).length === 0 &&
      wordCount(trimmed) <= (isShoutedTitle ? MAX_HEADING_WORDS : MAX_LABEL_WORDS) &&
      /^\p{Lu}/u.test(trimmed) &&
      !/[.;,，。:：]$/.test(trimmed) &&
      keyValueOf(line) === null;
    // "Equity Division" / "Chief Judge in Equity - Justice Bergin" / "Admiralty List Judge - ...":
    // a body's name on its own line after a blank line, over a run of field lines, heads them.
    const headsRecords =
      ((options.allowHeadings && !firstContent) || options.allowRecordHeadings === true) &&
      isBlank(i - 1) &&
      wordCount(trimmed) <= MAX_LABEL_WORDS &&
      /^\p{Lu}/u.test(trimmed) &&
      !/[.;,，。:：]$/.test(trimmed) &&
      !FIELD_SEPARATOR_IN_LINE.test(trimmed) &&
      trimmed.split(/\s+/).some((w) => ORGANISATION_HEADS.has(w)) &&
      isFieldRun(lines, i + 1);
    if (headsSentence || headsRecords) {
      blocks.push({ kind: 'heading', level: 2, range: lineRange, content: lineRange });
      i++;
      continue;
    }
    const standalone =
      isBlank(i - 1) && (isBlank(i + 1) || firstContent) && !isInsideItem(blocks, baseIndent + line.indent);
    if (
      options.allowHeadings &&
      standalone &&
      wordCount(trimmed) <= MAX_HEADING_WORDS &&
      trimmed.length <= MAX_HEADING_CHARS &&
      !/[.;,，。:：]$/.test(trimmed) &&
      /^[\p{Lu}\p{N}"“《]/u.test(trimmed) &&
      // "The Minister and Deputy: A, B": a field on its own line is no heading; "Committee on
      // Ferries: Dr. Name" is a body's heading with its head.
      !isPostField(line) &&
      !isRemitSentence(trimmed)
    ) {
      blocks.push({ kind: 'heading', level: firstContent ? 1 : 2, range: lineRange, content: lineRange });
      i++;
      firstContent = false;
      continue;
    }
    const kv = keyValueOf(line, lines, i);
    if (kv) {
      blocks.push({
        kind: 'keyValue',
        range: lineRange,
        key: kv.key,
        value: kv.value,
        indent: baseIndent + line.indent,
      });
      i++;
      firstContent = false;
      continue;
    }
    let end = lineRange.end;
    i++;
    while (isContinuation(lines, i, end - lineRange.start, options.isSoftWrap, wrapWidth)) {
      end = (lines[i] as Line).textStart + (lines[i] as Line).trimmed.length;
      i++;
    }
    blocks.push({ kind: 'paragraph', range: { start: lineRange.start, end }, indent: baseIndent + line.indent });
    firstContent = false;
  }
  return splitInlineEnumerations(
    text,
    nestLabelsUnderBodies(
      text,
      singleColumnTablesAsLists(nestNumberedHeadings(text, nestNamedGroups(text, nestBulletGlyphs(text, blocks)))),
    ),
  );
}

// "General Secretariat" / "Leadership" / its list: a body's name heading nothing but the
// label right under it ("Leadership", "Functions") is the label's section; the label nests
// under it, as a markdown page's deeper heading would.
const MAX_NESTED_LABEL_WORDS = 3;
function nestLabelsUnderBodies(text: string, blocks: FlatBlock[]): FlatBlock[] {
  for (let k = 0; k + 1 < blocks.length; k++) {
    const body = blocks[k] as FlatBlock;
    const label = blocks[k + 1] as FlatBlock;
    if (body.kind !== 'heading' || label.kind !== 'heading' || body.level !== label.level) continue;
    const name = text.slice(body.range.start, body.range.end).trim();
    const labelWords = text.slice(label.range.start, label.range.end).trim().split(/\s+/);
    if (!name.split(/\s+/).some((w) => ORGANISATION_HEADS.has(w))) continue;
    if (labelWords.length > MAX_NESTED_LABEL_WORDS || labelWords.some((w) => ORGANISATION_HEADS.has(w))) continue;
    // A label reads as words ("Leadership", "Current leadership"), not as a name ("Mr. Tom Hale").
    if (!/^\p{Lu}\p{Ll}+$/u.test(labelWords[0] ?? '') || labelWords.slice(1).some((w) => !/^\p{Ll}/u.test(w))) continue;
    label.level = body.level + 1;
  }
  return blocks;
}

// "2. Branch: Macro Policy" / "Purpose" / "2.1 Chief Directorate: Policy Analysis": plain text
// gives its headings one level, but section numbers give theirs: "2." over "2.1" over
// "2.1.1", and a heading without a number after a numbered one is part of its section.
const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u;
const MIN_NUMBERED_HEADINGS = 2;
// Below the outline's label level (7), so a label still heads its list inside any section.
const MAX_SECTION_LEVEL = 6;

function nestNumberedHeadings(text: string, blocks: FlatBlock[]): FlatBlock[] {
  const depthOf = (block: FlatBlock): number | null => {
    if (block.kind !== 'heading' || block.level !== 2) return null;
    const number = SECTION_NUMBER.exec(text.slice(block.content.start, block.content.end))?.[1];
    return number === undefined ? null : number.split('.').length;
  };
  if (blocks.filter((b) => depthOf(b) !== null).length < MIN_NUMBERED_HEADINGS) return blocks;
  let sectionLevel: number | null = null;
  return blocks.map((block) => {
    if (block.kind !== 'heading' || block.level !== 2) return block;
    const depth = depthOf(block);
    if (depth !== null) {
      sectionLevel = Math.min(1 + depth, MAX_SECTION_LEVEL);
      return { ...block, level: sectionLevel };
    }
    return sectionLevel === null ? block : { ...block, level: Math.min(sectionLevel + 1, MAX_SECTION_LEVEL) };
  });
}

// "* Office of the Director" / "o Office of Public Affairs" / "o Finance Division" / "* Field
// Operations Branch": a word processor's levels, converted to text, keep their glyphs but lose
// their indents. In a run of bullets at one indent, each new glyph is one level deeper; a glyph
// seen before goes back to its level.
// A bullet item whose marker is a written glyph (not an item a dropped marker left unmarked).
const isGlyphBullet = (block: FlatBlock): block is Extract<FlatBlock, { kind: 'item' }> =>
  block.kind === 'item' &&
  block.markers[0]?.style === 'bullet' &&
  (block.markers[0]?.end ?? block.range.start) > block.range.start;

function nestBulletGlyphs(text: string, blocks: FlatBlock[]): FlatBlock[] {
  const out = [...blocks];
  let k = 0;
  while (k < out.length) {
    const first = out[k] as FlatBlock;
    if (!isGlyphBullet(first) || first.depth !== undefined) {
      k++;
      continue;
    }
    let end = k;
    while (
      end < out.length &&
      isGlyphBullet(out[end] as FlatBlock) &&
      (out[end] as Extract<FlatBlock, { kind: 'item' }>).indent === first.indent
    )
      end++;
    const run = out.slice(k, end) as Array<Extract<FlatBlock, { kind: 'item' }>>;
    const glyphs: string[] = [];
    for (const item of run) {
      const glyph = text[item.range.start] ?? '';
      if (!glyphs.includes(glyph)) glyphs.push(glyph);
    }
    if (glyphs.length > 1)
      run.forEach((item, j) => {
        out[k + j] = { ...item, depth: glyphs.indexOf(text[item.range.start] ?? '') };
      });
    k = Math.max(end, k + 1);
  }
  return out;
}

// What parts a record line into fields ("Post - Name", "Name: post", "Post\tName").
const FIELD_SEPARATOR_IN_LINE = /\s[-–—|]\s|[:：]\s|\t/u;
const MIN_FIELD_RUN = 2;
const RECORD_SEPARATOR = /\s[-–—|]\s|\t/u;
const isRecordLine = (trimmed: string): boolean =>
  RECORD_SEPARATOR.test(trimmed) && wordCount(trimmed) <= MAX_HEADING_WORDS && !TERMINAL.test(trimmed);

// Whether the lines from i on open with a run of record lines, unmarked and unpunctuated.
function isFieldRun(lines: readonly Line[], i: number): boolean {
  let run = 0;
  for (let k = i; k < lines.length && run < MIN_FIELD_RUN; k++) {
    const line = lines[k] as Line;
    if (line.trimmed === '' || !FIELD_SEPARATOR_IN_LINE.test(line.trimmed) || TERMINAL.test(line.trimmed)) break;
    if (parseMarkers(line.trimmed).length > 0 || wordCount(line.trimmed) > MAX_HEADING_WORDS) break;
    run++;
  }
  return run >= MIN_FIELD_RUN;
}

const MIN_UNMARKED_ITEMS = 3;
const MIN_UNMARKED_WORDS = 3;
const ITEM_END = /;\s*(?:and|or)?$/;

/** The non-blank line before `i`, or undefined. */
function lineBefore(lines: Line[], i: number): Line | undefined {
  for (let k = i - 1; k >= 0; k--) if ((lines[k] as Line).trimmed !== '') return lines[k];
  return undefined;
}

/**
 * True when line `i` is an item of a run of unmarked lines closed by semicolons: the first
 * stands under a lead-in that ends with a colon and opens a run of at least three such lines;
 * the next ones follow an item of the run; the last may close with a full stop.
 */
function isUnmarkedItem(lines: Line[], i: number, isInRun: boolean): boolean {
  const line = lines[i] as Line;
  if (wordCount(line.trimmed) < MIN_UNMARKED_WORDS || parseMarkers(line.trimmed).length > 0) return false;
  if (isInRun) return ITEM_END.test(line.trimmed) || /\.$/.test(line.trimmed);
  if (!/[:：]$/.test(lineBefore(lines, i)?.trimmed ?? '')) return false;
  let run = 0;
  for (let k = i; k < lines.length && run < MIN_UNMARKED_ITEMS; k++) {
    const next = lines[k] as Line;
    if (next.trimmed === '') continue;
    if (!ITEM_END.test(next.trimmed) || parseMarkers(next.trimmed).length > 0) break;
    run++;
  }
  return run >= MIN_UNMARKED_ITEMS;
}

// "Our teams" / "Vessel Standards Team" / ... / "Inspection Support Team": plain text has one
// heading level, so a heading with no body of its own that names, in the plural, the head
// word of the headings after it is their parent ("## Our teams" / "### ... Team").
function nestNamedGroups(text: string, blocks: FlatBlock[]): FlatBlock[] {
  const out = [...blocks];
  for (let k = 0; k + 1 < out.length; k++) {
    const parent = out[k] as FlatBlock;
    if (parent.kind !== 'heading' || out[k + 1]?.kind !== 'heading') continue;
    const words = new Set(text.slice(parent.content.start, parent.content.end).toLowerCase().split(/\s+/));
    let j = k + 1;
    for (; j < out.length; j++) {
      const child = out[j] as FlatBlock;
      if (child.kind !== 'heading') continue;
      if (child.level !== parent.level) break;
      const head = /(\p{L}+)\s*$/u.exec(text.slice(child.content.start, child.content.end))?.[1]?.toLowerCase() ?? '';
      if (
        !head ||
        !(
          words.has(`${head}s`) ||
          words.has(`${head}es`) ||
          (head.endsWith('y') && words.has(`${head.slice(0, -1)}ies`))
        )
      )
        break;
      out[j] = { ...child, level: parent.level + 1 };
    }
    if (j > k + 1) k = j - 1;
  }
  return out;
}

// A table whose rows hold one cell each is a list written as a table ("| Item |" rows): its
// rows become bullet items, so bullets and one-column tables read alike.
function singleColumnTablesAsLists(blocks: FlatBlock[]): FlatBlock[] {
  const out: FlatBlock[] = [];
  let k = 0;
  while (k < blocks.length) {
    const block = blocks[k] as FlatBlock;
    if (block.kind !== 'row') {
      out.push(block);
      k++;
      continue;
    }
    let end = k;
    while (end < blocks.length && blocks[end]?.kind === 'row') end++;
    const rows = blocks.slice(k, end) as Array<Extract<FlatBlock, { kind: 'row' }>>;
    const filled = (row: Extract<FlatBlock, { kind: 'row' }>): TextRange[] => row.cells.filter((c) => c.end > c.start);
    const content = rows.filter((r) => !r.isSeparator && filled(r).length > 0);
    if (
      content.length >= 2 &&
      content.every((r) => filled(r).length === 1) &&
      rows.every((r) => r.cells.length <= 1 || r.isSeparator || filled(r).length <= 1)
    ) {
      for (const row of content) {
        const cell = filled(row)[0] as TextRange;
        out.push({
          kind: 'item',
          markers: [{ style: 'bullet', value: 0, end: cell.start }],
          range: row.range,
          head: cell,
          indent: 0,
        });
      }
    } else out.push(...rows);
    k = end;
  }
  return out;
}

// A line continues the previous one when that one was long and stopped mid-sentence, and
// this one does not itself start a block (a marker, a table row, a label).
function isContinuation(
  lines: Line[],
  i: number,
  previousLength: number,
  isSoftWrap = false,
  wrapWidth: number | null = null,
): boolean {
  const line = lines[i];
  const previous = lines[i - 1];
  if (!line || !previous || line.trimmed === '' || previous.trimmed === '') return false;
  if (TERMINAL.test(previous.trimmed)) return false;
  if (parseMarkers(line.trimmed).length > 0 || bareMarkers(lines, i).length > 0 || line.trimmed.startsWith('|'))
    return false;
  // Converter output wraps at random widths: a line that stops on a word no sentence or
  // heading ends with ("ENACTED by the", "(1) There is"), or stops on a lower-case word
  // before a line that goes on in lower case ("issue" / "licences under this Act"), is cut
  // by the wrap, however short.
  if (OPEN_END.test(previous.trimmed) || (/\p{Ll}$/u.test(previous.trimmed) && /^\p{Ll}/u.test(line.trimmed)))
    return true;
  // A line that opens in lower case is the middle of a sentence, however short: the line
  // after it goes on with it ("under the X Agency" / "Act 2004 [Act 633];").
  const isFragment = /^\p{Ll}/u.test(previous.trimmed) && previous.trimmed.includes(' ');
  // "(v) Bank of Ghana not below the level of Deputy" / "Governor; and": prose or an item cut
  // short, whose tail closes a clause of an enumeration.
  const isItem = parseMarkers(previous.trimmed).length > 0;
  if (
    CLAUSE_TAIL.test(line.trimmed) &&
    ((lowerCaseWordCount(previous.trimmed) >= 3 && line.trimmed.length <= 40) || (isItem && /;/.test(line.trimmed)))
  )
    return true;
  // Text wrapped at a fixed width: the line's first word would not have fitted on the line
  // before, so the break is the wrap's, not the writer's ("... of the Office of Personnel" /
  // "Management, vice ...").
  const firstWord = /^\S+/.exec(line.trimmed)?.[0].length ?? 0;
  if (
    wrapWidth !== null &&
    previous.indent === line.indent &&
    previous.trimmed.length + previous.indent + 1 + firstWord > wrapWidth &&
    lowerCaseWordCount(`${previous.trimmed} ${line.trimmed}`) >= 2
  )
    return true;
  if (previousLength < MIN_WRAPPED_LINE_CHARS && !isFragment) return false;
  if (isFragment) return true;
  // In a markdown paragraph a line break is a soft wrap: a long line that stops on a
  // capitalised word before a line that opens with one has cut a name in two ("... in the
  // Armed" / "Forces Act 1972").
  // Plain text wraps the same way where the line before is prose (several lower-case words).
  // "Land List Judge - Justice Barnes" / "Family List Judge - Justice Wade": record lines each
  // end where the writer broke them.
  if (isRecordLine(previous.trimmed) && isRecordLine(line.trimmed)) return false;
  const isProse = isSoftWrap || lowerCaseWordCount(previous.trimmed) >= 3;
  const cutsName = isProse && /\s\p{Lu}\p{Ll}+$/u.test(previous.trimmed) && /^\p{Lu}/u.test(line.trimmed);
  return (
    cutsName || /^[\p{Ll}(“"'‘\d]/u.test(line.trimmed) || /[,，]$|\b(and|or|of|the|to|for)$/.test(previous.trimmed)
  );
}

// Hard-wrapped text: every line at most the width, and many lines close to it.
const MIN_WRAP_WIDTH = 50;
const MAX_WRAP_WIDTH = 100;
const MIN_WRAPPED_LINES = 6;

/**
 * The width a text was hard-wrapped at (its longest line), or null when its lines do not
 * show one: too few lines, a line wider than any wrap, or few lines near the longest.
 */
function hardWrapWidth(lines: readonly Line[]): number | null {
  // One pass, no spread: a document may have millions of lines.
  let count = 0;
  let width = 0;
  for (const line of lines) {
    if (line.trimmed === '') continue;
    count++;
    width = Math.max(width, line.indent + line.trimmed.length);
    if (width > MAX_WRAP_WIDTH) return null;
  }
  if (count < MIN_WRAPPED_LINES || width < MIN_WRAP_WIDTH) return null;
  // A wrap fills most lines to within a long word of the width.
  let full = 0;
  for (const line of lines) if (line.trimmed !== '' && line.indent + line.trimmed.length >= width - 15) full++;
  return full >= count * 0.4 ? width : null;
}

/** A "key: value" line whose key names no body ("The Minister and Deputy: A, B"). */
function isPostField(line: Line): boolean {
  const kv = KEY_VALUE.exec(line.trimmed);
  return (
    kv !== null && keyValueOf(line) !== null && !(kv[1] as string).split(/\s+/).some((w) => ORGANISATION_HEADS.has(w))
  );
}

/** The nearest line before (step -1) or after (step 1) line i that holds text. */
function nonBlankLine(lines: readonly Line[], i: number, step: -1 | 1): Line | undefined {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if ((lines[k] as Line).trimmed !== '') return lines[k];
  return undefined;
}

/** True when a line beside a numbered one is an item it may share a list with: numbered `adjacent`, or other than a bullet or number. */
function isListNeighbour(line: Line | undefined, adjacent: number): boolean {
  if (line === undefined) return false;
  return parseMarkers(line.trimmed).some(
    (m) => (m.style !== 'bullet' && m.style !== 'arabic-dot' && m.style !== 'arabic-space') || m.value === adjacent,
  );
}

/** Lower-case words of a line other than the connectors names keep ("of", "and", "the"). */
function lowerCaseWordCount(line: string): number {
  return line.match(/(?:^|\s)(?!(?:of|and|the|for|in|on|to)\b)\p{Ll}+/gu)?.length ?? 0;
}

// The markers of a line that holds only a marker ("(a)", "3.") when the next line holds the
// item's text (no marker, no blank between), each ending where that text starts.
function bareMarkers(lines: Line[], i: number): Marker[] {
  const line = lines[i] as Line;
  const next = lines[i + 1];
  if (!next || next.trimmed === '' || parseMarkers(next.trimmed).length > 0 || line.trimmed.length > 8) return [];
  return parseMarkers(`${line.trimmed} x`, line.textStart)
    .filter((m) => m.style !== 'arabic-space' && m.end === line.textStart + line.trimmed.length + 1)
    .map((m) => ({ ...m, end: next.textStart }));
}

function splitCells(text: string, range: TextRange): TextRange[] {
  const cells: TextRange[] = [];
  let start = range.start;
  for (let k = range.start; k <= range.end; k++) {
    if (k === range.end || text[k] === '|') {
      cells.push(trimRange(text, { start, end: k }));
      start = k + 1;
    }
  }
  // Leading and trailing pipes leave empty edge cells.
  const first = cells[0];
  if (first && first.start === first.end && text[range.start] === '|') cells.shift();
  const last = cells[cells.length - 1];
  if (last && last.start === last.end && text[range.end - 1] === '|') cells.pop();
  return cells;
}

/**
 * True when a line indented deeper than the last list item, with nothing at the margin since,
 * is that item's text ("• HR Section" / "    Deputy Director General Name"), not a heading.
 */
function isInsideItem(blocks: readonly FlatBlock[], indent: number): boolean {
  if (indent === 0) return false;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const block = blocks[k] as FlatBlock;
    if (block.kind === 'item') return indent > block.indent;
    if (block.kind === 'heading' || block.kind === 'label') return false;
    if ((block.kind === 'paragraph' || block.kind === 'keyValue') && (block.indent ?? 0) < indent) return false;
  }
  return false;
}
