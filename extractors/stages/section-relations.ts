// Stage "section-relations" (EXTRACTION.md stage 4, roles from headings as priors): a
// section whose heading names a legal basis gives its owner a GOVERNED_BY to each instrument
// in it; a section whose heading announces subordinate bodies makes each body standing alone
// on a line SUBORDINATE_TO the owner, as does a list a lead-in announces them with. The owner is
// the body the heading (or lead-in) names, else the subject.
import { ownerOf, type KeyedBody, type KeyedLaw } from '../document-context.ts';
import { findRelatingFields } from '../field-items.ts';
import { fieldRole } from '../info-box-fields.ts';
import { titleLineLaw } from '../laws.ts';
import type { LocalGraph } from '../local-graph.ts';
import { LEGAL_BASIS_HEADING } from '../mentions.ts';
import type { RangeIndex } from '../range-index.ts';
import { collapseSpace } from '../spans.ts';
import type { Stage } from '../stage-list.ts';
import type { BlockNode, DocumentModel, KeyValueNode, SectionNode, TextRange } from '../types.ts';
import { SUBORDINATE_LIST } from '../unit-lists.ts';
import { allSections } from '../walk.ts';

type SectionRelationsInput = {
  model: DocumentModel;
  text: string;
  graph: LocalGraph;
  orgIndex: RangeIndex<KeyedBody>;
  lawIndex: RangeIndex<KeyedLaw>;
  mainAgency: string | null;
};

