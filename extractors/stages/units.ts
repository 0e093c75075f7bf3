// Stage "units" (EXTRACTION.md stage 4, node roles from content): the lists, tables, lines
// and sentences whose children are units of the body that owns them. A unit without a head
// word ("Groundwater Team", "Office") still names a unit here, so it becomes a body mention
// before names are grouped and typed.
import { findOrganisations, type OrganisationMention } from '../agencies.ts';
import { fieldValueParts, findRelatingFields } from '../field-items.ts';
import { FUNCTION_CONTEXT } from '../function-context.ts';
import { headWordOf } from '../head-word.ts';
import { isActingPredicate, isDutyShaped, isMadeOfPredicate, isVerbInitial } from '../item-roles.ts';
import { singularTitle } from '../leader-lines.ts';
import { isPersonName, isPostTitle, type PersonMention } from '../people.ts';
import { splitSentences } from '../sentences.ts';
import type { DocumentMentions } from '../mentions.ts';
import { findNameListUnits } from '../name-list-lines.ts';
import { RangeIndex } from '../range-index.ts';
import type { Stage } from '../stage-list.ts';
import { tableColumns } from '../table-columns.ts';
import type { BlockNode, DocumentModel, ItemNode, ListNode, SectionNode, TextRange } from '../types.ts';
import {
  findInlineUnits,
  findUnitLists,
  isHeadingUnitList,
  LOWER_CONNECTORS,
  isInternalOrganisationHeading,
  isUnitKindItem,
  isUnitNameList,
  namesUnitKind,
  type UnitList,
  unitNameOfHeading,
  unitNameOfItem,
} from '../unit-lists.ts';
import { allSections } from '../walk.ts';
import { ORGANISATION_HEADS, UNIT_LIST_HEADS } from '../vocabulary.ts';

// "Office: twenty posts under a Director": a head word alone, described by what it is rather
// than by what it does, defines a kind of unit; alone in an item ("1. Office") or with a
// remit ("Office – Provides support to the Board") it is the unit's name.
function definesKind(text: string, parsed: { name: TextRange; description: TextRange | null }): boolean {
  const { name, description } = parsed;
  return (
    description !== null &&
    ORGANISATION_HEADS.has(text.slice(name.start, name.end).trim()) &&
    !isVerbInitial(text.slice(description.start, description.end))
  );
}

const ACTING_PREFIX = /^A(?:g)?\/\s*/;
function isPostName(name: string): boolean {
  // "Chief Medical Officer Directorate", "Executive Secretariat for X": a body's head word
  // makes a unit's name of what would read as a post.
  const head = headWordOf(name);
  if (ORGANISATION_HEADS.has(head) || UNIT_LIST_HEADS.has(head)) return false;
  // "A/Director-General": an acting post.
  const post = name.replace(ACTING_PREFIX, '');
  return isPostTitle(post) || isPostTitle(singularTitle(post) ?? '');
}

/** A unit named by a list item, a name-list line or an inline enumeration. */
export interface ItemUnit {
  unit: TextRange;
  /** The item that names it (a synthetic bullet item for a line or a sentence). */
  item: ItemNode;
  section: SectionNode;
  /** Where the list's owner is named (its heading or lead-in), if anywhere. */
  ownerCue: TextRange | null;
  /** The "– description" after the unit's name on its own line. */
  description: TextRange | null;
  /** The unit whose item this one's list is nested in: that unit is its parent, not the list's owner. */
  parent?: TextRange;
}

/** A unit named by a row of an internal-organisation table. */
export interface RowUnit {
  unit: TextRange;
  row: TextRange;
  /** The row's cell in a duty column ("Functions", "Description"), if the table has one. */
  duty: TextRange | null;
  section: SectionNode;
  ownerCue: TextRange | null;
}

const SUBJECT_ARTICLE = /^(?:The|the)\s+/;
// How deep units nest in a unit list's sub-lists (unit, its units, theirs ...).
const MAX_UNIT_DEPTH = 4;
const MIN_UNIT_PARAGRAPHS = 2;

