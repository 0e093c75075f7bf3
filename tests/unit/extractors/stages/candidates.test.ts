// Stage "candidates": mentions of bodies, instruments and people, each with its rule, and
// bodies named by their bracketed initials merged in start order.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { candidatesStage } from '../../../../extractors/stages/candidates.ts';
import type { TextRange } from '../../../../extractors/types.ts';
import { sourceOf } from '../helpers.ts';

function candidatesOf(doc: string) {
  const input = EXTRACTION.stateBefore(candidatesStage, { source: sourceOf(doc) });
  const { mentions } = candidatesStage.run(input);
  const at = (r: TextRange): string => input.text.slice(r.start, r.end);
  return { mentions, at };
}

describe('candidates stage', () => {
  it('finds a body, an instrument and a person with the rule behind each', () => {
    const { mentions, at } = candidatesOf(
      'The Harbour Safety Authority was established under the Harbour Safety Act 2001. It is headed by Jane Roe, Chief Inspector.\n',
    );
    expect(mentions.organisations.map((o) => [at(o.range), o.extractor])).toContainEqual([
      'Harbour Safety Authority',
      'agencies:head-word',
    ]);
    expect(mentions.laws.map((l) => [at(l.range), l.extractor])).toContainEqual([
      'Harbour Safety Act 2001',
      'laws:head-word',
    ]);
    expect(mentions.people.map((p) => at(p.range))).toContain('Jane Roe');
    expect(mentions.sentences).toHaveLength(2);
  });

  it('adds a body named by its own bracketed initials, in start order', () => {
    const { mentions, at } = candidatesOf(
      'The Grain Reserve Bureau runs a unit for Planning, Audit, and Logistics (PAL) and a Storage Division.\n',
    );
    const bodies = mentions.organisations.map((o) => [at(o.range), o.extractor]);
    expect(bodies).toContainEqual(['Planning, Audit, and Logistics', 'agencies:acronym-expansion']);
    const starts = mentions.organisations.map((o) => o.range.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('does not take initials after a post as a body ("Chief Information Officer (CIO)")', () => {
    const { mentions } = candidatesOf(
      'The Grain Reserve Bureau appointed a Chief Information Officer (CIO) in 2020.\n',
    );
    expect(mentions.organisations.some((o) => o.extractor === 'agencies:acronym-expansion')).toBe(false);
  });
});