export const sectionRelationsStage: Stage<SectionRelationsInput, object> = {
  name: 'section-relations',
  does: 'legal-basis sections -> GOVERNED_BY per instrument; subordinate-body sections -> SUBORDINATE_TO per body on its own line; info-box fields (child/parent agency, key document)',
  modules: [
    'stages/section-relations.ts',
    'mentions.ts',
    'laws.ts',
    'unit-lists.ts',
    'walk.ts',
    'info-box-fields.ts',
    'field-items.ts',
  ],
  run: (state) => {
    const { model, text, graph, orgIndex, lawIndex, mainAgency } = state;
    const sectionsInOrder = allSections(model.root, text).sort((a, b) => a.range.start - b.range.start);
    for (const section of sectionsInOrder) {
      if (!section.heading) continue;
      const headingText = collapseSpace(text.slice(section.heading.start, section.heading.end));
      const owner = ownerOf(state, section.heading) ?? mainAgency;
      if (!owner) continue;
      if (LEGAL_BASIS_HEADING.test(headingText)) {
        // A stand-alone instrument title looks like a heading; it stays in the section.
        let end = section.range.end;
        for (const next of sectionsInOrder) {
          if (next.range.start < end || next.range.start > end || !next.heading) continue;
          if (!titleLineLaw(text, next.heading)) break;
          end = next.range.end;
        }
        for (const law of lawIndex.within({ start: section.range.start, end })) {
          graph.addRelation('GOVERNED_BY', owner, law.key, law.range, 'relations:legal-basis-section');
        }
      }
      if (SUBORDINATE_LIST.test(headingText)) {
        for (const o of orgIndex.within({ start: section.heading.end, end: section.range.end })) {
          // The body must stand alone on its line or cell (a list of names, not prose).
          const lineStart = text.lastIndexOf('\n', o.range.start - 1) + 1;
          if (text.slice(lineStart, o.range.start).replace(/^[\s\-*•\d.()|]+/, '') !== '') continue;
          graph.addRelation('SUBORDINATE_TO', o.key, owner, o.range, 'relations:subordinate-list');
        }
      }
    }
    // "Agencies under the DPC's portfolios include:" right above a list: each body an item
    // names on its own is under the body the lead-in names (else the subject).
    for (const section of sectionsInOrder) {
      let previous: BlockNode | null = null;
      for (const child of section.children) {
        const lead =
          previous?.kind === 'paragraph' ? previous.range : previous?.kind === 'keyValue' ? previous.value : null;
        previous = child;
        if (child.kind !== 'list' || !lead) continue;
        const leadText = collapseSpace(text.slice(lead.start, lead.end));
        if (!SUBORDINATE_LIST.test(leadText) || !/[:：]$/.test(leadText)) continue;
        const owner = ownerOf(state, lead) ?? mainAgency;
        if (!owner) continue;
        for (const item of child.items) {
          const o = orgIndex.within(item.head)[0];
          if (!o || o.key === owner) continue;
          if (text.slice(item.head.start, o.range.start).trim() !== '') continue;
          graph.addRelation('SUBORDINATE_TO', o.key, owner, o.range, 'relations:subordinate-list');
        }
      }
    }
    // "- **Oversees**: A, B" in a record: A and B are under the record's body.
    for (const field of findRelatingFields(text, model.root)) {
      const owner = field.kind === 'subordinates' ? ownerOf(state, field.ownerCue) : null;
      if (!owner) continue;
      for (const o of orgIndex.within(field.value))
        if (o.key !== owner)
          graph.addRelation('SUBORDINATE_TO', o.key, owner, field.item.range, 'relations:info-box-field');
    }
    // Info-box fields: a child agency is under the page's body, a parent agency over it, a
    // key document its legal basis.
    // A record's fields relate to the body its head line names, when one does.
    const bodyOfHead = (head: TextRange | null): string | null => {
      if (!head || head.end - head.start > MAX_RECORD_HEAD_CHARS) return null;
      const [first] = orgIndex.within(head);
      return first && text.slice(head.start, first.range.start).trim() === '' ? first.key : null;
    };
    for (const [field, head] of recordHeads(model.root)) {
      const role = fieldRole(text.slice(field.key.start, field.key.end));
      const owner = role?.kind === 'instrument' ? bodyOfHead(head) : null;
      if (owner) {
        for (const law of lawIndex.within(field.value))
          graph.addRelation('GOVERNED_BY', owner, law.key, field.range, 'relations:info-box-field');
        continue;
      }
      if (mainAgency) {
        if (role?.kind === 'child-body')
          for (const o of orgIndex.within(field.value))
            if (o.key !== mainAgency)
              graph.addRelation('SUBORDINATE_TO', o.key, mainAgency, field.range, 'relations:info-box-field');
        if (role?.kind === 'parent-body')
          for (const o of orgIndex.within(field.value))
            if (o.key !== mainAgency)
              graph.addRelation('SUBORDINATE_TO', mainAgency, o.key, field.range, 'relations:info-box-field');
        if (role?.kind === 'instrument')
          for (const law of lawIndex.within(field.value))
            graph.addRelation('GOVERNED_BY', mainAgency, law.key, field.range, 'relations:info-box-field');
      }
    }
    return {};
  },
};

const MAX_RECORD_HEAD_CHARS = 120;

/**
 * Every key/value node of the tree, in document order, with the line that heads its record
 * when one does: "Attorney-General's Department" / "Creation Date: ..." / "Established By:
 * ...", a list of bodies each given its own fields.
 */
function recordHeads(root: SectionNode): Map<KeyValueNode, TextRange | null> {
  const out = new Map<KeyValueNode, TextRange | null>();
  // A record's head is the paragraph right above its fields, or the heading of the section
  // they open.
  const visit = (children: BlockNode[], opening: TextRange | null): void => {
    let head = opening;
    for (const child of children) {
      if (child.kind === 'keyValue') {
        out.set(child, head);
        continue;
      }
      head = child.kind === 'paragraph' ? child.range : null;
      if (child.kind === 'section') visit(child.children, child.heading);
      else if (child.kind === 'item') visit(child.children, null);
      else if (child.kind === 'list') for (const item of child.items) visit(item.children, null);
    }
  };
  visit(root.children, null);
  return out;
}