/** Every unit the document lists, and the blocks that list them (which hold no duties). */
export interface FoundUnits {
  items: ItemUnit[];
  rows: RowUnit[];
  /** Sections whose heading introduces a unit list. */
  sections: Set<SectionNode>;
  lists: Set<ListNode>;
}

type UnitsInput = { model: DocumentModel; text: string; mentions: DocumentMentions; bodies: OrganisationMention[] };

export const unitsStage: Stage<UnitsInput, { bodies: OrganisationMention[]; units: FoundUnits }> = {
  name: 'units',
  does: 'lists, tables, name lines and sentences whose children are units; a unit without a head word becomes a body mention',
  modules: [
    'stages/units.ts',
    'unit-lists.ts',
    'item-roles.ts',
    'table-columns.ts',
    'name-list-lines.ts',
    'function-context.ts',
    'field-items.ts',
  ],
  run: ({ model, text, mentions, bodies }) => {
    const organisations = [...bodies];
    const units: FoundUnits = { items: [], rows: [], sections: new Set(), lists: new Set() };
    // Mentions as they were before this stage: a unit named by one item is not looked up
    // among the units named by other items.
    const mentionIndex = new RangeIndex(organisations);
    // The items of a unit list, and the lists nested in them that name units too: a unit's
    // sub-list of names ("Finance Services" over "- Procurement Services") lists its own units.
    const readItems = (list: ListNode, unitList: UnitList, parent: TextRange | null, depth: number): void => {
      for (const item of list.items) {
        const found = mentionIndex.within(item.head).find((o) => o.range.start <= item.head.start + 3);
        const headingName = isHeadingUnitList(list) ? unitNameOfHeading(text, item) : null;
        const parsed =
          unitNameOfItem(text, item, true) ?? (headingName ? { name: headingName, description: null } : null);
        // "Director General of Health: Name", "Deputy Directors General: A, B": a post among
        // the units names who leads, not a unit.
        const itemName = parsed ? text.slice(parsed.name.start, parsed.name.end) : '';
        // "a. Divisions:" labels the units under it; it is none itself.
        if ((parsed && isPostName(itemName)) || isUnitKindItem(text.slice(item.head.start, item.head.end))) {
          // "Minister for Education" over its units: what a post heads are the owner's units.
          readNested(item, unitList, parent, depth);
          continue;
        }
        let unit: TextRange;
        // A whole item that reads as a unit name outranks a shorter mention inside it
        // ("Coordinating Office for People with Disabilities" over "Coordinating Office for People").
        // "Chief Directorate: Internal Audit": the unit's kind before its name is no name.
        const isKindBefore = found !== undefined && parsed !== null && found.range.end <= parsed.name.start;
        const isWholerName =
          isKindBefore ||
          (found !== undefined &&
            parsed !== null &&
            parsed.description === null &&
            parsed.name.start <= found.range.start &&
            parsed.name.end > found.range.end &&
            /^\s+(?:with|at|by|from|against|under|in|on|to|for|of|and)\s/.test(
              text.slice(found.range.end, parsed.name.end),
            ));
        if (isWholerName) organisations.splice(organisations.indexOf(found), 1);
        if (found && !isWholerName) unit = found.range;
        else if (parsed && !definesKind(text, parsed)) {
          unit = parsed.name;
          organisations.push({ range: unit, extractor: 'agencies:unit-list-item' });
        } else {
          // "Minister for Education / Minister for Racing" over units: an item that names no
          // unit (a post on two lines, a group's label) passes its units to the same owner.
          readNested(item, unitList, parent, depth);
          continue;
        }
        const description =
          parsed && unit.start >= parsed.name.start && unit.end <= parsed.name.end ? parsed.description : null;
        units.items.push({
          unit,
          item,
          section: unitList.section,
          ownerCue: unitList.ownerCue,
          description,
          ...(parent ? { parent } : {}),
        });
        readNested(item, unitList, unit, depth);
        units.lists.add(list);
        if (unitList.ownerCue === unitList.section.heading) units.sections.add(unitList.section);
      }
    };
    const readNested = (item: ItemNode, unitList: UnitList, parent: TextRange | null, depth: number): void => {
      if (depth >= MAX_UNIT_DEPTH) return;
      for (const child of item.children)
        if (child.kind === 'list' && isUnitNameList(text, child, isPostName))
          readItems(child, unitList, parent, depth + 1);
    };
    for (const unitList of findUnitLists(text, model.root)) {
      for (const list of unitList.lists) readItems(list, unitList, null, 0);
      for (const table of unitList.tables) {
        const dutyColumn = table.header.findIndex(
          (h) =>
            FUNCTION_CONTEXT.test(text.slice(h.start, h.end)) || /description|about/i.test(text.slice(h.start, h.end)),
        );
        const unitColumn = Math.max(0, tableColumns(text, table).unit);
        for (const row of table.rows) {
          const cell = row[unitColumn];
          if (!cell) continue;
          let unit = mentionIndex.within(cell).find((o) => o.range.start <= cell.start + 3);
          if (!unit) {
            // "Data Science Team": a unit-shaped cell names a unit without a head-word mention.
            const item = unmarkedItem(cell, cell);
            const parsed = unitNameOfItem(text, item);
            if (!parsed || parsed.description) continue;
            unit = { range: parsed.name, extractor: 'agencies:unit-table-cell' };
            organisations.push(unit);
          }
          const duty = dutyColumn >= 0 && dutyColumn !== unitColumn ? row[dutyColumn] : undefined;
          const body = duty ? { start: duty.start, end: duty.end } : null;
          units.rows.push({
            unit: unit.range,
            row: { start: row[0]?.start ?? cell.start, end: row[row.length - 1]?.end ?? cell.end },
            duty: body,
            section: unitList.section,
            ownerCue: unitList.ownerCue,
          });
        }
      }
    }
    // "Support Units" / "The Cadet Force Division serves as ...": under a heading that names
    // units, paragraphs whose subject is a unit's name, each its remit.
    const listed = new Set(units.items.map(({ unit }) => `${unit.start}:${unit.end}`));
    const peopleIndex = new RangeIndex(mentions.people);
    for (const section of allSections(model.root, text)) {
      for (const { cue, children } of unitParagraphGroups(text, section)) {
        const found = children.flatMap((child): UnitParagraph[] => {
          // "Finance Department (FIN): Mobilizes ...": a field whose key is the unit.
          if (child.kind === 'keyValue') {
            const unit = findOrganisations(text, child.key).find((o) => o.range.start === child.key.start);
            if (!unit || !UNIT_LIST_HEADS.has(headWordOf(text.slice(unit.range.start, unit.range.end)))) return [];
            return [{ unit: unit.range, paragraph: child.range, description: child.value, mention: unit }];
          }
          if (child.kind !== 'paragraph') return [];
          const opening = SUBJECT_ARTICLE.exec(text.slice(child.range.start, child.range.end))?.[0].length ?? 0;
          const unit = mentionIndex.within(child.range).find((o) => o.range.start === child.range.start + opening);
          if (!unit || listed.has(`${unit.range.start}:${unit.range.end}`)) return [];
          const name = text.slice(unit.range.start, unit.range.end);
          const after = text.slice(unit.range.end, child.range.end);
          if (!UNIT_LIST_HEADS.has(headWordOf(name))) return [];
          // "Corporate Services Division comprises ...": a unit, whose paragraph is no remit.
          if (isMadeOfPredicate(after))
            return [{ unit: unit.range, paragraph: child.range, description: null, mention: null }];
          if (!isActingPredicate(after)) return [];
          // "Monetary and Capital Markets Department (MCM): Monitors ...": the remit after the separator.
          const separator = NAME_SEPARATOR.exec(after)?.[0].length;
          const description =
            separator === undefined ? child.range : { start: unit.range.end + separator, end: child.range.end };
          return [{ unit: unit.range, paragraph: child.range, description, mention: null }];
        });
        if (found.length < MIN_UNIT_PARAGRAPHS) continue;
        for (const { unit, paragraph, description, mention } of found) {
          // A field's key is read for posts only; its body mention is added here.
          if (mention) organisations.push(mention);
          const item = unmarkedItem(unit, paragraph);
          units.items.push({
            unit,
            item,
            section,
            ownerCue: cue,
            description: description && remitBeforePeople(text, description, peopleIndex),
          });
        }
      }
    }
    // "16 Investigation Team 3" / duties / "14 Innovation Planning Division" / duties, or
    // "### 18F" / "18F partners with ...": name lines that each head a list of duties or a
    // paragraph about the name are parallel, so where one names a unit they all do.
    for (const section of allSections(model.root, text)) {
      const unitAt = (name: TextRange): OrganisationMention | undefined =>
        mentionIndex.within(name).find((o) => o.range.start === name.start);
      const isUnitName = (name: TextRange): boolean => {
        const o = unitAt(name);
        return o !== undefined && UNIT_LIST_HEADS.has(headWordOf(text.slice(o.range.start, o.range.end)));
      };
      const heads = unitHeadLines(text, section, isUnitName);
      if (heads.length < MIN_PARALLEL_HEADS) continue;
      const named = heads.map(({ name }) => unitAt(name));
      if (!heads.some(({ name }) => isUnitName(name))) continue;
      heads.forEach(({ name: head, remit }, k) => {
        const found = named[k];
        if (!found) organisations.push({ range: head, extractor: 'agencies:unit-list-item' });
        const unit = found?.range ?? head;
        units.items.push({ unit, item: unmarkedItem(unit, head), section, ownerCue: null, description: remit });
      });
    }
    // Lines made only of unit names ("East Asia Department, Pacific Department."); a
    // whole part ending in a unit head is the name, even where the mention was shorter.
    const bodyIndex = new RangeIndex(organisations);
    for (const piece of mentions.pieces) {
      if (piece.role !== 'paragraph' && piece.role !== 'item-head') continue;
      for (const name of findNameListUnits(text, piece.range, bodyIndex)) {
        if (!bodyIndex.within(name).some((o) => o.range.start === name.start && o.range.end === name.end))
          organisations.push({ range: name, extractor: 'agencies:name-list-line' });
        const item = unmarkedItem(name, piece.range);
        units.items.push({ unit: name, item, section: model.root, ownerCue: null, description: null });
      }
    }
    // Units enumerated in one sentence ("organised into four units: the A Unit, ...").
    const headWordIndex = new RangeIndex(mentions.organisations);
    const hasHeadWordName = (r: TextRange): boolean =>
      headWordIndex.overlapping(r).some((o) => o.range.start === r.start && o.range.end === r.end);
    // "The Agency comprises three directorates: the A, the B and the C." may be read as a
    // key/value line; it is one sentence here.
    const keyValueLines = mentions.pieces.flatMap((p) => {
      const kv = p.ancestors[p.ancestors.length - 1];
      return p.role === 'key' && kv?.kind === 'keyValue' ? [kv.range] : [];
    });
    // A record's "Key Departments: A, B" field is read with its record, below.
    const fields = findRelatingFields(text, model.root);
    const isField = (r: TextRange): boolean => fields.some((f) => r.start < f.value.end && f.item.range.start < r.end);
    const sentences = [...mentions.sentences, ...keyValueLines].filter((r) => !isField(r));
    for (const inline of findInlineUnits(text, sentences, hasHeadWordName)) {
      for (const name of inline.names) {
        // A shorter run inside an enumerated name, or one across two of them ("Pacific and
        // Directorate of X"), is a misreading of the enumeration.
        const misread = headWordIndex
          .overlapping(name)
          .filter((o) => !(o.range.start === name.start && o.range.end === name.end));
        for (const wrong of misread)
          if (organisations.includes(wrong)) organisations.splice(organisations.indexOf(wrong), 1);
        if (!hasHeadWordName(name)) organisations.push({ range: name, extractor: 'agencies:inline-unit' });
        const item = unmarkedItem(name, inline.sentence);
        units.items.push({ unit: name, item, section: model.root, ownerCue: inline.ownerCue, description: null });
      }
    }
    // "- **Key Departments**: Immigration, Customs" in a record under its body's item or heading.
    const recordIndex = new RangeIndex(organisations);
    for (const field of fields) {
      if (field.kind !== 'units') continue;
      for (const part of fieldValueParts(text, field.value)) {
        if (part.end - part.start > 80) continue;
        const named = recordIndex.within(part).find((o) => o.range.start === part.start);
        if (!named) organisations.push({ range: part, extractor: 'agencies:unit-list-item' });
        const item = unmarkedItem(part, part);
        const unit = named?.range ?? part;
        units.items.push({ unit, item, section: field.section, ownerCue: field.ownerCue, description: null });
      }
    }
    return { bodies: organisations, units };
  },
};

