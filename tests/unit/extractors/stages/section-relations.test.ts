// Stage "section-relations": a legal-basis section governs its owner by each instrument in
// it; a subordinate-body section makes each body alone on its line subordinate to its owner.
import { describe, expect, it } from 'vitest';
import { sectionRelationsStage } from '../../../../extractors/stages/section-relations.ts';
import { factsAddedBy } from './graph-facts.ts';

describe('section-relations stage', () => {
  it('gives the subject a GOVERNED_BY to each instrument of its legal-basis section', () => {
    const doc =
      'Harbour Board\n\nLegal basis\n\n- Harbour Act 1990\n- Pilotage Regulations 2004\n\nContact\n\nThe Dredging Act 1950 is not cited here.\n';
    expect(factsAddedBy(sectionRelationsStage, doc)).toEqual([
      'GOVERNED_BY Harbour Board -> Harbour Act 1990 [relations:legal-basis-section]',
      'GOVERNED_BY Harbour Board -> Pilotage Regulations 2004 [relations:legal-basis-section]',
    ]);
  });

  it('makes each body on its own line under a subordinate-body heading subordinate to the owner', () => {
    const doc =
      'Ministry of Transport\n\nAffiliated agencies\n\n- Harbour Board\n- Road Safety Authority\n\nThe Ministry works with the Rail Safety Commission.\n';
    expect(factsAddedBy(sectionRelationsStage, doc)).toEqual([
      'SUBORDINATE_TO Harbour Board -> Ministry of Transport [relations:subordinate-list]',
      'SUBORDINATE_TO Road Safety Authority -> Ministry of Transport [relations:subordinate-list]',
    ]);
  });

  it('adds nothing under other headings', () => {
    expect(
      factsAddedBy(sectionRelationsStage, 'Harbour Board\n\nNews\n\n- Harbour Act 1990\n- Road Safety Authority\n'),
    ).toEqual([]);
  });
});
