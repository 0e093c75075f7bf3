// extractDocument: one SourceDocument -> its DocumentExtraction, all in-document resolution
// done. The ordered stage list below is the composition: extractDocument runs exactly these
// stages, in this order, and `kg extract --explain` lists them from here (index.ts STAGES).
import { StageList } from './stage-list.ts';
import { acronymBodiesStage } from './stages/acronym-bodies.ts';
import { aliasesStage } from './stages/aliases.ts';
import { candidatesStage } from './stages/candidates.ts';
import { dutyListsStage } from './stages/duty-lists.ts';
import { bareSubjectStage } from './stages/bare-subject.ts';
import { entitiesStage } from './stages/entities.ts';
import { identityStage } from './stages/identity.ts';
import { instrumentsStage } from './stages/instruments.ts';
import { sectionRelationsStage } from './stages/section-relations.ts';
import { sentenceRelationsStage } from './stages/sentence-relations.ts';
import { structureStage } from './stages/structure.ts';
import { subjectStage } from './stages/subject.ts';
import { subordinateBodiesStage } from './stages/subordinate-bodies.ts';
import { typingStage } from './stages/typing.ts';
import { unitRelationsStage } from './stages/unit-relations.ts';
import { unitsStage } from './stages/units.ts';
import type { DocumentExtraction, SourceDocument } from './types.ts';

/** The stages extractDocument runs, in order; the compiler checks that each reads only what earlier ones wrote. */
export const EXTRACTION = StageList.from<{ source: SourceDocument }>()
  // Layout and outline.
  .then(structureStage)
  // Names: what is a name, and what kind of thing it names.
  .then(candidatesStage)
  .then(aliasesStage)
  .then(acronymBodiesStage)
  .then(bareSubjectStage)
  // Roles: which blocks list units or subordinate bodies.
  .then(unitsStage)
  .then(subordinateBodiesStage)
  // Typing by attachment, entities, and the subject at the bottom of the stack.
  .then(typingStage)
  .then(entitiesStage)
  .then(subjectStage)
  // Relations, each from one kind of evidence.
  .then(unitRelationsStage)
  .then(dutyListsStage)
  .then(sectionRelationsStage)
  .then(instrumentsStage)
  .then(sentenceRelationsStage)
  // The document's extraction, identities scoped.
  .then(identityStage);

/** Extracts one document's entities and relations (pure; JSON-serialisable result). */
export function extractDocument(source: SourceDocument): DocumentExtraction {
  return EXTRACTION.run({ source }).extraction;
}
