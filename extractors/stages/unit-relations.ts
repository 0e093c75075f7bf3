// Stage "unit-relations" (EXTRACTION.md stage 5, attachment): each unit gets its
// HAS_DEPARTMENT from the body it is attached to ("X of the Y", a placement, the subject for
// a unit heading its own section, the owner of a unit list or table), and its remit (item
// body, "– description", remit paragraph, duty cell) as its own responsibilities.
import { addDuty, agencyBeside, headingBodiesAt, ownerOf, rangeKey, type KeyedBody } from '../document-context.ts';
import type { HeadingUnit } from '../heading-units.ts';
import { isActingPredicate, isVerbInitial } from '../item-roles.ts';
import type { LocalGraph } from '../local-graph.ts';
import type { DocumentMentions } from '../mentions.ts';
import { isPostTitle, type PersonMention } from '../people.ts';
import { RangeIndex } from '../range-index.ts';
import { dutiesOfBody, dutyFrom } from '../responsibilities.ts';
import type { Stage } from '../stage-list.ts';
import type { DocumentModel, SectionNode, TextRange } from '../types.ts';
import { isGenericOrgan, POST_WORDS } from '../vocabulary.ts';
import type { Placement } from './typing.ts';
import type { FoundUnits } from './units.ts';

type UnitRelationsInput = {
  model: DocumentModel;
  mentions: DocumentMentions;
  text: string;
  graph: LocalGraph;
  orgs: KeyedBody[];
  orgIndex: RangeIndex<KeyedBody>;
  orgKeyAt: Map<string, string>;
  placements: Placement[];
  headingUnits: HeadingUnit[];
  units: FoundUnits;
  mainAgency: string | null;
};

