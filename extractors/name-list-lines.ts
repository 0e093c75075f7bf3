// Lines that are nothing but a run of unit names (EXTRACTION.md families: "leadership
// directories flattened from two-column tables"): "East Asia Department, Southeast Asia
// Department, Pacific Department." or "Office of the Secretary; Office of the General
// Counsel; Budget, Personnel, and Management Systems Department". Read by content: most
// parts are body names and most of those have a unit's head word.
import { headWordOf } from './head-word.ts';
import { RangeIndex } from './range-index.ts';
import { trimRange } from './spans.ts';
import type { TextRange } from './types.ts';
import { UNIT_LIST_HEADS } from './vocabulary.ts';

const MIN_PARTS = 2;
const NAMED_SHARE = 0.6;
const MAX_NAME_WORDS = 10;
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&']);
const LEADING_FILLER = /^(?:(?:and|or|including|incl\.|the)\s+)+/i;

/** The unit names of a line made of unit names, or [] when the line is anything else. */
export function findNameListUnits(
  text: string,
  line: TextRange,
  bodies: RangeIndex<{ range: TextRange }>,
): TextRange[] {
  const raw = text.slice(line.start, line.end);
  if (raw.includes('\n') || /[:：]/.test(raw)) return [];
  const separator = (raw.match(/;/g)?.length ?? 0) >= 1 ? ';' : ',';
  const parts: TextRange[] = [];
  let at = line.start;
  for (const piece of raw.split(separator)) {
    const range = trimRange(text, { start: at, end: at + piece.length });
    at += piece.length + 1;
    const body = text.slice(range.start, range.end).replace(/[.;,]+$/, '');
    const lead = LEADING_FILLER.exec(body)?.[0].length ?? 0;
    if (body.length > lead) parts.push({ start: range.start + lead, end: range.start + body.length });
  }
  if (parts.length < MIN_PARTS) return [];
  const units: TextRange[] = [];
  let named = 0;
  for (const part of parts) {
    const name = text.slice(part.start, part.end);
    // A part that reads as a clause ("... are hereby transferred to the X") is no name.
    const words = name.split(/\s+/);
    if (words.length > MAX_NAME_WORDS || words.some((w) => /^\p{Ll}/u.test(w) && !NAME_CONNECTORS.has(w))) continue;
    // The part is a name when a body mention ends where it ends and its head word is a unit's.
    const ending = bodies.within(part).some((b) => b.range.end === part.end);
    if (!ending) continue;
    named++;
    if (UNIT_LIST_HEADS.has(headWordOf(name)) && /^\p{Lu}/u.test(name)) units.push(part);
  }
  return named / parts.length >= NAMED_SHARE && units.length * 2 >= named ? units : [];
}
