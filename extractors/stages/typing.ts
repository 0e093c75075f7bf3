// Stage "typing" (EXTRACTION.md stage 5, "typing is decided once, here"): body names are
// grouped (aliases, initials, short forms) and each group is typed once, by attachment: a
// body attached under another body (an item or row of a unit list, "X of the Y", placed at or
// within a body, a unit heading its own section) is a Department; any other is an Agency.
import type { OrganisationMention } from '../agencies.ts';
import type { AliasPair } from '../aliases.ts';
import { headWordOf } from '../head-word.ts';
import { findHeadingUnits, type HeadingUnit } from '../heading-units.ts';
import { nameKey, pickCanonical } from '../local-graph.ts';
import { normaliseName } from '../normalise-name.ts';
import { groupOrganisationNames } from '../organisation-groups.ts';
import { findClassPlacements, findHouseCommittees, findPlacements } from '../placement.ts';
import { RangeIndex } from '../range-index.ts';
import { rangeText } from '../spans.ts';
import { isFoundedAt } from '../subject.ts';
import type { Stage } from '../stage-list.ts';
import type { DocumentModel, TextRange } from '../types.ts';
import { isGenericOrgan, PART_ONLY_HEADS, UNIT_LIST_HEADS } from '../vocabulary.ts';
import type { FoundUnits } from './units.ts';

/** A unit placed at or within another body, owned by it in the possessive, or of a class of its units a sentence names. */
export interface Placement {
  unit: TextRange;
  parent: TextRange;
  /** True when a sentence names the class ("the committees of the X") rather than this unit. */
  isByClass?: boolean;
}

/** What the typing stage adds: the attachments it read and every body name's entity key. */
export interface Typed {
  placements: Placement[];
  headingUnits: HeadingUnit[];
  /** Entity key (type + canonical name) of each body name, by normalised name. */
  bodyKeys: Map<string, string>;
  /** The canonical (fullest) name of each body entity key. */
  canonicalNames: Map<string, string>;
  /** The alias pairs read before, and those only the units' names reveal ("Unit Z – Topic"). */
  aliasPairs: AliasPair[];
}

type TypingInput = {
  model: DocumentModel;
  text: string;
  title: TextRange | null;
  bodies: OrganisationMention[];
  aliasPairs: AliasPair[];
  units: FoundUnits;
};

// The verb of the sentence a page opens with: "The DTO was established", "X is the ...".
const OPENING_VERB = /^\s+(?:is|was|are|were|has|had|have|will|shall)\b/;

