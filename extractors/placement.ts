// Containment by placement (EXTRACTION.md stage 5): "the Office of the Government CIO (OGCIO)
// at the Department of Public Expenditure and Reform", "The Office of Executive Councils
// resides in the Office of Government-wide Policy at GSA", "the General Services Office in the
// Office of the Secretary". A body with a unit's head word placed at or within another body is
// that body's unit.
import { headWordOf } from './head-word.ts';
import type { TextRange } from './types.ts';
import { UNIT_LIST_HEADS } from './vocabulary.ts';

const PLACED =
  /^\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*(?:(?:which\s+|that\s+)?(?:resides|is located|is housed|sits|is placed|is based|is situated)\s+(?:in|within|at|inside)|at|within|in)\s+(?:the\s+)?$/i;
const MAX_GAP = 60;

// "Regulatory Operations Branch, Canadian Nuclear Safety Commission (CNSC)" on a line of its
// own under a person's post: a unit and the body it belongs to, as a signature writes them.
const LINE_START = /(?:^|\n)[ \t]*[*_]*$/;
const LINE_END = /^(?:\s*\([^()\n]{1,20}\))?[*_]*[ \t]*(?:\n|$)/;
function isAddressLine(text: string, unit: TextRange, parent: TextRange): boolean {
  return (
    /^,\s*(?:the\s+)?$/.test(text.slice(unit.end, parent.start)) &&
    LINE_START.test(text.slice(Math.max(0, unit.start - 8), unit.start)) &&
    LINE_END.test(text.slice(parent.end, parent.end + 24))
  );
}

/** The first body after index `i` that `test` accepts (no copy of the rest: a long page has thousands). */
function firstAfter<T>(sorted: readonly T[], i: number, test: (body: T) => boolean): T | undefined {
  for (let k = i + 1; k < sorted.length; k++) if (test(sorted[k] as T)) return sorted[k];
  return undefined;
}

