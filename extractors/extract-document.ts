// extractDocument: one SourceDocument -> its DocumentExtraction, all in-document
// resolution done. Composes the stages in the order index.ts lists them.
import { scopeIdentities } from './identity-scope.ts';
import { StageList, type Stage } from './stage-list.ts';
import { acronymBodiesStage } from './stages/acronym-bodies.ts';
import { aliasesStage, type Aliased } from './stages/aliases.ts';
import { candidatesStage, type Candidates } from './stages/candidates.ts';
import { dutyListsStage } from './stages/duty-lists.ts';
import { entitiesStage, type Entities } from './stages/entities.ts';
import { instrumentsStage } from './stages/instruments.ts';
import { sectionRelationsStage } from './stages/section-relations.ts';
import { sentenceRelationsStage } from './stages/sentence-relations.ts';
import { structureStage, type Structured } from './stages/structure.ts';
import { subjectStage, type Subject } from './stages/subject.ts';
import { unitRelationsStage } from './stages/unit-relations.ts';
import { subordinateBodiesStage } from './stages/subordinate-bodies.ts';
import { typingStage, type Typed } from './stages/typing.ts';
import { unitsStage, type FoundUnits } from './stages/units.ts';
import type { DocumentExtraction, SourceDocument } from './types.ts';


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
  .then(instrumentsStage)
  .then(sentenceRelationsStage)
  .then(remainingStage);

/** Extracts one document's entities and relations (pure; JSON-serialisable result). */
export function extractDocument(source: SourceDocument): DocumentExtraction {
  return EXTRACTION.run({ source }).extraction;
}

function extractRemaining({ source, model, text, canonicalNames, graph }: RemainingInput): DocumentExtraction {
  return scopeIdentities({ ...graph.toExtraction(source, canonicalNames), diagnostics: model.diagnostics }, text);
}
