// Unit lists (GUIDELINES Departments: "only units that the document places inside a named
// agency (an internal organisation list ...)"): the lists and tables that enumerate a
// body's internal units, whatever the heading calls them ("Divisions", "Branches",
// "Internal institutions", "The X consists of the following branches:"), and the unit
// name and one-line description of each item ("**Licensing Division** – Issues permits").
import { FUNCTION_CONTEXT } from './function-context.ts';
import { headWordOf } from './head-word.ts';
import { isDutyShaped } from './item-roles.ts';
import { LABEL_LEVEL } from './outline.ts';
import { singularTitle } from './leader-lines.ts';
import { isConfirmedPerson, isPersonName, isPostTitle } from './people.ts';
import { collapseSpace } from './spans.ts';
import type { BlockNode, ItemNode, ListNode, SectionNode, TableNode, TextRange } from './types.ts';
import { DATE_LINE, ORGANISATION_HEADS, POST_WORDS, UNIT_LIST_HEADS } from './vocabulary.ts';
import { allSections } from './walk.ts';
import { capitalised } from './words.ts';

// "thirteen permanent commissions": the counts a list of units is announced with.
const COUNT_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
const UNIT_NOUNS =
  'subdivisions|sub-divisions|departments|divisions|units|directorates|bureaus|offices|teams|branches|sections|groups|centres|centers|institutions|bodies|services|wings|secretariats|desks|cells|committees|commissions|subcommittees|sub-committees';
// "Departments and services of equivalent level:", "Divisions:": a list item that labels the
// kind of unit listed under it.
const UNIT_KIND_ITEM = new RegExp(
  String.raw`^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${UNIT_NOUNS})\b[^.;]{0,60}[:：]$`,
  'iu',
);
/** True for an item's head that labels the kind of unit listed under it ("Divisions:"). */
export function isUnitKindItem(head: string): boolean {
  return UNIT_KIND_ITEM.test(collapseSpace(head));
}

// "6 Statistical Directorates", "Support Units", "Key Divisions": at most two qualifying words
// (or a count) before a plural unit noun, as the whole of a label.
const UNIT_KIND_LABEL = new RegExp(
  String.raw`(?:^|[.;]\s+)(?:\d{1,2}\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${UNIT_NOUNS})\s*$`,
  'iu',
);
const DOCUMENT_PARTS = /^(?:Chapter|Article|Part|Section|Annex|Annexe|Schedule|Title|Appendix|Table|Figure)$/;
// The verb of a sentence item about a unit: "The General Secretariat is headed by ...".
const UNIT_PREDICATE = /\s+(?:is|are|shall|will)\s+(?:be\s+)?(?:headed|led|chaired|directed|responsible|in charge)\b/;
// "Branches and Divisions", "Departments and Offices": two kinds of unit named together.
const PAIRED_UNIT_NOUNS =
  'departments|divisions|units|directorates|bureaus|offices|branches|sections|wings|secretariats';
// Headings that introduce a list of internal units.
const INTERNAL_ORGANISATION = new RegExp(
  String.raw`\b(internal (organi[sz]ation|structure|units|departments|institutions|bodies|divisions|offices)|organi[sz]ation(al)? (structure|chart|units)|(our|its|main|key|the) (${UNIT_NOUNS})|(${PAIRED_UNIT_NOUNS}) and (${PAIRED_UNIT_NOUNS})|(?<!\b(?:program|programme|outcome|pay|fee|fees|budget|salary|cost|price|tariff|capital|data|sentence|rate|rank|grade|career)\s)structure|how (we are|it is) (organi[sz]ed|structured)|following (${UNIT_NOUNS})|(${COUNT_WORDS}|several|\d{1,2}) (\w+ )?(${UNIT_NOUNS}))\b|^(${UNIT_NOUNS}|organi[sz]ation)$|^(?:${UNIT_NOUNS})(?:\s*\/\s*(?:${UNIT_NOUNS}))?\s+(?:of|in|within|under)\s+(?:the|this|our)\s+\w+$`,
  'i',
);
// An introduction sentence that announces a unit list: "The Agency consists of the following
// branches:", "It is organised into three divisions:", "comprises four directorates:", "The
// departments are:", "the following Ministerial Committees were established by the Council:".
const UNIT_LIST_INTRO = new RegExp(
  String.raw`\b(consists? of|comprises?|is (?:organi[sz]ed|divided|structured|made up|composed) (?:into|of)|has (?:the following|\w+) (?:internal )?(?:${UNIT_NOUNS})|(?:internal|following) (?:${UNIT_NOUNS}))\b[^.]{0,60}\b(${UNIT_NOUNS})\b[^.]*[:：]?\s*$|(?:^|[.!?]\s+)(?:the|its|our|their)\s+(?:\w+\s+)?(${UNIT_NOUNS})\s+(?:are|include)\s*[:：]\s*$|\b(?:its|their|our|the\s+\p{L}+['’]s)\s+(?:${COUNT_WORDS}|\d{1,2})\s+(?:[\w-]+\s+)?(?:${UNIT_NOUNS})\s*[:：]\s*$|\bthe following (?:\p{Lu}[\p{L}-]+\s+){1,2}(?:${UNIT_NOUNS})\b[^.:：]{0,80}[:：]\s*$|\bthere (?:are|were)\s+(?:[\w-]+\s+){0,4}(?:${UNIT_NOUNS})\b.{0,120}[:：]\s*$|\b(?:oversees|supervises|runs|houses|coordinates|manages)\s+(?:several|many|a number of|${COUNT_WORDS}|\d{1,2})\s+(?:[\w-]+\s+)?(?:${UNIT_NOUNS})\b[^.:：]{0,80}[.:：]\s*$|\b(?:the|its|our|their)\s+(?:\w+\s+)?(?:${UNIT_NOUNS})\s+of\s+(?:the\s+)?\p{Lu}[^:：]{0,80}?\b(?:are|include)(?:\s+as\s+follows)?\s*[:：]\s*$`,
  'iu',
);
// "Name – description", "Name — description", "Name: description", "Name - description".
const NAME_SEPARATOR = /\s*(?:[–—]|\s-\s|[:：])\s*/u;
const MAX_UNIT_WORDS = 8;
const NOTE_AFTER_NAME = /\s*\((?!\p{Lu}[\p{Lu}&]{1,9}\))[^()]*\d[^()]*\)$/u;
const REMIT_MIN_WORDS = 6;
export const LOWER_CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'on',
  'the',
  '&',
  'in',
  'to',
  'with',
  'at',
  'by',
  'from',
  'against',
  'under',
]);

