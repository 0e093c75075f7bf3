// extractDocument: one SourceDocument -> its DocumentExtraction, all in-document
// resolution done. Composes the stages in the order index.ts lists them.
import { scopeIdentities } from './identity-scope.ts';
import { ownerOf, type DocumentContext } from './document-context.ts';
import { findInlineInstruments, findInstrumentLists } from './instrument-lists.ts';
import { LEGAL_BASIS_HEADING } from './mentions.ts';
import { addSentenceRelations, findTitle } from './relations-sentences.ts';
import { addGoverningLaws } from './governing-laws.ts';
import { StageList, type Stage } from './stage-list.ts';
import { acronymBodiesStage } from './stages/acronym-bodies.ts';
import { aliasesStage, type Aliased } from './stages/aliases.ts';
import { candidatesStage, type Candidates } from './stages/candidates.ts';
import { dutyListsStage } from './stages/duty-lists.ts';
import { entitiesStage, type Entities } from './stages/entities.ts';
import { sectionRelationsStage } from './stages/section-relations.ts';
import { structureStage, type Structured } from './stages/structure.ts';
import { subjectStage, type Subject } from './stages/subject.ts';
import { unitRelationsStage } from './stages/unit-relations.ts';
import { subordinateBodiesStage } from './stages/subordinate-bodies.ts';
import { typingStage, type Typed } from './stages/typing.ts';
import { unitsStage, type FoundUnits } from './stages/units.ts';
import type { BlockNode, DocumentExtraction, SourceDocument, TextRange } from './types.ts';


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
  .then(dutyListsStage)
  .then(sectionRelationsStage)
  .then(remainingStage);

/** Extracts one document's entities and relations (pure; JSON-serialisable result). */
export function extractDocument(source: SourceDocument): DocumentExtraction {
  return EXTRACTION.run({ source }).extraction;
}

function extractRemaining({ source, model, text, title: firstTitle, mentions, canonicalNames, graph, orgs, orgIndex, orgKeyAt, laws, lawIndex, mainAgency }: RemainingInput): DocumentExtraction {
  const title = firstTitle;
  const ctx: DocumentContext = { model, text, mentions, graph, orgKeyAt, orgs, laws, mainAgency, orgIndex };


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
