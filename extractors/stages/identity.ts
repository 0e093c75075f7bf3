// Stage "identity" (EXTRACTION.md stage 6 for one document): the graph is frozen into the
// JSON-serialisable DocumentExtraction (spans mapped back to the original text, canonical
// names chosen), with the structure stage's diagnostics, and each entity's identity scope is
// written into its key: a Department's parents, a generic agency name's jurisdiction.
import { scopeIdentities } from '../identity-scope.ts';
import type { LocalGraph } from '../local-graph.ts';
import type { Stage } from '../stage-list.ts';
import type { DocumentExtraction, DocumentModel, SourceDocument } from '../types.ts';

type IdentityInput = {
  source: SourceDocument;
  model: DocumentModel;
  text: string;
  graph: LocalGraph;
  canonicalNames: Map<string, string>;
};

export const identityStage: Stage<IdentityInput, { extraction: DocumentExtraction }> = {
  name: 'identity',
  does: 'freezes the graph into the document extraction (original offsets, canonical names, diagnostics) and scopes identities: a unit by its parents, a generic agency name by its jurisdiction',
  modules: ['stages/identity.ts', 'local-graph.ts', 'identity-scope.ts', 'scoped-keys.ts'],
  run: ({ source, model, text, graph, canonicalNames }) => ({
    extraction: scopeIdentities(
      { ...graph.toExtraction(source, canonicalNames), diagnostics: model.diagnostics },
      text,
    ),
  }),
};