interface UnitParagraph {
  unit: TextRange;
  paragraph: TextRange;
  description: TextRange | null;
  /** The unit's mention, where no earlier stage made one (a field's key). */
  mention: OrganisationMention | null;
}

// How long a paragraph may be and still only introduce the units after it.
const MAX_UNIT_INTRO_CHARS = 300;

/**
 * The runs of paragraphs that may each open with a unit's name: a section under a heading
 * that names units ("Support Units"), or the paragraphs after a short one that does ("The
 * IMF has nine functional departments that ...").
 */
function unitParagraphGroups(text: string, section: SectionNode): { cue: TextRange; children: BlockNode[] }[] {
  const heading = section.heading;
  if (heading && namesUnitKind(text.slice(heading.start, heading.end)))
    return [{ cue: heading, children: section.children }];
  const groups: { cue: TextRange; children: BlockNode[] }[] = [];
  section.children.forEach((child, k) => {
    if (child.kind !== 'paragraph' || child.range.end - child.range.start > MAX_UNIT_INTRO_CHARS) return;
    if (!isInternalOrganisationHeading(text.slice(child.range.start, child.range.end))) return;
    const after = section.children.slice(k + 1);
    const end = after.findIndex((c) => c.kind !== 'paragraph' && c.kind !== 'keyValue');
    groups.push({ cue: child.range, children: end === -1 ? after : after.slice(0, end) });
  });
  return groups;
}