export const typingStage: Stage<TypingInput, Typed> = {
  name: 'typing',
  does: 'groups body names (aliases, initials, short forms) and types each group once: Department when attached under a body, else Agency',
  modules: [
    'stages/typing.ts',
    'organisation-groups.ts',
    'spelled-initials.ts',
    'placement.ts',
    'heading-units.ts',
    'head-word.ts',
  ],
  run: ({ model, text, title, bodies, aliasPairs, units }) => {
    const nameOf = (r: TextRange): string => rangeText(text, r);
    // Units listed together (one section, one owner cue) are told apart.
    const listed = new Map<unknown, Map<TextRange | null, string[]>>();
    for (const { unit, section, ownerCue } of [...units.items, ...units.rows]) {
      const bySection = listed.get(section) ?? new Map<TextRange | null, string[]>();
      listed.set(section, bySection);
      bySection.set(ownerCue, [...(bySection.get(ownerCue) ?? []), nameOf(unit)]);
    }
    const pairs = [...aliasPairs, ...codedUnitAliases(text, bodies)];
    attachUnitsOfAcronyms(text, bodies, pairs);
    const groups = groupOrganisationNames(
      bodies.map((o) => nameOf(o.range)),
      pairs,
      [...listed.values()].flatMap((bySection) => [...bySection.values()]),
    );
    const departmentGroups = new Set<string>();
    for (const { unit } of [...units.items, ...units.rows])
      departmentGroups.add(groups.get(normaliseName(nameOf(unit))) ?? '');
    for (const o of bodies) if (o.parent) departmentGroups.add(groups.get(normaliseName(nameOf(o.range))) ?? '');
    const placements: Placement[] = findPlacements(text, bodies);
    // Bodies no list, name or placement attaches already may be units by the class a sentence names.
    const attached = new Set([...units.items, ...units.rows].map(({ unit }) => normaliseName(nameOf(unit))));
    for (const o of bodies) if (o.parent) attached.add(normaliseName(nameOf(o.range)));
    for (const { unit } of placements) attached.add(normaliseName(nameOf(unit)));
    placements.push(
      ...findClassPlacements(text, bodies, (unit) => !attached.has(normaliseName(nameOf(unit)))).map((p) => ({
        ...p,
        isByClass: true,
      })),
    );
    // Committees of the one legislature a page names ("Standing Committee on X" beside "Parliament").
    for (const { unit } of placements) attached.add(normaliseName(nameOf(unit)));
    placements.push(
      ...findHouseCommittees(text, bodies, (unit) => !attached.has(normaliseName(nameOf(unit)))).map((p) => ({
        ...p,
        isByClass: true,
      })),
    );
    for (const { unit } of placements) departmentGroups.add(groups.get(normaliseName(nameOf(unit))) ?? '');
    // The body the page opens with ("The DTO was established to ...") is what the page is
    // about: a section it heads later ("Program 1.1: The Digital Transformation Office") is
    // no unit of another body.
    const firstBody = [...bodies]
      .filter((o) => !title || o.range.start >= title.end)
      .sort((a, b) => a.range.start - b.range.start)[0];
    const opensPage =
      firstBody &&
      /^\s*(?:the\s+)?$/i.test(text.slice(text.lastIndexOf('\n', firstBody.range.start) + 1, firstBody.range.start)) &&
      OPENING_VERB.test(text.slice(firstBody.range.end, firstBody.range.end + 40));
    const openingGroup = opensPage ? groups.get(normaliseName(nameOf(firstBody.range))) : undefined;
    // "4. Establishment of the Office of X" heads the section that founds X: no unit of another
    // body. ("There shall be a Legal Aid Division" in a ministry's code founds one of its units.)
    const isFoundedBody = (o: OrganisationMention): boolean =>
      isFoundedAt(text, o.range) &&
      !/\bthere shall be\s+(?:an?\s+|the\s+)?$/i.test(text.slice(Math.max(0, o.range.start - 20), o.range.start)) &&
      !PART_ONLY_HEADS.has(headWordOf(nameOf(o.range)));
    const foundedGroups = new Set(bodies.filter(isFoundedBody).map((o) => groups.get(normaliseName(nameOf(o.range)))));
    const bodyIndex = new RangeIndex(bodies);
    const isAttached = (unit: TextRange): boolean =>
      departmentGroups.has(groups.get(normaliseName(nameOf(unit))) ?? '');
    const headingUnits = findHeadingUnits(text, model.root, bodyIndex, title, isAttached).filter(({ range }) => {
      const group = groups.get(normaliseName(nameOf(range)));
      return group !== openingGroup && !foundedGroups.has(group);
    });
    for (const { range: unit } of headingUnits) departmentGroups.add(groups.get(normaliseName(nameOf(unit))) ?? '');

    // The page's own body and a body that has units ("the divisions of the X:") are no parts.
    const wholeGroups = new Set([openingGroup, ...foundedGroups]);
    const parentGroups = new Set<string | undefined>();
    const owners = new Set([title, ...[...units.items, ...units.rows].map(({ ownerCue }) => ownerCue)]);
    for (const cue of owners)
      if (cue) for (const o of bodyIndex.within(cue)) wholeGroups.add(groups.get(normaliseName(nameOf(o.range))));
    for (const { ownerCue } of [...units.items, ...units.rows])
      if (ownerCue)
        for (const o of bodyIndex.within(ownerCue)) parentGroups.add(groups.get(normaliseName(nameOf(o.range))));
    for (const { parent } of placements) parentGroups.add(groups.get(normaliseName(nameOf(parent))));
    // Units listed under no body's name are the page's own body's.
    const isUnownedList = ({ ownerCue }: { ownerCue: TextRange | null }): boolean =>
      !ownerCue || bodyIndex.within(ownerCue).length === 0;
    if ([...units.items, ...units.rows].some(isUnownedList) && title)
      for (const o of bodyIndex.within(title)) parentGroups.add(groups.get(normaliseName(nameOf(o.range))));
    for (const g of parentGroups) wholeGroups.add(g);

    // "Department for Organizational Affairs" on a page that speaks of "the Ministry" it never
    // names: a unit of that ministry, not a body of its own.
    // Twice at least: once may be the page's own body under another word ("Organization of
    // the Ministry" over the Department of Lakes).
    const parentRefs = [...text.matchAll(UNNAMED_PARENT)].map((m) => (m[1] ?? m[2]) as string);
    const unnamedParents = new Set(
      parentRefs.filter(
        (head, k) => parentRefs.indexOf(head, k + 1) > k && !bodies.some((o) => headWordOf(nameOf(o.range)) === head),
      ),
    );
    const isUnitOfUnnamedParent = (names: string[]): boolean =>
      unnamedParents.size > 0 && names.every((n) => CHILD_HEADS.has(headWordOf(n)));
    // One entity per group that a mention names, under its fullest name.
    const groupNames = new Map<string, string[]>();
    for (const o of bodies) {
      const g = groups.get(normaliseName(nameOf(o.range)));
      if (!g) continue;
      const list = groupNames.get(g) ?? [];
      list.push(nameOf(o.range));
      groupNames.set(g, list);
    }
    const canonicalNames = new Map<string, string>();
    const groupKey = new Map<string, string>();
    for (const [g, names] of groupNames) {
      // "It consists of a Civil Division and a Criminal Division": a name that can only
      // be a part of a body is a unit even where nothing says whose.
      // So can a unit's head word with a code ("Unit B2", "Directorate E").
      // A governing organ named generically ("Board of Directors") is one even as a page's title.
      // A page about a division is about a part of a body it may never name ("the
      // Department's budget"), unless the page gives it units of its own; a directorate may be
      // a body of its own, so only when unowned.
      const isPartOnly =
        names.every(isGenericOrgan) ||
        (!parentGroups.has(g) &&
          names.some((n) => !INITIALS.test(n)) &&
          names.every(
            (n) => INITIALS.test(n) || (PART_ONLY_HEADS.has(headWordOf(n)) && headWordOf(n) !== 'Directorate'),
          )) ||
        (!wholeGroups.has(g) &&
          names.every(
            (n) => PART_ONLY_HEADS.has(headWordOf(n)) || (CODED_NAME.test(n) && UNIT_LIST_HEADS.has(headWordOf(n))),
          ));
      const type = departmentGroups.has(g) || isPartOnly || isUnitOfUnnamedParent(names) ? 'Department' : 'Agency';
      const canonical = pickCanonical(names);
      const key = nameKey(type, canonical);
      groupKey.set(g, key);
      canonicalNames.set(key, canonical);
    }
    const bodyKeys = new Map<string, string>();
    for (const [name, g] of groups) {
      const key = g ? groupKey.get(g) : undefined;
      if (key) bodyKeys.set(name, key);
    }
    return { placements, headingUnits, bodyKeys, canonicalNames, aliasPairs: pairs };
  },
};

