// Test helper for the stages that add facts: runs one stage of EXTRACTION on a document and
// lists the relations it added to the graph, as "TYPE from -> to [rules]" with entity names
// ("TYPE (title) from -> to [rules]" for a relation with a title).
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import type { LocalGraph } from '../../../../extractors/local-graph.ts';
import type { Stage } from '../../../../extractors/stage-list.ts';
import { sourceOf } from '../helpers.ts';

/** The relations one stage adds to the graph of a document, sorted. */
export function factsAddedBy<In extends { graph: LocalGraph }>(
  stage: Stage<In, object>,
  doc: string,
  id = 'doc.txt',
): string[] {
  const input = EXTRACTION.stateBefore(stage, { source: sourceOf(doc, id) });
  const before = new Set(input.graph.relations.keys());
  stage.run(input);
  const nameOf = (key: string): string => [...(input.graph.entities.get(key)?.names.keys() ?? [key])][0] ?? key;
  return [...input.graph.relations]
    .filter(([key]) => !before.has(key))
    .map(
      ([, r]) =>
        `${r.type}${r.properties.title ? ` (${r.properties.title})` : ''} ${nameOf(r.from)} -> ${nameOf(r.to)} [${[...r.extractors].sort().join(', ')}]`,
    )
    .sort();
}
