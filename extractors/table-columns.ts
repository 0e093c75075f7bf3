// Tables by shape (GUIDELINES Departments and HOLDS_POSITION): which columns hold person
// names, post titles and unit names, decided by their cells rather than by header words,
// so "| Division | Head |", "| Unit | Contact |" and "| Name | Responsibilities |" all read.
import { isPersonName, isPostTitle, nameWithoutAffixes } from './people.ts';
import { isKnownGivenName } from './tagger.ts';
import type { TableNode, TextRange } from './types.ts';
import { isUnitShaped } from './unit-lists.ts';

/** Column indices by what their cells hold; -1 when no column does. */
export interface TableColumns {
  person: number;
  title: number;
  unit: number;
}

const cache = new WeakMap<TableNode, TableColumns>();
const isMostly = (hits: number, total: number): boolean => total > 0 && hits * 2 > total;

// The person a cell names ("Dr Amara Kell", "Jonas Pyle (acting)"), honorific excluded.
export function personOfCell(text: string, cell: TextRange): TextRange | null {
  const raw = text.slice(cell.start, cell.end);
  const lead = raw.length - raw.trimStart().length;
  // "Jane Roe[3]", "Jane Roe [3]": a footnote mark after the name is no part of it.
  const body = raw
    .trim()
    .replace(/\s*(?:\[\d{1,3}\])+$/, '')
    .replace(/\s*\([^)]*\)$/, '');
  const range = nameWithoutAffixes(text, { start: cell.start + lead, end: cell.start + lead + body.length });
  if (isPersonName(text.slice(range.start, range.end))) return range;
  // "Secretary Jane Roe", "Attorney General Jane Roe": the post the cell writes before the name.
  // The longest title first ("Special Assistant for Legal Affairs Name"); a title never ends
  // in a given name, nor a name starts at an initial after one ("Commissioner Amara N. Costa").
  const words = text.slice(range.start, range.end).split(' ');
  for (let k = Math.min(MAX_TITLE_WORDS, words.length - 2); k >= Math.max(1, words.length - MAX_NAME_WORDS); k--) {
    if (isKnownGivenName((words[k - 1] as string).toLowerCase()) || /^\p{Lu}\.$/u.test(words[k] as string)) continue;
    if (!isPostTitle(words.slice(0, k).join(' '))) continue;
    const rest = words.slice(k).join(' ');
    if (!isPersonName(rest)) continue;
    return { start: range.end - rest.length, end: range.end };
  }
  return null;
}
const MAX_TITLE_WORDS = 6;
const MAX_NAME_WORDS = 4;

/** Classifies a table's columns by their cells (memoised per table). */
export function tableColumns(text: string, table: TableNode): TableColumns {
  const cached = cache.get(table);
  if (cached) return cached;
  const width = table.header.length;
  const columns: TableColumns = { person: -1, title: -1, unit: -1 };
  for (let k = 0; k < width; k++) {
    const cells = table.rows.map((r) => r[k]).filter((c): c is TextRange => c !== undefined);
    const texts = cells.map((c) => text.slice(c.start, c.end).trim());
    if (columns.person === -1 && isMostly(cells.filter((c) => personOfCell(text, c)).length, cells.length))
      columns.person = k;
    else if (
      columns.unit === -1 &&
      texts.length >= 1 &&
      isUnitShaped(texts.length === 1 ? [...texts, ...texts] : texts)
    )
      columns.unit = k;
    else if (columns.title === -1 && isMostly(texts.filter((t) => isPostTitle(t)).length, texts.length))
      columns.title = k;
  }
  cache.set(table, columns);
  return columns;
}

const personColumnCache = new WeakMap<TableNode, number[]>();
const MIN_PERSON_CELLS = 2;

/**
 * Every column whose filled cells are mostly person names (at least two), whatever else the
 * table holds: a "President" column beside a column of ministers names persons too.
 */
export function personColumns(text: string, table: TableNode): number[] {
  const cached = personColumnCache.get(table);
  if (cached) return cached;
  const out: number[] = [];
  for (let k = 0; k < table.header.length; k++) {
    const filled = table.rows.map((r) => r[k]).filter((c): c is TextRange => c !== undefined && c.end > c.start);
    const persons = filled.filter((c) => personOfCell(text, c)).length;
    if (persons >= MIN_PERSON_CELLS && isMostly(persons, filled.length)) out.push(k);
  }
  personColumnCache.set(table, out);
  return out;
}
