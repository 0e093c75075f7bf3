// extractDocument: one SourceDocument -> its DocumentExtraction, all in-document
// resolution done. Composes the stages in the order index.ts lists them.
import { scopeIdentities } from './identity-scope.ts';
import { addDuty, ownerOf, type DocumentContext } from './document-context.ts';
import { titleLineLaw } from './laws.ts';
import { findInlineInstruments, findInstrumentLists } from './instrument-lists.ts';
import { LEGAL_BASIS_HEADING } from './mentions.ts';
import { addSentenceRelations, findTitle } from './relations-sentences.ts';
import { dutiesOfList, isStatementList, isStatementSentence } from './responsibilities.ts';
import { FUNCTION_CONTEXT } from './function-context.ts';
import { isDutyShaped, leadInSentence } from './item-roles.ts';
import { addGoverningLaws } from './governing-laws.ts';
import { splitSentences } from './sentences.ts';
import { resolveBackReference } from './subject.ts';
import { collapseSpace } from './spans.ts';
import { StageList, type Stage } from './stage-list.ts';
import { acronymBodiesStage } from './stages/acronym-bodies.ts';
import { aliasesStage, type Aliased } from './stages/aliases.ts';
import { candidatesStage, type Candidates } from './stages/candidates.ts';
import { entitiesStage, type Entities } from './stages/entities.ts';
import { structureStage, type Structured } from './stages/structure.ts';
import { subjectStage, type Subject } from './stages/subject.ts';
import { unitRelationsStage } from './stages/unit-relations.ts';
import { subordinateBodiesStage } from './stages/subordinate-bodies.ts';
import { typingStage, type Typed } from './stages/typing.ts';
import { unitsStage, type FoundUnits } from './stages/units.ts';
import { SUBORDINATE_LIST } from './unit-lists.ts';
import type { BlockNode, DocumentExtraction, ListNode, SectionNode, SourceDocument, TextRange } from './types.ts';
import { allSections, itemAsSection } from './walk.ts';


// The rest of the rules, in order, until each stage has its own module.
type RemainingInput = { source: SourceDocument } & Structured & Candidates & Aliased & { units: FoundUnits } & Typed & Entities & Subject;
const remainingStage: Stage<RemainingInput, { extraction: DocumentExtraction }> = {
  name: 'remaining',
  does: 'the stages not yet in their own modules',
  modules: ['extract-document.ts'],
  run: (state) => ({ extraction: extractRemaining(state) }),
};

/** The stages extractDocument runs, in order: the list is the composition. */
export const EXTRACTION = StageList.from<{ source: SourceDocument }>()
  .then(structureStage)
  .then(candidatesStage)
  .then(aliasesStage)
  .then(acronymBodiesStage)
  .then(unitsStage)
  .then(subordinateBodiesStage)
  .then(typingStage)
  .then(entitiesStage)
  .then(subjectStage)
  .then(unitRelationsStage)
  .then(remainingStage);

/** Extracts one document's entities and relations (pure; JSON-serialisable result). */
export function extractDocument(source: SourceDocument): DocumentExtraction {
  return EXTRACTION.run({ source }).extraction;
}