// GUIDELINES SUBORDINATE_TO: lists of bodies "directly under, a constituent department of,
// or administered by" the body ("Affiliated agencies", "Bodies supervised by the X",
// "Executive agencies"); their items are Agencies, never internal units.
export const SUBORDINATE_LIST =
  /\b((other|affiliated|subordinate|attached|directly[- ]affiliated|administered|sponsored|associated|public|autonomous|statutory|arm'?s[- ]length|supervised|dependent|decentrali[sz]ed) (institutions|bodies|agencies|units|organi[sz]ations|offices|entities|authorities|organs)|attached and subordinate|executive agencies|(bodies|agencies|institutions|organi[sz]ations|entities|authorities|offices) (under|sponsored by|supervised by|overseen by|administered by|attached to|reporting to|accountable to)|agencies under)\b/i;
// A list introduced as something other than the body's own units: partners, related or
// member bodies, contacts (GUIDELINES: "not for cooperation").
export const EXTERNAL_LIST =
  /\b(partners?|partnerships?|related|cooperat\w*|collaborat\w*|(?:works?|working)(?: closely)? with|in (?:partnership|cooperation|collaboration) with|members?|membership|stakeholders?|see also|links?|other (?:government|public)? ?(?:bodies|agencies|departments)|contacts?|(?:regional|provincial|local|field|district|county|municipal) (?:offices|branches|bureaus|units|stations|representations)|abroad|overseas)\b/i;
// Head words that end an internal unit's name (GUIDELINES Departments: "a department,
// division, office, bureau or team").
const UNIT_HEADS: ReadonlySet<string> = new Set([
  ...UNIT_LIST_HEADS,
  'Units',
  'Registry',
  'Laboratory',
  'Inspectorate',
]);
const MIN_SHAPE_ITEMS = 2;
const OBJECT_HEAD = /\s(?:of|in|to|for|on|at|by|from)\s+(?:the|a|an|its|this)\s+\S+$/i;

/** True when most names end with an internal unit's head word ("Titles Branch", "Office"). */
export function isUnitShaped(names: string[]): boolean {
  if (names.length < MIN_SHAPE_ITEMS) return false;
  // "Titles Branch" and "Department of Central Services" alike.
  // "Vacancy in the Office", "Establishment of the Office": a statute's section titles end in
  // a head word that is the object of a preposition, not the head of a name.
  const headed = names.filter(
    (n) =>
      !OBJECT_HEAD.test(n.trim()) &&
      (UNIT_HEADS.has(n.trim().split(/\s+/).pop() ?? '') || UNIT_HEADS.has(headWordOf(n))),
  ).length;
  return headed * 2 > names.length;
}

/** A list or table of internal units, with the range that names its owner (heading or intro). */
export interface UnitList {
  section: SectionNode;
  /** The heading or introduction that may name the owning body. */
  ownerCue: TextRange | null;
  lists: ListNode[];
  tables: TableNode[];
}

/** True for a heading that names a kind of unit in the plural ("Support Units", "Key Divisions") or introduces units. */
export function namesUnitKind(heading: string): boolean {
  return isInternalOrganisationHeading(heading) || UNIT_KIND_LABEL.test(collapseSpace(heading));
}

/** True when a heading reads as the title of an internal-organisation section. */
export function isInternalOrganisationHeading(heading: string): boolean {
  // "Departments Departments": a breadcrumb run into the page title repeats its word.
  return INTERNAL_ORGANISATION.test(collapseSpace(heading).replace(/^(.+?)(?:\s+\1)+$/, '$1'));
}

// How long a paragraph right above a list may be and still read as its heading
// ("Organizational chart of the Ministry of Foreign Affairs of the Republic of X").
const MAX_INTRO_HEADING_CHARS = 120;

const ORGAN_GROUP = /\b(?:organs|bodies|institutions|agencies|entities)\b/i;

/**
 * True for a list nested in a unit list's item whose items are all bare unit names ("-
 * Procurement Services", "- Legal Services Unit"): no remit after a name, no duties.
 */
export function isUnitNameList(text: string, list: ListNode, isPost: (head: string) => boolean): boolean {
  if (list.items.length === 0) return false;
  // "Education Improvement", "Strategy and Performance": under a unit of an organisation
  // chart, names in title case are units even where their head noun names an activity.
  const heads = list.items.map((item) => text.slice(item.head.start, item.head.end).trim());
  if (!heads.every(isTitleCaseName) && isDutyShaped(text, list)) return false;
  // Under a name, no list of fields: "Ministry of X" over "Location: ..." is a record.
  return list.items.every(
    (item) =>
      // "A/Director-General" over its own offices: a post may stand among the names.
      (unitNameOfItem(text, item, true)?.description === null || isPost(text.slice(item.head.start, item.head.end))) &&
      item.children.every(
        (c) => c.kind !== 'list' || !c.items.some((i) => FIELD_ITEM.test(text.slice(i.head.start, i.head.end))),
      ),
  );
}
const FIELD_ITEM = /^[^:：]{1,40}[:：]\s/u;

// Every word capitalised but the connectors, at least two capitalised words, no full stop.
function isTitleCaseName(head: string): boolean {
  const words = head.split(/[\s—–]+/).filter(Boolean);
  const capitalisedWords = words.filter((w) => /^[\p{Lu}(]/u.test(w));
  return (
    capitalisedWords.length >= 2 &&
    !/[.;:]$/.test(head) &&
    words.every((w) => /^[\p{Lu}(&]/u.test(w) || LOWER_CONNECTORS.has(w))
  );
}

/** Finds the unit lists of a document: lists under unit headings and lists after a unit-list introduction. */
export function findUnitLists(text: string, root: SectionNode): UnitList[] {
  const out: UnitList[] = [];
  for (const section of allSections(root, text)) {
    if (section.heading && isInternalOrganisationHeading(text.slice(section.heading.start, section.heading.end))) {
      const lineList = nameLines(text, section) ?? openingUnits(text, section);
      const headingList = headingUnits(text, section);
      const lists = listsIn(text, section);
      if (lineList) lists.push(lineList);
      if (headingList) lists.push(headingList);
      out.push({
        section,
        ownerCue: section.heading,
        lists,
        tables: section.children.filter((c): c is TableNode => c.kind === 'table'),
      });
      // "#### Enterprise Technology Group" / "**Data and AI Office**": the sub-headings of a
      // unit's section (or of a group's, "Institutes") under the structure heading are units
      // too, of that unit (or of the group's owner).
      for (const child of section.children) {
        if (child.kind !== 'section' || !child.heading) continue;
        // "Organs and bodies": an international body's organs are bodies of their own.
        if (ORGAN_GROUP.test(text.slice(child.heading.start, child.heading.end))) continue;
        const nested = headingUnits(text, child);
        if (nested) out.push({ section: child, ownerCue: child.heading, lists: [nested], tables: [] });
      }
      continue;
    }
    // "The Department is organised into three divisions:" + its list, in any section; and
    // any list whose items are shaped like unit names ("Titles Branch", "Valuation
    // Section", "Office"), whatever its heading or introduction says, unless those call
    // the items subordinate or outside bodies.
    const headingText = section.heading ? collapseSpace(text.slice(section.heading.start, section.heading.end)) : '';
    // "Support Units" over "The Defence Section provides ..." / "The Press Unit is
    // responsible for ...": paragraphs that each open with a unit's name, under a label that
    // names a kind of unit.
    const opening =
      headingText &&
      UNIT_KIND_LABEL.test(headingText) &&
      !EXTERNAL_LIST.test(headingText) &&
      !SUBORDINATE_LIST.test(headingText)
        ? openingUnits(text, section)
        : null;
    if (opening) out.push({ section, ownerCue: section.heading, lists: [opening], tables: [] });
    let previous: BlockNode | null = null;
    for (const child of section.children) {
      const intro =
        previous?.kind === 'paragraph' ? collapseSpace(text.slice(previous.range.start, previous.range.end)) : '';
      // A short intro line that reads as a unit heading ("Internal bodies") but that the
      // structure stage kept as a paragraph because the list follows it directly.
      if (
        child.kind === 'list' &&
        intro &&
        (UNIT_LIST_INTRO.test(intro) ||
          (intro.length <= MAX_INTRO_HEADING_CHARS && !/[.;]$/.test(intro) && isInternalOrganisationHeading(intro)))
      ) {
        out.push({ section, ownerCue: previous?.range ?? null, lists: [child], tables: [] });
      } else if (
        child.kind === 'list' &&
        isUnitShapedList(text, child, section.level === LABEL_LEVEL && namesBody(headingText)) &&
        !SUBORDINATE_LIST.test(`${headingText} ${intro}`) &&
        !EXTERNAL_LIST.test(`${headingText} ${intro}`)
      ) {
        out.push({
          section,
          ownerCue: intro ? (previous?.range ?? null) : section.heading,
          lists: [child],
          tables: [],
        });
      }
      // "Article 1. The structure of X is composed of:" / "a. Departments and services of
      // equivalent level:" / "1. The General Department; ...": an item whose head labels a
      // kind of unit heads the units listed under it.
      if (child.kind === 'list')
        for (const item of child.items) {
          const label = collapseSpace(text.slice(item.head.start, item.head.end));
          if (!isUnitKindItem(label) || EXTERNAL_LIST.test(label) || SUBORDINATE_LIST.test(label)) continue;
          const nested = item.children.filter((c): c is ListNode => c.kind === 'list');
          if (nested.length > 0)
            out.push({ section, ownerCue: intro ? (previous?.range ?? null) : item.head, lists: nested, tables: [] });
        }
      // "| Unit | Contact |": a table whose first column holds unit names, under any heading.
      if (child.kind === 'table' && !SUBORDINATE_LIST.test(headingText) && !EXTERNAL_LIST.test(headingText)) {
        const isUnitColumn = (k: number): boolean => {
          const cells = child.rows.map((r) => (r[k] ? text.slice(r[k].start, r[k].end).trim() : ''));
          return isUnitShaped(cells.length === 1 ? [...cells, ...cells] : cells);
        };
        if (child.header.some((_, k) => isUnitColumn(k)))
          out.push({ section, ownerCue: section.heading, lists: [], tables: [child] });
      }
      previous = child;
    }
  }
  return out;
}

// Unit names written one per line without markers ("Department of Data Innovation" /
// "Secretariat"): the section's one-line paragraphs read as a bulleted list.
function nameLines(text: string, section: SectionNode): ListNode | null {
  const items: ItemNode[] = [];
  let named: ItemNode | null = null;
  for (const child of section.children) {
    if (child.kind !== 'paragraph') {
      named = null;
      continue;
    }
    // "Translation Department" / "The Translation Department translates ...": a sentence
    // paragraph right under a one-line name is that unit's remit, one paragraph.
    const raw = text.slice(child.range.start, child.range.end).trim();
    if (named && !raw.includes('\n') && /[.!?]$/.test(raw) && raw.split(/\s+/).length >= REMIT_MIN_WORDS) {
      named.children = [child];
      named.range = { start: named.range.start, end: child.range.end };
      named = null;
      continue;
    }
    const before = items.length;
    let start = child.range.start;
    for (const line of text.slice(child.range.start, child.range.end).split('\n')) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      const range = { start: start + lead, end: start + lead + trimmed.length };
      start += line.length + 1;
      if (trimmed.length === 0 || /[.;:,]$/.test(trimmed) || trimmed.split(/\s+/).length > MAX_UNIT_WORDS) continue;
      // "Prime Minister": a post's line among the units names who, not which unit.
      if (isPostHeading(trimmed)) continue;
      items.push({
        kind: 'item',
        marker: { style: 'bullet', value: 0, end: range.start },
        head: range,
        range: { ...range },
        children: [],
      });
    }
    named = items.length === before + 1 && !raw.includes('\n') ? (items[items.length - 1] as ItemNode) : null;
  }
  if (items.length === 0) return null;
  return {
    kind: 'list',
    style: 'bullet',
    range: { start: (items[0] as ItemNode).range.start, end: (items[items.length - 1] as ItemNode).range.end },
    items,
  };
}

// Units written as sub-headings ("## Divisions" > "### Marine Division" + its description
// paragraph): each sub-section reads as a list item whose head is the sub-heading, so the
// paragraph under it is the unit's one responsibility (GUIDELINES Responsibilities: "a unit
// whose duties are one unnumbered paragraph has that paragraph as one responsibility").
// At least two paragraphs of a section, each a sentence about the unit it opens with.
const MIN_OPENING_UNITS = 2;

/** The paragraphs of a section that each open with a unit's name and say what it does, as a list. */
function openingUnits(text: string, section: SectionNode): ListNode | null {
  const items: ItemNode[] = [];
  for (const child of section.children) {
    if (child.kind !== 'paragraph' || !/^\s*The\s+\p{Lu}/u.test(text.slice(child.range.start, child.range.end)))
      continue;
    const item: ItemNode = {
      kind: 'item',
      marker: { style: 'bullet', value: 0, end: child.range.start },
      head: child.range,
      range: child.range,
      children: [],
    };
    const lead = /^\s*The\s+/.exec(text.slice(child.range.start, child.range.end))?.[0].length ?? 0;
    if (remitSentenceItem(text, item, lead)) items.push(item);
  }
  if (items.length < MIN_OPENING_UNITS) return null;
  return {
    kind: 'list',
    style: 'bullet',
    range: { start: (items[0] as ItemNode).range.start, end: (items[items.length - 1] as ItemNode).range.end },
    items,
  };
}

const SECTION_NUMBER = /^\s*\d{1,2}\.\s*(?=\p{Lu})/u;
function headingUnits(text: string, section: SectionNode): ListNode | null {
  const items: ItemNode[] = [];
  for (const child of section.children) {
    if (child.kind !== 'section' || !child.heading || child.level > 6) continue;
    // "October 17, 2019", "Organization Chart", "Functions": a page's own section titles and
    // dates stand among the sub-headings of a flattened page without naming units.
    const heading = collapseSpace(text.slice(child.heading.start, child.heading.end));
    if (DATE_LINE.test(heading) || isInternalOrganisationHeading(heading) || FUNCTION_CONTEXT.test(heading)) continue;
    // "Bob TAN Beng Hai" over "Chairman": a board's member and post, not a unit. (A unit may
    // be shaped like a name, "Lake Spatial Planning": the tagger, or a surname in capitals, says.)
    const isPerson = isPersonName(heading) && (/\b\p{Lu}{2,}\b/u.test(heading) || isConfirmedPerson(heading));
    if (isPerson || isPostHeading(heading)) continue;
    // "### 1.Legal Unit", "### 2. Procurement Unit": the heading's number is no part of the name.
    const number = SECTION_NUMBER.exec(text.slice(child.heading.start, child.heading.end))?.[0].length ?? 0;
    const item: ItemNode = {
      kind: 'item',
      marker: { style: 'bullet', value: 0, end: child.heading.start + number },
      head: { start: child.heading.start + number, end: child.heading.end },
      range: child.range,
      children: child.children,
    };
    if (unitNameOfHeading(text, item)) items.push(item);
  }
  if (items.length === 0) return null;
  const list: ListNode = {
    kind: 'list',
    style: 'bullet',
    range: { start: (items[0] as ItemNode).range.start, end: (items[items.length - 1] as ItemNode).range.end },
    items,
  };
  headingLists.add(list);
  return list;
}

const headingLists = new WeakSet<ListNode>();

/** True for a list that findUnitLists built from sub-headings (its items are sub-sections). */
export function isHeadingUnitList(list: ListNode): boolean {
  return headingLists.has(list);
}

/**
 * The unit name of a sub-heading under a unit heading: the whole heading when it reads as a
 * name (title case, at most eight words) and not as a person's name ("### Jane Roe" under
 * "Our team" is a profile, not a unit; compromise decides, since "Lake Spatial Planning" is
 * shaped like a name too).
 */
export function unitNameOfHeading(text: string, item: ItemNode): TextRange | null {
  // "Board Members", "THE CHIEF DIRECTOR (CD)": a heading over the people who hold a post.
  if (isPostHeading(text.slice(item.head.start, item.head.end))) return null;
  const parsed = unitNameOfItem(text, item);
  if (parsed) return parsed.name;
  const raw = text.slice(item.head.start, item.head.end);
  const name = raw.trim().replace(/[:：]$/, '');
  const words = name.split(/\s+/).filter(Boolean);
  const isPerson = isPersonName(name) && isConfirmedPerson(name);
  if (words.length < 2 || words.length > MAX_UNIT_WORDS || !/^\p{Lu}/u.test(name) || isPerson) return null;
  if (!words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || LOWER_CONNECTORS.has(w))) return null;
  const start = item.head.start + raw.indexOf(name);
  return { start, end: start + name.length };
}

function isPostHeading(heading: string): boolean {
  const words = heading
    .trim()
    .replace(/[:：]$/, '')
    .replace(/\s*\(\p{Lu}[\p{Lu}&.]{1,9}\)$/u, '')
    .replace(/^the\s+/i, '')
    .split(/\s+/);
  // A heading set in capitals is read as it would be written in a sentence.
  const isShouted = words.every((w) => !/\p{Ll}/u.test(w));
  const phrase = (
    isShouted
      ? words.map((w, k) => (k > 0 && /^(?:OF|FOR|THE|AND|TO|IN)$/.test(w) ? w.toLowerCase() : capitalised(w)))
      : words
  ).join(' ');
  const post = singularTitle(phrase) ?? phrase;
  const head = headWordOf(post);
  return isPostTitle(post) && !ORGANISATION_HEADS.has(head) && !UNIT_LIST_HEADS.has(head);
}

// Units enumerated inside one sentence: "The Authority is organised into four units: the A
// Unit, the B Unit and the C Unit." / "It comprises three directorates: X, Y and Z." / "The
// Office consists of the A Division and the B Division." / "There are three Wings in the
// Department headed by Deputy Secretaries, namely; A Wing, B Wing." (GUIDELINES Departments: units
// the document places inside a named agency).
const INLINE_UNIT_CUE = new RegExp(
  String.raw`\b(?:is|are)\s+(?:organi[sz]ed|divided|structured|grouped|arranged)\s+(?:in|into)\s+|\b(?:comprises?|consists?\s+of|is\s+made\s+up\s+of|is\s+(?:composed|comprised)\s+of|includes|has)\s+|^\s*there\s+(?:are|is)\s+(?:also\s+)?`,
  'i',
);
// "The subdivisions of the Ministry include the A and the B", "the heads of the major
// organizational units, which include the Office of X, ...": the cue starts at the verb, so
// the owner named before it stays in the range before the cue.
// The cue is looked ahead for before the look-behind is tried: the same matches, without
// reading back up to 80 characters at every position of the sentence.
const INCLUDE_CUE = String.raw`(?:,\s*which)?\s+(?:include|are|comprise)\s*[;:：,]?\s+(?=\p{Lu}|the\s+\p{Lu})`;
const UNITS_INCLUDE_CUE = new RegExp(
  String.raw`(?=${INCLUDE_CUE})(?<=\b(?:${UNIT_NOUNS})(?:\s+of\s+(?:the\s+)?\p{Lu}[^,;:.]{0,80}?)?)${INCLUDE_CUE}`,
  'iu',
);
const INCLUDE_WORD = /\b(?:include|are|comprise)\b/i;
const COUNT_WORD = new RegExp(String.raw`\b(?:${COUNT_WORDS}|\d{1,2})\s`, 'i');
const COUNTED_UNITS_CUE = new RegExp(
  String.raw`\b(?:our|its|their|the)\s+(?:${COUNT_WORDS}|\d{1,2})\s+(?:[\w-]+\s+)?(?:${UNIT_NOUNS})\s*[,:：]\s*(?=\p{Lu})`,
  'iu',
);
const INLINE_UNIT_NOUN = new RegExp(
  String.raw`^(?:the\s+following\s+|(?:${COUNT_WORDS}|several|\d{1,2})\s+)(?:[\w-]+\s+)?(?:${UNIT_NOUNS}|boards)\b(?:[^:;：.]{0,80}?,?\s*namely\s*[;:,]?|\s*(?:[:：,]|namely|—|–))\s*`,
  'i',
);

const STRUCTURE_SUBJECT = /\b(?:organi[sz]ational\s+structure|structure|organs|bodies)\s*$/i;
const NESTED_UNITS_CUE = new RegExp(
  String.raw`,?\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:${UNIT_NOUNS})\s*,?\s*(?:namely|which\s+are|including|[:：])\s*`,
  'gi',
);

/** Unit names enumerated in a sentence, with the range before the cue (which may name the owner). */
export interface InlineUnits {
  sentence: TextRange;
  ownerCue: TextRange;
  names: TextRange[];
}

/** Finds "X is organised into N units: A, B and C" sentences and their unit names. */
export function findInlineUnits(
  text: string,
  sentences: TextRange[],
  hasHeadWordName: (range: TextRange) => boolean,
): InlineUnits[] {
  const out: InlineUnits[] = [];
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    // "The Fourteen (14) Sub-Committees include; A, B, C": the units named as the subject.
    // "Below you can find our three teams, A, B, and C.": a counted plural, then the names.
    // Cheap gates first: the cue patterns hold a long alternation tried at every word.
    const unitsInclude =
      (INCLUDE_WORD.test(s) ? UNITS_INCLUDE_CUE.exec(s) : null) ??
      (COUNT_WORD.test(s) ? COUNTED_UNITS_CUE.exec(s) : null);
    const verb = unitsInclude ?? INLINE_UNIT_CUE.exec(s);
    // Any "<intro>: A, B and C" / "<intro>: A; B; C" shape counts too: the items' head
    // words decide, not the intro's wording ("Internal structure: ...", "It is made up of: ...").
    const colon = verb ? null : /[:：]\s*/.exec(s);
    const cue = verb ?? colon;
    if (!cue) continue;
    const before = s.slice(0, cue.index);
    if (colon && (SUBORDINATE_LIST.test(before) || EXTERNAL_LIST.test(before))) continue;
    let listStart = cue.index + cue[0].length;
    const afterVerb = verb ? /^[:：]\s*/.exec(s.slice(listStart)) : null;
    if (afterVerb) listStart += afterVerb[0].length;
    const listed = INLINE_UNIT_NOUN.exec(s.slice(listStart));
    if (listed) listStart += listed[0].length;
    // "6 Statistical Directorates: A, B, C", "Support Units: X, Y": a label that names the
    // kind of unit (in the plural, with a count or a qualifier) stands for the cue's noun.
    // "Its organisational structure consists of the Plenum, the Board and the Secretary Office":
    // a structure (or its organs) made of the names says they are units.
    const isStructureSubject = verb !== null && STRUCTURE_SUBJECT.test(before);
    const noun =
      listed ??
      unitsInclude ??
      (isStructureSubject ? verb : null) ??
      (colon && UNIT_KIND_LABEL.test(before) ? colon : null);
    const names: TextRange[] = [];
    // "... and Directorate of Legal Affairs.[2]": a closing stop and citation marks end no name.
    // A stop with citation marks ends the list even where the next sentence opens in lower
    // case ("Governing Board, Executive Board.[11] the chairman ...").
    // "the Bureau of X and its three divisions, namely the A, the B": the units nested in a
    // listed unit are listed with it.
    const listText = s.slice(listStart).replace(NESTED_UNITS_CUE, (cue) => ','.padEnd(cue.length, ' '));
    const stop = /\.(?:\[\d+\])+|\.(?=\s+\p{Ll})/u.exec(listText);
    // "a Civil Division and a Criminal Division, which between them hear appeals": a relative
    // clause after the names ends the list.
    const clause = /,\s+(?:which|who|whose|that)\s/.exec(listText);
    const end = Math.min(stop?.index ?? listText.length, clause?.index ?? listText.length);
    const body = listText.slice(0, end).replace(/(?:\s*\[\d+\]|[.;。])+\s*$/u, '');
    // "is comprised of the Administration, Service Desk, Network and Server Operations, and
    // the Systems and Programs divisions": the kind closes the list; commas part its names.
    const kind = verb ? TRAILING_UNIT_KIND.exec(body) : null;
    if (kind) {
      const listed = commaListedNames(body.slice(0, kind.index), sentence.start + listStart);
      if (listed.length >= 2) {
        out.push({ sentence, ownerCue: { start: sentence.start, end: sentence.start + cue.index }, names: listed });
        continue;
      }
    }
    let ok = true;
    let at = 0;
    let isClosed = false;
    // "A Office; B and C Section": with semicolons, only they separate the items.
    for (const part of joinHeadlessParts(body, body.split(body.includes(';') ? SEMICOLON_PARTS : PARTS))) {
      const partAt = body.indexOf(part, at);
      at = partAt + part.length;
      const lead = /^\s*(?:(?:the|an?)\s+)?/i.exec(part)?.[0].length ?? 0;
      const name = part.slice(lead).trimEnd();
      const words = name.split(/\s+/).filter(Boolean);
      // "Central Roads Committee (CRC)": the initials are the unit's alias, not its name.
      const initials = BRACKETED_INITIALS.exec(name);
      const range = {
        start: sentence.start + listStart + partAt + lead,
        end: sentence.start + listStart + partAt + lead + (initials ? initials.index : name.length),
      };
      // "the following directorates: Directorate of Political Affairs, Africa and the Middle
      // East": after a cue that says units follow, a part with no head word after a name that
      // says what it is "of" (and that its initials do not close) goes on that complement.
      const previous = names[names.length - 1];
      if (
        noun &&
        previous &&
        !initials &&
        !isClosed &&
        !words.some((w) => UNIT_LIST_HEADS.has(w) || ORGANISATION_HEADS.has(w)) &&
        /\s(?:of|for)\s/.test(text.slice(previous.start, previous.end))
      ) {
        previous.end = range.end;
        continue;
      }
      isClosed = initials !== null;
      const isName =
        words.length >= 1 &&
        words.length <= MAX_UNIT_WORDS &&
        /^\p{Lu}/u.test(name) &&
        words.every(
          (w, k) =>
            /^[\p{Lu}\d(&]/u.test(w) ||
            LOWER_CONNECTORS.has(w) ||
            // "Legal services": a head word written in lower case still ends a name.
            (k === words.length - 1 && k > 0 && isLowerCaseHead(w)),
        ) &&
        !(isPersonName(name) && isConfirmedPerson(name));
      // Without "N units:" every part must carry a unit head word of its own (after a
      // bare colon, most parts).
      const last = words[words.length - 1] ?? '';
      const hasOwnHead = (UNIT_LIST_HEADS.has(last) && hasHeadWordName(range)) || isLowerCaseHead(last);
      if (!isName || (!noun && !colon && !hasOwnHead)) {
        ok = false;
        break;
      }
      names.push(range);
    }
    if (colon && !noun && !isUnitShaped(names.map((n) => text.slice(n.start, n.end)))) continue;
    if (ok && names.length >= 2)
      out.push({ sentence, ownerCue: { start: sentence.start, end: sentence.start + cue.index }, names });
  }
  return out;
}

// "Information Communication and Technology Division": a part with no head word that "and"
// joins to the next part's head-final name belongs to that name.
function joinHeadlessParts(body: string, parts: string[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    const start = body.indexOf(part, at);
    at = start + part.length;
    const next = parts[k + 1];
    const words = part.trim().split(/\s+/);
    const nextWords = next?.trim().split(/\s+/) ?? [];
    const isHeadless = !words.some((w) => UNIT_LIST_HEADS.has(w) || ORGANISATION_HEADS.has(w));
    const nextEnd = nextWords[nextWords.length - 1] ?? '';
    if (
      next !== undefined &&
      isHeadless &&
      /^\s+and\s+$/.test(body.slice(at, body.indexOf(next, at))) &&
      UNIT_LIST_HEADS.has(nextEnd)
    ) {
      parts[k + 1] = body.slice(start, body.indexOf(next, at) + next.length);
      continue;
    }
    out.push(part);
  }
  return out;
}

function isLowerCaseHead(word: string): boolean {
  const head = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  const singular = head.replace(/s$/, '');
  return /^\p{Ll}/u.test(word) && [head, singular].some((h) => UNIT_LIST_HEADS.has(h) || ORGANISATION_HEADS.has(h));
}

const BRACKETED_INITIALS = /\s*\(\p{Lu}[\p{Lu}&]{1,9}\)$/u;
const TRAILING_UNIT_KIND =
  /\s+(?:divisions|units|sections|offices|directorates|departments|branches|teams|bureaus|bureaux)\s*$/;

/** "the A, B C, and the D E" (at `offset`): each comma-separated part, a capitalised name. */
function commaListedNames(list: string, offset: number): TextRange[] {
  const names: TextRange[] = [];
  for (const part of list.matchAll(/[^,]+/g)) {
    const lead = /^\s*(?:and\s+)?(?:the\s+)?/i.exec(part[0])?.[0].length ?? 0;
    const name = part[0].slice(lead).trimEnd();
    const words = name.split(/\s+/).filter(Boolean);
    const isName =
      words.length >= 1 &&
      words.length <= MAX_UNIT_WORDS &&
      words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || LOWER_CONNECTORS.has(w));
    if (!isName) return [];
    const start = offset + part.index + lead;
    names.push({ start, end: start + name.length });
  }
  return names;
}

const SEMICOLON_PARTS = /\s*;\s*(?:and\s+)?/;
const PARTS = /\s*[,;]\s*(?:and\s+)?|\s+and\s+/;

// A list whose items read as unit names, most with a unit head word.
// "Ministry of Interior:" over its list: a label that is a body's name alone.
function namesBody(heading: string): boolean {
  const words = heading.replace(/[:：]\s*$/, '').split(/\s+/);
  return words.length <= MAX_UNIT_WORDS && ORGANISATION_HEADS.has(headWordOf(words.join(' ')));
}

/**
 * True when most items of a list are unit names. Under a label that names a body, one
 * item of another shape ("Department ofCensorship ofPublications", glued by a converter)
 * may stand among two units or more; elsewhere only among eight.
 */
function isUnitShapedList(text: string, list: ListNode, isUnderBody = false): boolean {
  const names: string[] = [];
  let others = 0;
  for (const item of list.items) {
    const parsed = unitNameOfItem(text, item, true);
    if (parsed) names.push(text.slice(parsed.name.start, parsed.name.end));
    // A post among the units ("Undersecretary of the Ministry") is the list's too, not a unit.
    else if (!isPostItem(text, item)) others++;
  }
  // A long list of units may hold one item of another shape ("Grouping of the Presidency of
  // the Council"); a short one may not, unless its heading names the body.
  const allowed = names.length >= MIN_UNITS_BESIDE_OTHER || (isUnderBody && names.length >= 2) ? 1 : 0;
  return others <= allowed && isUnitShaped(names);
}

const MIN_UNITS_BESIDE_OTHER = 8;

function isPostItem(text: string, item: ItemNode): boolean {
  const first = /^\s*(?:The\s+)?([\p{L}-]+)/u.exec(text.slice(item.head.start, item.head.end))?.[1] ?? '';
  return POST_WORDS.has(first.toLowerCase());
}

function listsIn(text: string, section: SectionNode): ListNode[] {
  const out: ListNode[] = [];
  let previous: BlockNode | null = null;
  for (const c of section.children) {
    if (c.kind === 'list' && !isLedInAsDuties(text, previous)) out.push(c);
    if (c.kind === 'section' && c.level === 7) out.push(...listsIn(text, c));
    previous = c;
  }
  return out;
}

// "... allocated the following functions to the Cabinet Division:" right above a list: its
// items are duties, even in a section headed "Organizational Chart and Functions".
const DUTY_LEAD_IN = new RegExp(`(?:${FUNCTION_CONTEXT.source})[^.]{0,80}[:：—–-]\\s*$`, 'i');

function isLedInAsDuties(text: string, previous: BlockNode | null): boolean {
  return (
    previous?.kind === 'paragraph' &&
    DUTY_LEAD_IN.test(text.slice(Math.max(previous.range.start, previous.range.end - 200), previous.range.end))
  );
}

// "The Directorate-General for European Cooperation develops and coordinates ...", "The X
// Unit is responsible for ...": a unit named as the subject of a sentence about what it does.
const REMIT_VERB = /\s+(?=(?:\p{Ll}{3,}(?<!ss)s|is\s+responsible|are\s+responsible|is\s+in\s+charge)\b)/u;

function remitSentenceItem(
  text: string,
  item: ItemNode,
  lead: number,
): { name: TextRange; description: TextRange | null } | null {
  const head = text.slice(item.head.start, item.head.end);
  // Only a full sentence (closed by a stop) about a unit named first: cheap tests first.
  if (!/[.;]\s*$/.test(head) || !/^\p{Lu}/u.test(head.slice(lead))) return null;
  const verb = REMIT_VERB.exec(head.slice(lead));
  if (!verb) return null;
  // "The Cyber Security Incidence Response Team (CSIRT)   is responsible": the initials after
  // the name are its alias, not part of it.
  const name = head
    .slice(lead, lead + verb.index)
    .trimEnd()
    .replace(BRACKETED_INITIALS, '');
  const words = name.split(/\s+/).filter(Boolean);
  const nameHead = headWordOf(name);
  if (
    words.length < 2 ||
    words.length > MAX_UNIT_WORDS ||
    !words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || LOWER_CONNECTORS.has(w)) ||
    !(UNIT_HEADS.has(nameHead) || ORGANISATION_HEADS.has(nameHead))
  )
    return null;
  const start = item.head.start + lead;
  return { name: { start, end: start + name.length }, description: { start: item.head.start, end: item.head.end } };
}