const NAME_SEPARATOR = /^\s*(?:\([^)]*\)\s*)?[:：–—]\s*/u;
// "Director, Vitor Gaspar", "Read bio of the Director, Jane Roe": a sentence that names the head.
const POST_COMMA_NAME =
  /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\.?\s*$/u;

/** A unit's remit up to the first sentence that names a person (its head, a link to their bio). */
function remitBeforePeople(text: string, description: TextRange, people: RangeIndex<PersonMention>): TextRange {
  for (const sentence of splitSentences(text, description)) {
    const written = text.slice(sentence.start, sentence.end);
    const head = POST_COMMA_NAME.exec(written);
    const namesHead = head !== null && isPostTitle(head[1] as string) && isPersonName(head[2] as string);
    if (sentence.start > description.start && (namesHead || people.within(sentence).length > 0))
      return { start: description.start, end: trimEnd(text, sentence.start) };
  }
  return description;
}

function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1] as string)) at--;
  return at;
}

const MIN_PARALLEL_HEADS = 2;
const MAX_HEAD_LINE_WORDS = 6;
// A row number before a name line ("16 Investigation Team 3").
const ROW_NUMBER = /^\d{1,3}[.)]?\s+/;

/**
 * The names on the short lines of a section that each head what a unit does: a line right
 * before a list of duties, or the heading of a sub-section that opens with such a list or
 * with a paragraph whose subject is the heading's name (that paragraph the unit's remit). A
 * row number before a name is left out; none unless every such line reads as a title-case name.
 */
