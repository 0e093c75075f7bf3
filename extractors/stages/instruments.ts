// Stage "instruments" (EXTRACTION.md stages 4-5, `instruments` nodes give GOVERNED_BY): a
// list or sentence most of whose items name instruments, a "Legal basis: ..." line, an
// instrument named after a body, and the statute a document reproduces (its title names it)
// each give GOVERNED_BY, owned by the body the cue names, else the document's subject.
import { ownerOf, type KeyedBody, type KeyedLaw } from '../document-context.ts';
import { addGoverningLaws, addStatuteDuties } from '../governing-laws.ts';
import { findInlineInstruments, findInstrumentLists } from '../instrument-lists.ts';
import type { LocalGraph } from '../local-graph.ts';
import { LEGAL_BASIS_HEADING, type DocumentMentions } from '../mentions.ts';
import type { RangeIndex } from '../range-index.ts';
import type { Stage } from '../stage-list.ts';
import type { BlockNode, DocumentModel, TextRange } from '../types.ts';

type InstrumentsInput = {
  model: DocumentModel;
  text: string;
  title: TextRange | null;
  mentions: DocumentMentions;
  graph: LocalGraph;
  orgs: KeyedBody[];
  orgIndex: RangeIndex<KeyedBody>;
  laws: KeyedLaw[];
  lawIndex: RangeIndex<KeyedLaw>;
  mainAgency: string | null;
};

export const instrumentsStage: Stage<InstrumentsInput, object> = {
  name: 'instruments',
  does: 'instrument lists and sentences, "Legal basis:" lines, eponymous instruments, a reproduced statute and the bodies it founds or gives duties -> GOVERNED_BY',
  modules: ['stages/instruments.ts', 'instrument-lists.ts', 'governing-laws.ts'],
  run: (state) => {
    const { model, text, title, mentions, graph, orgs, laws, lawIndex, mainAgency } = state;
    // Instrument lists by shape: most items name an instrument, whatever the heading says.
    for (const found of findInstrumentLists(text, model.root, lawIndex)) {
      const owner = ownerOf(state, found.cue) ?? mainAgency;
      if (owner)
        for (const law of found.laws)
          graph.addRelation('GOVERNED_BY', owner, law.key, found.evidence, 'relations:instrument-list');
    }
    const inlineRanges = [
      ...mentions.sentences,
      ...mentions.pieces.flatMap((p) => {
        const kv = p.ancestors[p.ancestors.length - 1];
        return p.role === 'key' && kv?.kind === 'keyValue' ? [kv.range] : [];
      }),
    ];
    for (const found of findInlineInstruments(text, inlineRanges, lawIndex)) {
      const owner = ownerOf(state, found.cue) ?? mainAgency;
      if (owner)
        for (const law of found.laws)
          graph.addRelation('GOVERNED_BY', owner, law.key, found.evidence, 'relations:instrument-list');
    }
    // "Legal basis: the X Act" on one line.
    visitKeyValues(model.root, (key, value) => {
      if (!LEGAL_BASIS_HEADING.test(text.slice(key.start, key.end)) || !mainAgency) return;
      for (const law of lawIndex.within(value))
        graph.addRelation('GOVERNED_BY', mainAgency, law.key, law.range, 'relations:legal-basis-line');
    });
    addGoverningLaws(graph, orgs, laws, mainAgency, title);
    const statute = title ? lawIndex.within(title)[0] : undefined;
    if (statute) addStatuteDuties(graph, text, mentions.sentences, (r) => state.orgIndex.within(r), statute);
    return {};
  },
};

// Calls back for every key/value line, in document order. The outline's depth is bounded
// (nesting-limit.ts), so the recursion is too.
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
