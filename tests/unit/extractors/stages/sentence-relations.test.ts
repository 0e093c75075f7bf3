// Stage "sentence-relations": sentence cues give SUBORDINATE_TO and GOVERNED_BY, people get
// HOLDS_POSITION to the body their post names, and "It" resolves to the paragraph's body.
import { describe, expect, it } from 'vitest';
import { sentenceRelationsStage } from '../../../../extractors/stages/sentence-relations.ts';
import { factsAddedBy } from './graph-facts.ts';

describe('sentence-relations stage', () => {
  it('reads SUBORDINATE_TO and GOVERNED_BY from sentence cues', () => {
    const doc =
      'The Harbour Board is an agency of the Ministry of Transport. It was established under the Harbour Act 1990.\n';
    expect(factsAddedBy(sentenceRelationsStage, doc)).toEqual([
      'GOVERNED_BY Harbour Board -> Harbour Act 1990 [relations:established-under]',
      'SUBORDINATE_TO Harbour Board -> Ministry of Transport [relations:subordinate-cue]',
    ]);
  });

  it('gives a person HOLDS_POSITION to the body their post names, with the post as title', () => {
    const doc = 'Harbour Board\n\nJane Roe – Director of the Pilotage Division\n';
    expect(factsAddedBy(sentenceRelationsStage, doc)).toEqual([
      'HOLDS_POSITION (Director) Jane Roe -> Pilotage Division [people:leader-line]',
    ]);
  });

  it('reads the reverse cue: the bodies a body supervises are subordinate to it', () => {
    const doc = 'The Ministry of Transport supervises two agencies: the Harbour Board and the Road Safety Authority.\n';
    expect(factsAddedBy(sentenceRelationsStage, doc)).toEqual([
      'SUBORDINATE_TO Harbour Board -> Ministry of Transport [relations:supervises-list]',
      'SUBORDINATE_TO Road Safety Authority -> Ministry of Transport [relations:supervises-list]',
    ]);
  });

  it('gives "the department is led by Name" to the department whose description it is, not to the page body', () => {
    const doc =
      'Ministry of Harbours\n\nDepartments\n\n- Department of Ferries\n\n  The department licenses ferries. The department is led by Director General Ana Reyl.\n\n- Department of Tugs\n\n  The department runs tugs.\n';
    expect(factsAddedBy(sentenceRelationsStage, doc).filter((f) => f.startsWith('HOLDS_POSITION'))).toEqual([
      'HOLDS_POSITION (Director General) Ana Reyl -> Department of Ferries [people:headed-by]',
    ]);
  });
});