function unitHeadLines(
  text: string,
  section: SectionNode,
  isUnitName: (name: TextRange) => boolean,
): Array<{ name: TextRange; remit: TextRange | null }> {
  // Cheap first: no line that could head a unit's text names a unit, so none is read (the
  // duty test below tags phrases).
  const mayHead = section.children.flatMap((child, k) =>
    child.kind === 'paragraph' && section.children[k + 1]?.kind === 'list'
      ? [child.range]
      : child.kind === 'section' && child.heading
        ? [child.heading]
        : [],
  );
  if (!mayHead.some((line) => isUnitName(nameOfLine(text, line)))) return [];
  const lines: Array<{ line: TextRange; remit: TextRange | null }> = [];
  section.children.forEach((child, k) => {
    const next = section.children[k + 1];
    if (child.kind === 'paragraph' && next?.kind === 'list' && isDutyShaped(text, next))
      lines.push({ line: child.range, remit: null });
    if (child.kind !== 'section' || !child.heading) return;
    const first = child.children[0];
    if (first?.kind === 'list' && isDutyShaped(text, first)) lines.push({ line: child.heading, remit: null });
    else if (first?.kind === 'paragraph' && isAboutName(text, first.range, child.heading))
      lines.push({ line: child.heading, remit: first.range });
  });
  const heads: Array<{ name: TextRange; remit: TextRange | null }> = [];
  for (const { line: range, remit } of lines) {
    const nameRange = nameOfLine(text, range);
    const name = text.slice(nameRange.start, nameRange.end);
    const words = name.split(/\s+/);
    if (
      words.length > MAX_HEAD_LINE_WORDS ||
      !/^[\p{Lu}\d]/u.test(name) ||
      !words.every((w) => /^[\p{Lu}\d&(]/u.test(w) || LOWER_CONNECTORS.has(w))
    )
      return [];
    // "Commissioner" over "The Commissioner heads ...": a post's section, not a unit's (a
    // post's line over a list of duties, "Spokesperson", names the office that does them).
    if (remit && isPostName(name)) continue;
    heads.push({ name: nameRange, remit });
  }
  return heads;
}

/** A line's name: without its indent, a row number before it ("16 Investigation Team 3") and trailing space. */
function nameOfLine(text: string, range: TextRange): TextRange {
  const line = text.slice(range.start, range.end);
  const lead = (/^\s*/.exec(line)?.[0].length ?? 0) + (ROW_NUMBER.exec(line.trimStart())?.[0].length ?? 0);
  return { start: range.start + lead, end: range.start + lead + line.slice(lead).trimEnd().length };
}

// "18F partners with ...", "The IT Modernization Centers of Excellence seek to ...": the
// heading's name within the first words of the paragraph, only capitalised words before it,
// and a lower-case word (its verb) after it.
const MAX_WORDS_BEFORE_NAME = 4;
// "Office of the Minister" / "The Office of the Minister of X consists of": a longer name.
const NAME_GOES_ON = /^\s*(?:of|for|on|in|and|to|at)\s/;
// "Community Service Centers shall be established in ...": a statute's provision, no remit.
const FOUNDED_AFTER =
  /^\s*(?:shall|is|are|will)\s+(?:hereby\s+)?(?:be\s+)?(?:established|created|constituted|set\s+up)\b/;

function isAboutName(text: string, paragraph: TextRange, heading: TextRange): boolean {
  const name = text.slice(heading.start, heading.end).trim();
  const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 200));
  const at = opening.indexOf(name);
  if (at < 0 || name === '') return false;
  const before = opening.slice(0, at).trim();
  const beforeWords = before === '' ? [] : before.split(/\s+/);
  const after = opening.slice(at + name.length);
  return (
    beforeWords.length <= MAX_WORDS_BEFORE_NAME &&
    beforeWords.every((w) => /^\p{Lu}/u.test(w)) &&
    /^\s*(?:\([^)]{1,20}\)\s*)?(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}/u.test(after) &&
    !NAME_GOES_ON.test(after) &&
    !FOUNDED_AFTER.test(after)
  );
}

/** An item no marker opened ("Finance Department (FIN): ..."), headed by a unit's name, read like a list's. */
function unmarkedItem(head: TextRange, range: TextRange): ItemNode {
  return { kind: 'item', marker: { style: 'bullet', value: 0, end: head.start }, head, range, children: [] };
}
