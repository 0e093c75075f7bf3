// Query rows -> text: an aligned table for a terminal, JSON or CSV for scripts.
import { stringify } from 'csv-stringify/sync';
import { toCellText, type PlainMap } from '../graph/values.ts';

/** Output formats of `kg query`. */
export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Options of formatRows. */
export interface FormatOptions {
  /** Table cells longer than this are cut with an ellipsis; default 60. */
  maxColumnWidth?: number | undefined;
}

function tableCell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, Math.max(width - 1, 0))}…` : flat;
}

/** Renders rows as an aligned text table with a header rule and a row count. */
export function formatTable(
  columns: readonly string[],
  rows: readonly PlainMap[],
  options: FormatOptions = {},
): string {
  const maxWidth = options.maxColumnWidth ?? 60;
  const cells = rows.map((row) => columns.map((column) => tableCell(toCellText(row[column] ?? null), maxWidth)));
  const widths = columns.map((column, index) => Math.max(column.length, ...cells.map((line) => line[index]!.length)));
  const render = (line: readonly string[]): string =>
    line
      .map((cell, index) => cell.padEnd(widths[index]!))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  if (columns.length === 0) return count;
  return [render(columns), rule, ...cells.map(render), count].join('\n');
}

/** Renders rows as CSV with a header line; lists and maps become JSON text in their cell. */
export function formatCsv(columns: readonly string[], rows: readonly PlainMap[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => toCellText(row[column] ?? null))),
    { header: true, columns: [...columns] },
  );
}

/** Renders rows in the chosen format; JSON is an array of objects with the columns in order. */
export function formatRows(
  format: OutputFormat,
  columns: readonly string[],
  rows: readonly PlainMap[],
  options: FormatOptions = {},
): string {
  switch (format) {
    case 'table':
      return formatTable(columns, rows, options);
    case 'csv':
      return formatCsv(columns, rows).trimEnd();
    case 'json':
      return JSON.stringify(
        rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? null]))),
        null,
        2,
      );
  }
}
