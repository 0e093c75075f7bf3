// "Corporate Policy and Services Branch" / "Policy and Planning" / "Provides policy planning
// ..." / "Professional Services" / "Professional Services provides ...": a page saved without
// its heading markup keeps its titles as short title-case lines, each straight above the
// sentence it heads, and a group's title above its first title. Plain text gives every
// heading one level; this recovers two from the lines' shapes alone.
import { isVerbInitial } from './item-roles.ts';
import { parseMarkers } from './numbering.ts';

interface TextLine {
  trimmed: string;
}

const MAX_TITLE_WORDS = 8;
const MAX_TITLE_CHARS = 80;
// Title pairs a page must show before its short lines are read as titles at all.
const MIN_PAIRS = 2;
// Words a title writes in lower case ("Office of the Minister", "Policy and Planning").
const MINOR_WORD = /^(?:of|and|the|for|to|in|on|at|by|with|a|an|&|-|–)$/;
const NOT_TITLE_END = /[.;:,!?。；：，]$/u;
// "INSTITUTES          Institute of ...": a page laid out in columns, read across.
const COLUMN_GAP = /\S {3,}\S/;
// A sentence has words in lower case; a name ("National Atomic Energy Agency [4]") has none.
const LOWER_CASE_WORD = /(?<=\s|^)\p{Ll}[\p{L}'’-]*/gu;
const MIN_LOWER_CASE_WORDS = 2;
const AT_LEAST_FIVE_WORDS = /^\S+(?:\s+\S+){4}/;

// Bounded reads, so a line of any length costs what its first few words cost.
function hasSentenceWords(trimmed: string): boolean {
  if (!AT_LEAST_FIVE_WORDS.test(trimmed)) return false;
  let lowerCase = 0;
  for (const m of trimmed.matchAll(LOWER_CASE_WORD))
    if (!MINOR_WORD.test(m[0]) && ++lowerCase >= MIN_LOWER_CASE_WORDS) return true;
  return false;
}
const FIELD = /^[^:：]{1,40}[:：]\s/u;

function isTitleLine(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_CHARS || NOT_TITLE_END.test(trimmed)) return false;
  if (!/^\p{Lu}/u.test(trimmed) || /[|:：]/.test(trimmed) || COLUMN_GAP.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  // "ORGANISATION STRUCTURE AND": a title cut by a wrap.
  if (words.length > MAX_TITLE_WORDS || MINOR_WORD.test((words[words.length - 1] as string).toLowerCase()))
    return false;
  if (parseMarkers(trimmed).length > 0) return false;
  // Title case: every word but the minor ones opens with a capital, a digit or a bracket.
  return words.every((w) => MINOR_WORD.test(w) || /^[\p{Lu}\p{N}("“'‘]/u.test(w));
}

/**
 * True for a line that reads as a sentence about what something does ("Provides policy
 * planning for the department"): it opens with a verb and runs in lower case. A short line
 * standing alone is a heading unless it is such a sentence, full stop or not.
 */
export function isRemitSentence(trimmed: string): boolean {
  return hasSentenceWords(trimmed) && isVerbInitial(trimmed);
}

// A sentence: no field ("Creation Date: 1901"), no table cell, no second column.
function isDescriptionLine(trimmed: string): boolean {
  return (
    hasSentenceWords(trimmed) &&
    !isTitleLine(trimmed) &&
    !FIELD.test(trimmed) &&
    !COLUMN_GAP.test(trimmed) &&
    !trimmed.includes('|') &&
    parseMarkers(trimmed).length === 0
  );
}

/**
 * The lines (by index) that are titles of a page written as title lines over description
 * lines, with their heading level: 2 for a title heading a group of titled lines (a title
 * right above another title that opens its block), 3 for the titles in such a group, 2 for
 * titles in blocks without one. Empty unless the page pairs a title with the description
 * under it at least twice.
 */
export function findTitledLines(lines: readonly TextLine[]): Map<number, number> {
  const levels = new Map<number, number>();
  const title = lines.map((l) => isTitleLine(l.trimmed));
  const isPair = (k: number): boolean =>
    title[k] === true &&
    k + 1 < lines.length &&
    (lines[k + 1] as TextLine).trimmed.length > (lines[k] as TextLine).trimmed.length &&
    isDescriptionLine((lines[k + 1] as TextLine).trimmed);
  let pairs = 0;
  for (let k = 0; k < lines.length; k++) if (isPair(k)) pairs++;
  if (pairs < MIN_PAIRS) return levels;
  let k = 0;
  while (k < lines.length) {
    if ((lines[k] as TextLine).trimmed === '') {
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && (lines[end] as TextLine).trimmed !== '') end++;
    const block: number[] = [];
    for (let j = k; j < end; j++) block.push(j);
    if (block.some(isPair)) {
      const hasGroupTitle = end - k >= 3 && title[k] === true && title[k + 1] === true;
      for (const j of block) {
        // A title heads a description or the next title; a short title-case line closing
        // its block ("Health and Safety" after a sentence cut there) heads nothing.
        if (title[j] !== true || !(isPair(j) || (j + 1 < end && title[j + 1] === true))) continue;
        levels.set(j, hasGroupTitle ? (j === k ? 2 : 3) : 2);
      }
    }
    k = end;
  }
  return levels;
}
