// Stage "entities": one graph entity per typed body group, law and person, with each mention's
// name under the rule that found it; the keyed mentions the relation stages look up; and no
// person for a name that a unit list already took as a unit.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { entitiesStage } from '../../../../extractors/stages/entities.ts';
import { sourceOf } from '../helpers.ts';

function entitiesOf(doc: string) {
  const input = EXTRACTION.stateBefore(entitiesStage, { source: sourceOf(doc) });
  const out = entitiesStage.run(input);
  const entity = (key: string) => {
    const draft = out.graph.entities.get(key);
    return (
      draft && { type: draft.type, names: [...draft.names.keys()].sort(), extractors: [...draft.extractors].sort() }
    );
  };
  return { ...out, input, entity };
}

describe('entities stage', () => {
  it('makes one entity of a body and its acronym, with both names and both rules', () => {
    const { entity, orgs, orgKeyAt } = entitiesOf(
      'The Inland Waterways Agency (IWA) keeps the canals open. IWA licenses boats.\n',
    );
    expect(entity('Agency:inland waterways agency')).toEqual({
      type: 'Agency',
      names: ['IWA', 'Inland Waterways Agency'],
      extractors: ['agencies:head-word', 'aliases:brackets', 'aliases:occurrence'],
    });
    expect(orgs.map((o) => o.key)).toEqual([
      'Agency:inland waterways agency',
      'Agency:inland waterways agency',
      'Agency:inland waterways agency',
    ]);
    expect(orgKeyAt.get('4:27')).toBe('Agency:inland waterways agency');
  });

  it('adds laws and people, and no relations yet', () => {
    const { entity, laws, lawIndex, graph } = entitiesOf(
      'The Harbour Safety Authority was established under the Harbour Safety Act 2001. It is headed by Jane Roe, Chief Inspector.\n',
    );
    expect(entity('Law:harbour safety act 2001')).toEqual({
      type: 'Law',
      names: ['Harbour Safety Act 2001'],
      extractors: ['laws:head-word'],
    });
    expect(entity('Person:jane roe')?.type).toBe('Person');
    expect(laws.map((l) => l.key)).toEqual(['Law:harbour safety act 2001']);
    expect(lawIndex.items).toEqual(laws);
    expect(graph.relations.size).toBe(0);
  });

  it('drops a person mention that a unit list took as a unit', () => {
    const doc =
      'Harbour Board\n\nOrganisational structure\n\n- Corporate Services – Handles finance and staff\n- Pilotage Division – Licenses pilots\n';
    const input = EXTRACTION.stateBefore(entitiesStage, { source: sourceOf(doc) });
    const unit = input.units.items[0]?.unit;
    expect(unit && input.text.slice(unit.start, unit.end)).toBe('Corporate Services');
    // No person rule reads "Corporate Services" as a name today; the stage must drop one that does.
    const misread = { range: unit ?? { start: 0, end: 0 }, extractor: 'people:leader-line' as const };
    const out = entitiesStage.run({
      ...input,
      mentions: { ...input.mentions, people: [...input.mentions.people, misread] },
    });
    expect(out.mentions.people).not.toContain(misread);
    expect([...out.graph.entities.keys()].filter((k) => k.startsWith('Person:'))).toEqual([]);
    expect(out.graph.entities.get('Department:corporate services')?.type).toBe('Department');
  });
});
