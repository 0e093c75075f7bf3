// Stage "acronym-bodies": an acronym used as a body at least twice (possessive owner, subject
// of a verb) is a body at each use; once is not enough, nor is an acronym already declared.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { acronymBodiesStage } from '../../../../extractors/stages/acronym-bodies.ts';
import { sourceOf } from '../helpers.ts';

function acronymBodies(doc: string): string[] {
  const input = EXTRACTION.stateBefore(acronymBodiesStage, { source: sourceOf(doc) });
  const { bodies } = acronymBodiesStage.run(input);
  expect(bodies.slice(0, input.bodies.length)).toEqual(input.bodies);
  return bodies
    .filter((b) => b.extractor === 'agencies:acronym-body')
    .map((b) => `${b.range.start}:${input.text.slice(b.range.start, b.range.end)}`);
}

describe('acronym-bodies stage', () => {
  it('adds each use of an acronym the page uses as a body twice', () => {
    expect(acronymBodies("LWRA is leading the reform of river management. LWRA's board meets monthly.\n")).toEqual([
      '0:LWRA',
      '48:LWRA',
    ]);
  });

  it('needs two uses', () => {
    expect(acronymBodies('LWRA is leading the reform of river management.\n')).toEqual([]);
  });

  it('leaves an acronym the aliases stage already declared', () => {
    expect(
      acronymBodies(
        "The Lower Weir River Authority (LWRA) was set up in 1990. LWRA is leading the reform. LWRA's board meets monthly.\n",
      ),
    ).toEqual([]);
  });
});
