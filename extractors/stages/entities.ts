// Stage "entities": the document's LocalGraph, with one entity per typed body group, law and
// person. Every mention adds its name and span under the rule that found it. From here on,
// stages add facts to this graph and read only these entities from it.
import type { OrganisationMention } from '../agencies.ts';
import type { AliasPair } from '../aliases.ts';
import { rangeKey, type KeyedBody, type KeyedLaw } from '../document-context.ts';
import { LocalGraph, nameKey } from '../local-graph.ts';
import { lawAliases } from '../law-aliases.ts';
import type { DocumentMentions } from '../mentions.ts';
import { normaliseName } from '../normalise-name.ts';
import { RangeIndex } from '../range-index.ts';
import { rangeText } from '../spans.ts';
import type { Stage } from '../stage-list.ts';
import type { TextRange } from '../types.ts';
import type { FoundUnits } from './units.ts';

/** What the entities stage adds: the graph, and the keyed mentions the relation stages look up. */
export interface Entities {
  graph: LocalGraph;
  /** Body mentions with their keys, sorted by start (longest first). */
  orgs: KeyedBody[];
  orgIndex: RangeIndex<KeyedBody>;
  /** Entity key of the body mention at exactly a range (rangeKey). */
  orgKeyAt: Map<string, string>;
  laws: KeyedLaw[];
  lawIndex: RangeIndex<KeyedLaw>;
  /** The mentions, people refined: a listed unit is not a person. */
  mentions: DocumentMentions;
}

type EntitiesInput = {
  text: string;
  mentions: DocumentMentions;
  bodies: OrganisationMention[];
  aliasPairs: AliasPair[];
  bodyKeys: Map<string, string>;
  units: FoundUnits;
};

export const entitiesStage: Stage<EntitiesInput, Entities> = {
  name: 'entities',
  does: 'one entity per typed body group, law (short forms keyed with their full title) and person, each mention under its rule; a listed unit is not a person',
  modules: ['stages/entities.ts', 'local-graph.ts', 'law-aliases.ts', 'document-context.ts'],
  run: ({ text, mentions, bodies, aliasPairs, bodyKeys, units }) => {
    const graph = new LocalGraph();
    const nameOf = (r: TextRange): string => rangeText(text, r);
    const orgKeyAt = new Map<string, string>();
    const orgs: KeyedBody[] = [];
    for (const o of bodies) {
      const key = bodyKeys.get(normaliseName(nameOf(o.range)));
      if (!key) continue;
      graph.addEntity(
        key,
        key.startsWith('Department') ? 'Department' : 'Agency',
        nameOf(o.range),
        o.range,
        o.extractor,
      );
      orgKeyAt.set(rangeKey(o.range), key);
      orgs.push(o.parent ? { range: o.range, key, parent: o.parent } : { range: o.range, key });
    }
    for (const p of aliasPairs) {
      const key = bodyKeys.get(normaliseName(p.alias));
      if (key)
        graph.addEntity(
          key,
          key.startsWith('Department') ? 'Department' : 'Agency',
          p.alias,
          p.aliasRange,
          p.extractor,
        );
    }
    orgs.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);

    const laws: KeyedLaw[] = [];
    const lawShortForms = lawAliases(text, mentions.laws);
    for (const l of mentions.laws) {
      const name = nameOf(l.range);
      const key = graph.addEntity(
        nameKey('Law', lawShortForms.get(normaliseName(name)) ?? name),
        'Law',
        name,
        l.range,
        l.extractor,
      );
      laws.push({ range: l.range, key });
    }
    // A unit-list item is a unit, not a person ("Corporate Services – Handles finance").
    const unitIndex = new RangeIndex(units.items.map((u) => ({ range: u.unit })));
    const people = mentions.people.filter((p) => unitIndex.overlapping(p.range).length === 0);
    for (const p of people) {
      const name = nameOf(p.range);
      graph.addEntity(nameKey('Person', name), 'Person', name, p.range, p.extractor);
    }
    return {
      graph,
      orgs,
      orgIndex: new RangeIndex(orgs),
      orgKeyAt,
      laws,
      lawIndex: new RangeIndex(laws),
      mentions: { ...mentions, people },
    };
  },
};