export const unitRelationsStage: Stage<UnitRelationsInput, object> = {
  name: 'unit-relations',
  does: "HAS_DEPARTMENT from the body each unit is attached to, and each unit's remit as its responsibilities",
  modules: ['stages/unit-relations.ts', 'responsibilities.ts', 'item-roles.ts', 'document-context.ts'],
  run: (state) => {
    const { text, graph, orgs, orgKeyAt, placements, headingUnits, units, mainAgency } = state;
    const peopleIndex = new RangeIndex(state.mentions.people);
    // "X of the Y": a unit of Y.
    for (const o of orgs) {
      if (!o.parent) continue;
      const parentKey = orgKeyAt.get(rangeKey(o.parent));
      if (parentKey) graph.addRelation('HAS_DEPARTMENT', parentKey, o.key, o.range, 'relations:x-of-the-y');
    }

    // Units placed at or within another body.
    for (const { unit, parent, isByClass } of placements) {
      const unitKey = orgKeyAt.get(rangeKey(unit));
      const parentKey = orgKeyAt.get(rangeKey(parent));
      if (!unitKey || !parentKey) continue;
      if (isByClass) graph.addRelation('HAS_DEPARTMENT', parentKey, unitKey, parent, 'relations:unit-class');
      else
        graph.addRelation(
          'HAS_DEPARTMENT',
          parentKey,
          unitKey,
          { start: unit.start, end: parent.end },
          'relations:placement',
        );
    }

    // Units heading their own sections: HAS_DEPARTMENT from the body a heading above names
    // ("#### Corporate Group" over "**Data Office**"), else from the document's subject.
    for (const { range: unit, section } of headingUnits) {
      const unitKey = orgKeyAt.get(rangeKey(unit));
      if (!unitKey) continue;
      const above = headingBodiesAt(state, state.model.root, unit.start)
        .filter((h) => h.section !== section && h.owner !== unitKey)
        .pop()?.owner;
      const parent = above ?? mainAgency;
      if (parent) graph.addRelation('HAS_DEPARTMENT', parent, unitKey, unit, 'relations:heading-unit');
      // GUIDELINES: "a unit whose duties are one unnumbered paragraph has that paragraph as
      // one responsibility": a remit paragraph under the unit's heading ("Deals with ...").
      const paragraphs = section.children.filter((c) => c.kind === 'paragraph');
      const first = paragraphs[0];
      const hasList = section.children.some((c) => c.kind === 'list' || c.kind === 'section');
      // "Deals with ...", or the unit as the subject: "The Directorate-General for X addresses ...".
      const opening = first ? /^(?:The\s+)?/.exec(text.slice(first.range.start, first.range.end)) : null;
      const opensWithUnit =
        first !== undefined &&
        state.orgIndex
          .overlapping({ start: first.range.start, end: first.range.start + 1 + (opening?.[0].length ?? 0) })
          .some(
            (o) =>
              o.key === unitKey &&
              o.range.start === first.range.start + (opening?.[0].length ?? 0) &&
              isActingPredicate(text.slice(o.range.end, first.range.end)),
          );
      if (!first || hasList || (!isVerbInitial(text.slice(first.range.start, first.range.end)) && !opensWithUnit))
        continue;
      // "Presiding Judge - Justice Okoro": lines that give people their posts are no remit.
      if (peopleIndex.overlapping(first.range).some((p) => p.post !== undefined)) continue;
      const remit = dutyFrom(text, {
        start: first.range.start,
        end: (paragraphs[paragraphs.length - 1] ?? first).range.end,
      });
      if (remit && !isStaffing(remit.text, remit.range, peopleIndex))
        addDuty(graph, unitKey, remit.text, remit.range, 'responsibilities:unit-body');
    }

    // A unit list under a heading that names no body ("Divisions") right after a heading that
    // names an agency belongs to that agency, as a flattened page's sub-section would.
    const ownerOfList = (ownerCue: TextRange | null, section: SectionNode): string | null => {
      const named = ownerOf(state, ownerCue);
      if (named || ownerCue !== section.heading) return named ?? mainAgency;
      return agencyBeside(state, state.model.root, section) ?? mainAgency;
    };

    const unitNames = new RangeIndex(units.items.map(({ unit }) => ({ range: unit })));
    // Internal organisation lists: HAS_DEPARTMENT and each unit's duties.
    for (const { unit, item, ownerCue, section, description, parent } of units.items) {
      const unitKey = orgKeyAt.get(rangeKey(unit));
      const owner = (parent && orgKeyAt.get(rangeKey(parent))) || ownerOfList(ownerCue, section);
      if (!unitKey) continue;
      if (owner)
        graph.addRelation('HAS_DEPARTMENT', owner, unitKey, item.range, 'relations:internal-organisation-list');
      const duties = dutiesOfBody(text, item);
      // GUIDELINES: "A unit whose duties are one unnumbered paragraph has that paragraph as one
      // responsibility": "**Unit** – description" writes that paragraph on the item's own line;
      // "Legal Affairs Division: Anne Valle" names its head there instead.
      const namesHead =
        description !== null &&
        peopleIndex.overlapping(description).some((p) => p.range.start <= description.start + 4);
      const inline = duties.length === 0 && description && !namesHead ? dutyFrom(text, description) : null;
      if (inline) duties.push(inline);
      // "Office of the Director" over its own offices: a sub-list of units lists no duties.
      for (const duty of duties)
        if (
          !unitNames
            .overlapping(duty.range)
            .some((u) => u.range.start === duty.range.start && u.range.end >= duty.range.end - 1) &&
          !isStaffing(duty.text, duty.range, peopleIndex)
        )
          addDuty(graph, unitKey, duty.text, duty.range, 'responsibilities:unit-body');
    }

    // Internal organisation tables: HAS_DEPARTMENT and the duty cell of each row.
    for (const { unit, row, duty, ownerCue, section } of units.rows) {
      const unitKey = orgKeyAt.get(rangeKey(unit));
      const owner = ownerOfList(ownerCue, section);
      if (!unitKey) continue;
      if (owner) graph.addRelation('HAS_DEPARTMENT', owner, unitKey, row, 'relations:internal-organisation-table');
      const remit = duty ? dutyFrom(text, duty) : null;
      if (remit) addDuty(graph, unitKey, remit.text, remit.range, 'responsibilities:unit-table');
    }

    // "The Board of Directors is responsible for ...": a governing organ no list or name
    // attaches is the organ of the body the page is about.
    if (mainAgency) {
      const attached = new Set<string>();
      for (const r of graph.relations.values()) if (r.type === 'HAS_DEPARTMENT') attached.add(r.to);
      for (const [key, entity] of graph.entities) {
        const [name] = [...entity.names.keys()];
        if (entity.type !== 'Department' || attached.has(key) || !name || !isGenericOrgan(name)) continue;
        const first = entity.mentions[0];
        if (first) graph.addRelation('HAS_DEPARTMENT', mainAgency, key, first, 'relations:organ-of-subject');
      }
    }
    return {};
  },
};

// "The Planning Section shall be headed by a Section Head.": who heads a unit, not what it does.
const HEADED_ONLY =
  /^(?:the\s+)?[^,;]{0,120}?\b(?:shall|will|is|are)\s+(?:be\s+)?(?:headed|led|chaired|directed)\s+by\s+[^,;]{0,60}\.?$/i;

/**
 * True for a unit's line that says who staffs it rather than what it does: its head
 * ("shall be headed by a Division Chief"), a post ("Undersecretary of Transport."), or a
 * person ("Helga Haug (acting)", "Ann Roe: 2011–2012").
 */
function isStaffing(duty: string, range: TextRange, people: RangeIndex<PersonMention>): boolean {
  if (HEADED_ONLY.test(duty)) return true;
  // "Undersecretary of Transport.": a post whose head word stands before its complement.
  const post = duty.replace(/[.;:,]\s*$/, '');
  const head = /^([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?:\s+(?:of|for|to|at|in)\s|$)/u.exec(post)?.[1] ?? '';
  const headWord = (head.split(/[\s-]+/).pop() ?? '').toLowerCase();
  if (POST_WORDS.has(headWord) && isPostTitle(post)) return true;
  return people.overlapping(range).some((p) => p.range.start <= range.start + 4);
}