// "Branch: Macro Policy and Planning", "Chief Directorate : Internal Audit": a unit's kind,
// a colon, and its name.
const KIND_COLON = /^(\s*(?:(?:Chief|Sub|Deputy)[\s-])?(\p{Lu}[\p{L}-]+)\s*[:：]\s*)(\p{Lu}[^:;.]*?)\s*$/u;

/** The name after a unit's kind and a colon ("Branch: Corporate Strategy"), or null. */
export function kindColonName(line: string, start: number): TextRange | null {
  const m = KIND_COLON.exec(line);
  if (!m || !UNIT_LIST_HEADS.has(m[2] as string)) return null;
  const name = m[3] as string;
  const words = name.split(/\s+/);
  if (words.length > MAX_UNIT_WORDS || !words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || LOWER_CONNECTORS.has(w)))
    return null;
  const at = start + (m[1] as string).length;
  return { start: at, end: at + name.length };
}

/**
 * The unit name of an item of a unit list and the description after it, when the item's
 * first words read as a unit's name: title case up to a dash or colon, at most eight words,
 * or ending in a unit head word ("Office", "Groundwater Team"). Null for prose items.
 */
export function unitNameOfItem(
  text: string,
  item: ItemNode,
  isInUnitList = false,
): { name: TextRange; description: TextRange | null } | null {
  const head = text.slice(item.head.start, item.head.end);
  const kindNamed = kindColonName(head, item.head.start);
  if (kindNamed) return { name: kindNamed, description: null };
  // "The Department of X": the article is not part of the name.
  const lead = /^\s*(?:(?:The|the|an?|An?)\s+(?=\p{Lu}))?/u.exec(head)?.[0].length ?? 0;
  // "Directorate of Planning." as a whole item, and "The General Secretariat is headed by
  // ... and undertakes:": the name ends before a final full stop, or before the verb of a
  // sentence about it (a colon later in that sentence separates nothing).
  const remit = remitSentenceItem(text, item, lead);
  if (remit) return remit;
  const predicateFound = UNIT_PREDICATE.exec(head.slice(lead));
  const separator = NAME_SEPARATOR.exec(head.slice(lead));
  const predicate = predicateFound && (!separator || predicateFound.index < separator.index) ? predicateFound : null;
  const sep = predicate ? null : separator;
  const bodyEnd = head
    .trimEnd()
    .replace(/(?:;|,)?\s+(?:and|or)$/, '')
    .replace(/(?<![.\s]\p{L})[.;]$/u, '').length;
  const nameEnd = lead + (sep ? sep.index : predicate ? predicate.index : bodyEnd - lead);
  // "Outreach Team (8 FTEs)": a note in brackets after the name is no part of it (initials are).
  const written = head.slice(lead, nameEnd).trimEnd();
  const name = written.replace(NOTE_AFTER_NAME, '');
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_UNIT_WORDS || /[.;,]$/.test(name) || !/^\p{Lu}/u.test(name)) return null;
  const last = words[words.length - 1] as string;
  const isTitleCase = words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || LOWER_CONNECTORS.has(w));
  if (!isTitleCase) return null;
  // "Records Office" ends in its head word; "Department of Broadcasting Services" opens with it.
  const nameHead = headWordOf(name);
  const hasHead =
    UNIT_LIST_HEADS.has(last) ||
    ORGANISATION_HEADS.has(last) ||
    UNIT_HEADS.has(nameHead) ||
    ORGANISATION_HEADS.has(nameHead);
  if (predicate && !UNIT_HEADS.has(nameHead)) return null;
  // "Helen Marsh – Chief Executive" in a unit list is a person, not a unit.
  const description = sep ? head.slice(nameEnd + sep[0].length) : '';
  const isPost = description
    .split(/[\s,]+/)
    .slice(0, 4)
    .some((w) => POST_WORDS.has(w.toLowerCase()));
  // In a list already read as units, a bare title-case name is one too ("Government Printing
  // and Publishing Services" among "... Office" items); elsewhere a name needs a head word or
  // a description after it.
  // ... but not a part of the document ("Chapter 2", "Annex").
  const isBareName =
    isInUnitList &&
    sep === null &&
    !predicate &&
    words.every((w) => /^[\p{L}(&]/u.test(w)) &&
    !DOCUMENT_PARTS.test(words[0] as string);
  // One word is a unit only as a marked item of a list read as units ("• Library"), not as
  // a line of text under a units heading ("Announce" / "edit").
  const isMarkedItem = item.marker.end > item.range.start;
  if (
    !hasHead &&
    // "- **Talent:** Drives recruitment ...": one word with its remit, in a list read as units.
    ((words.length < 2 && !(isMarkedItem && (isBareName || (isInUnitList && sep !== null && !isPost)))) ||
      (!isBareName && sep === null) ||
      (isPersonName(name) && isPost))
  )
    return null;
  // A name the tagger knows as a person's is one; "Women Affairs" or "Social Welfare" only has its shape.
  const isPerson = isPersonName(name) && isConfirmedPerson(name);
  if (!hasHead && isBareName && (isPerson || POST_WORDS.has((words[0] as string).toLowerCase()))) return null;
  const start = item.head.start + lead;
  const range = { start, end: start + name.length };
  // What the sentence says of the unit ("is headed by ...") describes it; it is no remit.
  if (predicate) return { name: range, description: null };
  if (!sep) return { name: range, description: null };
  const descStart = item.head.start + nameEnd + sep[0].length;
  return { name: range, description: descStart < item.head.end ? { start: descStart, end: item.head.end } : null };
}
