// placement.ts: a unit placed at or within another body ("the Office of X (OX) at the
// Department of Y") is that body's Department.
import { describe, expect, it } from 'vitest';
import { findPlacements } from '../../../extractors/placement.ts';
import { extract, triples } from './helpers.ts';

const departments = (doc: string): string[] => triples(extract(doc)).filter((t) => t.startsWith('HAS_DEPARTMENT '));

describe('placement', () => {
  it.each([
    'The Office of Open Records (OOR) at the Department of Civic Archives publishes datasets.',
    'The Office of Open Records at the Department of Civic Archives publishes datasets.',
    'The Office of Open Records, which resides in the Department of Civic Archives, publishes datasets.',
  ])('%j: the office is a Department of the body it is placed at', (sentence) => {
    expect(departments(`Data Notes\n\n${sentence}\n`)).toEqual([
      'HAS_DEPARTMENT Department of Civic Archives -> Office of Open Records',
    ]);
  });

  it('does not place a body that merely works with another', () => {
    expect(
      departments(
        'Data Notes\n\nThe Office of Open Records works with the Department of Civic Archives on datasets.\n',
      ),
    ).toEqual([]);
  });

  it('pairs only a unit-headed body with the next body after a placing word', () => {
    const t =
      'The Civic Archives Agency at the Department of Culture and the Records Division within the Civic Archives Agency.';
    const at = (s: string, from = 0): { range: { start: number; end: number } } => {
      const i = t.indexOf(s, from);
      return { range: { start: i, end: i + s.length } };
    };
    const bodies = [
      at('Civic Archives Agency'),
      at('Department of Culture'),
      at('Records Division'),
      at('Civic Archives Agency', 40),
    ];
    const show = findPlacements(t, bodies).map(
      (p) => `${t.slice(p.unit.start, p.unit.end)} < ${t.slice(p.parent.start, p.parent.end)}`,
    );
    expect(show).toEqual(['Records Division < Civic Archives Agency']);
  });
});