function extractRemaining({ source, model, text, title: firstTitle, mentions, units, canonicalNames, graph, orgs, orgIndex, orgKeyAt, laws, lawIndex, mainAgency }: RemainingInput): DocumentExtraction {
  const internalSections = units.sections;
  const internalLists = units.lists;

  const title = firstTitle;
  const ctx: DocumentContext = { model, text, mentions, graph, orgKeyAt, orgs, laws, mainAgency, orgIndex };


  // Function lists: HAS_RESPONSIBILITY per item.
  visitLists(text, model.root, [], (list, sections, intro) => {
    if (internalLists.has(list) || sections.some((s) => internalSections.has(s)) || list.items.length < 2 || list.style === 'bullet' && !sections.length) return false;
    const heading = [...sections].reverse().find((s) => s.heading)?.heading ?? null;
    // Every enclosing heading counts: "Functions" > "The FHSA shall:" > (a) (b) (c).
    const headingText = sections.map((s) => (s.heading ? text.slice(s.heading.start, s.heading.end) : '')).join(' | ');
    const introText = intro ? text.slice(intro.start, intro.end) : '';
    const title = model.root.children.find((c): c is SectionNode => c.kind === 'section')?.heading;
    const titleText = title ? text.slice(title.start, title.end) : '';
    if (LEGAL_BASIS_HEADING.test(heading ? text.slice(heading.start, heading.end) : '')) return false;
    // Role by content: verb-initial items are duties whatever the heading says; a cue word
    // in the heading, lead-in or title admits noun-phrase duties too.
    const isCued = FUNCTION_CONTEXT.test(headingText) || FUNCTION_CONTEXT.test(introText) || FUNCTION_CONTEXT.test(titleText);
    if (!isCued && !isDutyShaped(text, list)) return false;
    // A list led in by a report of what happened lists achievements, not duties.
    const leadIn = intro ? leadInSentence(splitSentences(text, intro)) : null;
    if (!isCued && leadIn && isStatementSentence(text.slice(leadIn.start, leadIn.end))) return false;
    if (isStatementList(text, list)) return false;
    const owner = ownerOfLeadIn(ctx, intro) ?? ownerOfSections(ctx, sections) ?? ctx.mainAgency;
    if (!owner) return false;
    for (const duty of dutiesOfList(text, list)) addDuty(graph, owner, duty.text, duty.range, 'responsibilities:function-list');
    return true;
  });

  // Legal-basis sections and subordinate-body lists.
  const sectionsInOrder = allSections(model.root, text).sort((a, b) => a.range.start - b.range.start);
  for (const section of sectionsInOrder) {
    if (!section.heading) continue;
    const headingText = collapseSpace(text.slice(section.heading.start, section.heading.end));
    const owner = ownerOf(ctx, section.heading) ?? ctx.mainAgency;
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
      for (const o of ctx.orgIndex.within({ start: section.heading.end, end: section.range.end })) {
        // The body must stand alone on its line (a list of names, not prose).
        const lineStart = text.lastIndexOf('\n', o.range.start - 1) + 1;
        if (text.slice(lineStart, o.range.start).replace(/^[\s\-*•\d.()]+/, '') !== '') continue;
        graph.addRelation('SUBORDINATE_TO', o.key, owner, o.range, 'relations:subordinate-list');
      }
    }
  }
  // Instrument lists by shape: most items name an instrument, whatever the heading says.
  for (const found of findInstrumentLists(text, model.root, lawIndex)) {
    const owner = ownerOf(ctx, found.cue) ?? ctx.mainAgency;
    if (owner) for (const law of found.laws) graph.addRelation('GOVERNED_BY', owner, law.key, found.evidence, 'relations:instrument-list');
  }
  const inlineRanges = [...mentions.sentences, ...mentions.pieces.flatMap((p) => {
    const kv = p.ancestors[p.ancestors.length - 1];
    return p.role === 'key' && kv?.kind === 'keyValue' ? [kv.range] : [];
  })];
  for (const found of findInlineInstruments(text, inlineRanges, lawIndex)) {
    const owner = ownerOf(ctx, found.cue) ?? ctx.mainAgency;
    if (owner) for (const law of found.laws) graph.addRelation('GOVERNED_BY', owner, law.key, found.evidence, 'relations:instrument-list');
  }
  // "Legal basis: the X Act" on one line.
  visitKeyValues(model.root, (key, value) => {
    if (!LEGAL_BASIS_HEADING.test(text.slice(key.start, key.end)) || !ctx.mainAgency) return;
    for (const law of lawIndex.within(value)) graph.addRelation('GOVERNED_BY', ctx.mainAgency, law.key, law.range, 'relations:legal-basis-line');
  });

  addGoverningLaws(graph, orgs, laws, ctx.mainAgency, title);
  addSentenceRelations(ctx);
  void findTitle;
  return scopeIdentities({ ...graph.toExtraction(source, canonicalNames), diagnostics: model.diagnostics }, text);
}

/** The body a lead-in introduces: the first organisation of its last sentence ("... GMCC undertakes to:"). */
function ownerOfLeadIn(ctx: DocumentContext, intro: TextRange | null): string | null {
  if (!intro) return null;
  const sentence = leadInSentence(splitSentences(ctx.text, intro));
  return ownerOf(ctx, sentence) ?? (sentence ? resolveBackReference(ctx.text, sentence, ctx.graph, ctx.orgs, ctx.mainAgency) : null) ?? ownerOf(ctx, intro);
}

/** The innermost enclosing heading that names a body: the subject stack's top for a list. */
function ownerOfSections(ctx: DocumentContext, sections: SectionNode[]): string | null {
  for (let i = sections.length - 1; i >= 0; i--) {
    const heading = sections[i]?.heading;
    const owner = ownerOf(ctx, heading) ?? (heading ? resolveBackReference(ctx.text, heading, ctx.graph, ctx.orgs, ctx.mainAgency) : null);
    if (owner) return owner;
  }
  return null;
}

// Calls back for every list (not a sub-list of a function list) with its sections and the
// paragraph or label right before it (its introduction); a list the callback does not take
// is searched for items that read as sections ("I. Main responsibilities" + its list).
function visitLists(text: string, section: SectionNode, sections: SectionNode[], callback: (list: ListNode, sections: SectionNode[], intro: TextRange | null) => boolean): void {
  const inner = [...sections, section];
  let previous: BlockNode | null = null;
  for (const child of section.children) {
    if (child.kind === 'list') {
      const intro = previous?.kind === 'paragraph' ? previous.range : section.heading && previous === null ? section.heading : null;
      if (!callback(child, inner, intro)) {
        for (const item of child.items) {
          const pseudo = itemAsSection(text, item);
          if (pseudo) visitLists(text, pseudo, inner, callback);
        }
      }
    }
    if (child.kind === 'section') visitLists(text, child, inner, callback);
    previous = child;
  }
}

function visitKeyValues(node: BlockNode, callback: (key: TextRange, value: TextRange) => void): void {
  switch (node.kind) {
    case 'keyValue':
      callback(node.key, node.value);
      break;
    case 'section':
    case 'item':
      for (const c of node.children) visitKeyValues(c, callback);
      break;
    case 'list':
      for (const i of node.items) visitKeyValues(i, callback);
      break;
    default:
      break;
  }
}
