// Whitespace-aligned tables (pandoc's "simple tables", which its converters write for wiki
// and office tables): a header line, a rule of dash runs under it, one dash run per column,
// then one row per line until a blank line. The rule gives the columns; a row's words fall
// in the column where they start, so a row that shifts a column keeps its cells apart.
import type { FlatBlock } from './blocks.ts';
import type { TextRange } from './types.ts';

const RULE = /^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$/;
const RULE_ANYWHERE = /^[ \t]*-{2,}[ \t]+-{2,}/m;
// Cells are set apart by two spaces or more (one space may stand inside a cell's words).
const CELL_GAP = / {2,}|\t+/g;

/** One table: its whole range, and the column starts (character offsets within a line). */
export interface SimpleTable {
  range: TextRange;
  /** Each line's range, header first; the rule is not among them. */
  lines: TextRange[];
  /** The column each dash run of the rule opens, as an offset from its line's start. */
  columnStarts: number[];
  /** The cells of each row, where a flattened table gives them by order rather than by column. */
  rowCells?: TextRange[][];
}

interface RawLine {
  start: number;
  end: number;
}

function linesOf(text: string, range: TextRange): RawLine[] {
  const lines: RawLine[] = [];
  let start = range.start;
  while (start <= range.end) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > range.end) end = range.end;
    lines.push({ start, end });
    if (end >= range.end) break;
    start = end + 1;
  }
  return lines;
}

const isBlank = (text: string, line: RawLine | undefined): boolean =>
  !line || text.slice(line.start, line.end).trim() === '';

/** The simple tables of a range: a header line right above a dash rule, and the rows under it. */
export function findSimpleTables(text: string, range: TextRange): SimpleTable[] {
  const flattened = WIDE_GAP_ANYWHERE.test(text.slice(range.start, range.end)) ? findFlattenedTables(text, range) : [];
  if (!RULE_ANYWHERE.test(text.slice(range.start, range.end))) return flattened;
  const lines = linesOf(text, range);
  const tables: SimpleTable[] = [...flattened];
  for (let i = 1; i < lines.length; i++) {
    const rule = lines[i] as RawLine;
    const header = lines[i - 1] as RawLine;
    if (isBlank(text, header) || !RULE.test(text.slice(rule.start, rule.end))) continue;
    const columnStarts = [...text.slice(rule.start, rule.end).matchAll(/-+/g)].map((m) => m.index ?? 0);
    const rows: RawLine[] = [];
    let k = i + 1;
    while (k < lines.length && !isBlank(text, lines[k]) && !RULE.test(text.slice(lines[k]?.start, lines[k]?.end)))
      rows.push(lines[k++] as RawLine);
    if (rows.length === 0) continue;
    const last = rows[rows.length - 1] as RawLine;
    const whole = { start: header.start, end: last.end };
    if (flattened.some((t) => t.range.start < whole.end && whole.start < t.range.end)) continue;
    tables.push({ range: whole, lines: [header, ...rows], columnStarts });
    i = k;
  }
  return tables.sort((a, b) => a.range.start - b.range.start);
}

// A table a converter ran into one line ("Member   Affiliation   Date Appointed   Jane Roe
// Liberal   November 6, 2017   ..."): cells set apart by three spaces or more, the first few
// of them a header, the rest a whole number of rows of as many cells.
// Spaces only: a tab-separated page puts one row on each line.
const WIDE_GAP = / {3,}/g;
const WIDE_GAP_ANYWHERE = /\S {3,}\S/;
const MIN_CELLS = 6;
const MAX_HEADER_CELLS = 5;
const MIN_FLAT_ROWS = 2;
const HEADER_CELL = /^\p{Lu}[\p{L}'’ -]{0,30}$/u;

function findFlattenedTables(text: string, range: TextRange): SimpleTable[] {
  const tables: SimpleTable[] = [];
  const lines = linesOf(text, range);
  // Inside a table laid out on lines of its own, every line has gaps: it is no one-line table.
  const isGapped = (line: RawLine | undefined): boolean =>
    line !== undefined && WIDE_GAP_ANYWHERE.test(text.slice(line.start, line.end));
  for (const [i, line] of lines.entries()) {
    const raw = text.slice(line.start, line.end);
    if (!WIDE_GAP_ANYWHERE.test(raw) || isGapped(lines[i - 1]) || isGapped(lines[i + 1])) continue;
    const cells: TextRange[] = [];
    let at = 0;
    for (const gap of [...raw.matchAll(WIDE_GAP), { index: raw.length, 0: '' }]) {
      const chunk = raw.slice(at, gap.index);
      const lead = chunk.length - chunk.trimStart().length;
      const words = chunk.trim();
      if (words) cells.push({ start: line.start + at + lead, end: line.start + at + lead + words.length });
      at = (gap.index ?? raw.length) + (gap[0]?.length ?? 0);
    }
    if (cells.length < MIN_CELLS) continue;
    const textOf = (c: TextRange): string => text.slice(c.start, c.end);
    for (let width = 2; width <= MAX_HEADER_CELLS; width++) {
      const rows = (cells.length - width) / width;
      if (!Number.isInteger(rows) || rows < MIN_FLAT_ROWS) continue;
      // A header is short labels: one to three capitalised words without figures.
      const header = cells.slice(0, width);
      if (!header.every((c) => HEADER_CELL.test(textOf(c)) && textOf(c).split(' ').length <= 3)) continue;
      const rowCells = Array.from({ length: rows + 1 }, (_, r) => cells.slice(r * width, (r + 1) * width));
      // Each column holds one kind of value: figures (dates) in all its rows or in none.
      const isAligned = header.every((_, k) => {
        const withFigures = rowCells.slice(1).filter((row) => /\d/.test(textOf(row[k] as TextRange))).length;
        return withFigures === 0 || withFigures === rows;
      });
      if (!isAligned) continue;
      tables.push({
        range: { start: line.start, end: line.end },
        lines: rowCells.map((row) => ({ start: (row[0] as TextRange).start, end: (row[width - 1] as TextRange).end })),
        columnStarts: [],
        rowCells,
      });
      break;
    }
  }
  return tables;
}

// The cells of one line: each run of words, in the column its first character falls in.
function cellsOf(text: string, line: TextRange, columnStarts: number[]): TextRange[] {
  const cells: TextRange[] = columnStarts.map(() => ({ start: line.start, end: line.start }));
  const raw = text.slice(line.start, line.end);
  let at = 0;
  for (const gap of [...raw.matchAll(CELL_GAP), { index: raw.length, 0: '' }]) {
    const chunk = raw.slice(at, gap.index);
    const lead = chunk.length - chunk.trimStart().length;
    const words = chunk.trim();
    if (words) {
      const column = at + lead;
      let k = columnStarts.length - 1;
      while (k > 0 && (columnStarts[k] as number) > column) k--;
      const cell = cells[k] as TextRange;
      const start = line.start + column;
      // Two runs in one column are one cell ("Scottish  National" set wide).
      cells[k] =
        cell.end > cell.start ? { start: cell.start, end: start + words.length } : { start, end: start + words.length };
    }
    at = (gap.index ?? raw.length) + (gap[0]?.length ?? 0);
  }
  return cells;
}

/** A table's rows as flat blocks: the header row, then one row per line. */
export function simpleTableBlocks(text: string, table: SimpleTable): FlatBlock[] {
  return table.lines.map((line, k) => ({
    kind: 'row',
    range: { start: line.start, end: line.end },
    cells: table.rowCells?.[k] ?? cellsOf(text, line, table.columnStarts),
    isSeparator: false,
  }));
}
