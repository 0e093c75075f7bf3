// Stage "subordinate-bodies": items of a subordinate-body list name bodies, head word or not;
// the same items under any other heading do not.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { subordinateBodiesStage } from '../../../../extractors/stages/subordinate-bodies.ts';
import { sourceOf } from '../helpers.ts';

function addedBodies(doc: string): string[][] {
  const input = EXTRACTION.stateBefore(subordinateBodiesStage, { source: sourceOf(doc) });
  const { bodies } = subordinateBodiesStage.run(input);
  expect(bodies.slice(0, input.bodies.length)).toEqual(input.bodies);
  return bodies.slice(input.bodies.length).map((b) => [input.text.slice(b.range.start, b.range.end), b.extractor]);
}

const ITEMS = '- Fishery Survey of Lowland\n- Parks Foundation\n- National Seed Institute\n';

describe('subordinate-bodies stage', () => {
  it('adds the items without a head-word mention under a subordinate-body heading', () => {
    expect(addedBodies(`Ministry of Agriculture\n\nAffiliated institutions\n\n${ITEMS}`)).toEqual([
      ['Fishery Survey of Lowland', 'agencies:subordinate-list-item'],
      ['Parks Foundation', 'agencies:subordinate-list-item'],
    ]);
  });

  it("leaves the initials after an item's name out of the name", () => {
    expect(
      addedBodies(
        'Ministry of Agriculture\n\nAffiliated institutions\n\n- Lowland Seed Laboratory (LNSL)\n- Parks Foundation\n',
      ),
    ).toEqual([
      ['Lowland Seed Laboratory', 'agencies:subordinate-list-item'],
      ['Parks Foundation', 'agencies:subordinate-list-item'],
    ]);
  });

  it('adds nothing under another heading', () => {
    expect(addedBodies(`Ministry of Agriculture\n\nNews\n\n${ITEMS}`)).toEqual([]);
  });
});