const INITIALS = /^\p{Lu}[\p{Lu}&-]{1,9}$/u;

// "the Ministry", "the Agency's": a parent body a page refers to by its head word alone,
// only as the whole a part belongs to: "of the Ministry", "within the Ministry", "the Agency's
// wide level" (not a statute's "the Authority shall", nor "the Ministry responsible for X").
const UNNAMED_PARENT =
  /\b(?:(?:of|in|within)\s+the\s+(Ministry|Agency|Organi[sz]ation)\b(?!['’]s|\s+(?:responsible|for|in\s+charge)\b)|the\s+(Ministry|Agency|Organi[sz]ation)['’]s\b)/gu;
// Head words of the bodies that are units of such a parent.
const CHILD_HEADS: ReadonlySet<string> = new Set([
  'Department',
  'Bureau',
  'Division',
  'Directorate',
  'Section',
  'Unit',
  'Office',
]);

// "Directorate-General Z – Central Tasks" over "The Directorate-General for Central Tasks
// addresses ...": a body named by its head word and a code, its topic after a dash on the same
// line, is the body the page names by that head and topic.
const CODED_NAME = /^(\p{Lu}[\p{L}-]+)\s+(?:\p{Lu}{1,3}\d{0,2}|\p{Lu}?\d{1,2})$/u;
const TOPIC_AFTER_DASH = /^[ \t]*[–—-][ \t]*(\p{Lu}[^\n.:;()]*)/u;
const MAX_TOPIC_WORDS = 8;

function codedUnitAliases(text: string, bodies: OrganisationMention[]): AliasPair[] {
  const byName = new Map(bodies.map((o) => [normaliseName(rangeText(text, o.range)), o]));
  const out: AliasPair[] = [];
  for (const body of bodies) {
    const name = rangeText(text, body.range);
    const head = CODED_NAME.exec(name)?.[1];
    const topic = head ? TOPIC_AFTER_DASH.exec(text.slice(body.range.end, body.range.end + 200))?.[1]?.trim() : null;
    if (!head || !topic || topic.split(/\s+/).length > MAX_TOPIC_WORDS) continue;
    for (const joint of ['for', 'for the', 'of', 'of the']) {
      const named = byName.get(normaliseName(`${head} ${joint} ${topic}`));
      if (named)
        out.push({
          name,
          alias: rangeText(text, named.range),
          aliasRange: named.range,
          extractor: 'aliases:coded-unit',
        });
    }
  }
  return out;
}

// "the HCC Board", "the NITA Council": a governing unit named by its body's declared initials
// and its own head word is a unit of that body, as "the Board of X" is.
const ACRONYM_UNIT = /^(\p{Lu}[\p{Lu}&-]{1,9})\s+(?:Board|Council|Committee)$/u;

function attachUnitsOfAcronyms(text: string, bodies: OrganisationMention[], pairs: AliasPair[]): void {
  for (const body of bodies) {
    if (body.parent) continue;
    const initials = ACRONYM_UNIT.exec(rangeText(text, body.range))?.[1];
    const named = initials ? pairs.find((p) => p.alias === initials)?.name : undefined;
    const parent = named
      ? bodies.find((o) => o !== body && normaliseName(rangeText(text, o.range)) === normaliseName(named))
      : undefined;
    if (parent) body.parent = parent.range;
  }
}