/** Pairs (unit, parent) of body mentions where the first is placed in the second. */
export function findPlacements(
  text: string,
  bodies: ReadonlyArray<{ range: TextRange }>,
): Array<{ unit: TextRange; parent: TextRange }> {
  const sorted = [...bodies].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const out: Array<{ unit: TextRange; parent: TextRange }> = [];
  for (let i = 0; i < sorted.length; i++) {
    const unit = sorted[i]!.range;
    if (!UNIT_LIST_HEADS.has(headWordOf(text.slice(unit.start, unit.end)))) continue;
    // A bracketed short form right after the unit ("(OOR)") is the unit's own name, not the parent.
    const next = firstAfter(
      sorted,
      i,
      (b) => b.range.start >= unit.end && !/^\s*[(（]$/.test(text.slice(unit.end, b.range.start)),
    );
    if (!next || next.range.start - unit.end > MAX_GAP) continue;
    if (PLACED.test(text.slice(unit.end, next.range.start)) || isAddressLine(text, unit, next.range))
      out.push({ unit, parent: next.range });
  }
  // Containment by possessive: "ADB's Board of Directors", "the Centre's Governing Board".
  for (let i = 0; i < sorted.length; i++) {
    const owner = sorted[i]!.range;
    const unit = firstAfter(sorted, i, (b) => b.range.start >= owner.end)?.range;
    if (!unit || !POSSESSIVE.test(text.slice(owner.end, unit.start))) continue;
    if (UNIT_HEADS.has(headWordOf(text.slice(unit.start, unit.end)))) out.push({ unit, parent: owner });
  }
  return out;
}

/**
 * "The committees of the National Assembly elected ...", "National Assembly committees have
 * elected ...": in running text, a plural unit noun before "of the X", or right after X as
 * its attribute, says that the bodies the page names with that head word are X's units.
 * Pairs (unit, parent) for the bodies `isFree` allows (those no list or name already places).
 */
export function findClassPlacements(
  text: string,
  bodies: ReadonlyArray<{ range: TextRange }>,
  isFree: (unit: TextRange) => boolean,
): Array<{ unit: TextRange; parent: TextRange }> {
  const out: Array<{ unit: TextRange; parent: TextRange }> = [];
  for (const parent of bodies) {
    // "..., and the Systems and Programs divisions": the last name of a list, not an owner.
    const isListEnd = /,\s*and\s+(?:the\s+)?$/.test(
      text.slice(Math.max(0, parent.range.start - 12), parent.range.start),
    );
    const kind =
      CLASS_OF.exec(text.slice(Math.max(0, parent.range.start - 60), parent.range.start))?.[1] ??
      (isListEnd ? undefined : CLASS_AFTER.exec(text.slice(parent.range.end, parent.range.end + 20))?.[1]);
    const head = kind ? CLASS_HEADS.get(kind) : undefined;
    if (!head) continue;
    for (const body of bodies) {
      const isInside = body.range.start >= parent.range.start && body.range.end <= parent.range.end;
      if (isInside || !isFree(body.range) || out.some((p) => p.unit === body.range)) continue;
      if (headWordOf(text.slice(body.range.start, body.range.end)) === head)
        out.push({ unit: body.range, parent: parent.range });
    }
  }
  return out;
}

// A plural unit noun written in lower case before "of the X" names a class of X's units.
const CLASS_HEADS: ReadonlyMap<string, string> = new Map([
  ['committees', 'Committee'],
  ['divisions', 'Division'],
  ['departments', 'Department'],
  ['directorates', 'Directorate'],
  ['bureaus', 'Bureau'],
  ['offices', 'Office'],
  ['units', 'Unit'],
  ['branches', 'Branch'],
  ['sections', 'Section'],
]);
const CLASS_OF =
  /\b(?:[Tt]he|its|all|[a-z]+ed|[a-z]+ing)\s+(?:[a-z-]+\s+){0,2}?(committees|divisions|departments|directorates|bureaus|offices|units|branches|sections)\s+of\s+(?:the\s+)?$/;
// "National Assembly committees", "the Ministry's divisions".
const CLASS_AFTER =
  /^(?:['’]s)?\s+(committees|divisions|departments|directorates|bureaus|offices|units|branches|sections)\b/;

const POSSESSIVE = /^['’]{1,2}s\s+$/;
const UNIT_HEADS: ReadonlySet<string> = new Set([...UNIT_LIST_HEADS, 'Board', 'Committee', 'Council']);

// A legislature a page names: "Parliament", "the National Assembly of X", "House of Assembly".
const LEGISLATURE =
  /^(?:Parliament|National Assembly|Legislative Assembly|Legislative Council|Senate|House of (?:Assembly|Representatives|Commons|Lords|Delegates|Keys)|Congress|.+ (?:Parliament|Assembly))(?: of .+)?$/;
// Committees named as a legislature's: "Standing Committee on X", "Public Accounts Committee".
const HOUSE_COMMITTEE =
  /^(?:(?:Standing|Select|Portfolio|Joint|Parliamentary|Sessional|Departmental|Ad[- ]Hoc|House|Public Accounts|Privileges|Liaison|Standing Orders|Business|Library|Internal Arrangements)\b.*\bCommittee\b|.*\bCommittee on\b)/;

/**
 * Committees (two or more) on a page that names one legislature:
 * "Standing Committee on Foreign Affairs" on a page about Parliament's chairs is Parliament's.
 * Pairs (unit, parent) for the committees `isFree` allows (those nothing else places).
 */
export function findHouseCommittees(
  text: string,
  bodies: ReadonlyArray<{ range: TextRange }>,
  isFree: (unit: TextRange) => boolean,
): Array<{ unit: TextRange; parent: TextRange }> {
  const nameOf = (r: TextRange): string => text.slice(r.start, r.end).trim();
  const houses = bodies.filter((b) => LEGISLATURE.test(nameOf(b.range)));
  // Two legislatures ("Senate" and "House of Representatives"): whose committee is open.
  const distinct = new Set(houses.map((b) => nameOf(b.range).replace(/ of .+$/, '')));
  const house = houses[0];
  if (!house || distinct.size !== 1) return [];
  const committees = bodies.filter((b) => b !== house && HOUSE_COMMITTEE.test(nameOf(b.range)) && isFree(b.range));
  // One committee is what a page about it is about ("The Committee on X met today ...").
  if (new Set(committees.map((b) => nameOf(b.range))).size < 2) return [];
  return committees.map((b) => ({ unit: b.range, parent: house.range }));
}
