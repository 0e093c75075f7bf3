// Stage "sentence-relations" (EXTRACTION.md stage 5, "sentence rules stay as a second source
// of relations"): SUBORDINATE_TO, GOVERNED_BY and HOLDS_POSITION from sentence patterns, with
// pronouns and back-references resolved to the paragraph's body or the document's subject.
import { addAgenciesUnderLead } from '../agencies-under.ts';
import type { DocumentContext } from '../document-context.ts';
import { addSentenceRelations } from '../relations-sentences.ts';
import type { Stage } from '../stage-list.ts';

export const sentenceRelationsStage: Stage<DocumentContext, object> = {
  name: 'sentence-relations',
  does: "SUBORDINATE_TO, GOVERNED_BY and HOLDS_POSITION from sentence patterns and each person's post",
  modules: [
    'stages/sentence-relations.ts',
    'relations-sentences.ts',
    'post-bodies.ts',
    'post-groups.ts',
    'subject.ts',
    'leader-lines.ts',
    'agencies-under.ts',
  ],
  run: (ctx) => {
    addSentenceRelations(ctx);
    addAgenciesUnderLead(ctx);
    return {};
  },
};
