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
    'Jane Roe, Director, Office of Open Records in the Department of Civic Archives, publishes datasets.',
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

describe('an office of a post held to another body', () => {
  it.each([
    'Office of the Secretary to the Harbour Government',
    'Office of the Special Adviser to the President on Lakes',
    'Office of the Legal Counsel to the Lake Commission',
  ])('%j is one body, not a unit of the body the post serves', (name) => {
    const doc = `Lake Notes\n\nThe ${name} issued a statement.\n`;
    const x = extract(doc);
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.name)).toContain(name);
    expect(x.entities.filter((e) => e.type === 'Department')).toEqual([]);
    expect(departments(doc)).toEqual([]);
  });

  it('still reads "to" as a verb after a body that is no post', () => {
    const x = extract('Lake Notes\n\nThe Ministry of Lakes reports to the Office of the Prime Minister.\n');
    expect(x.entities.map((e) => e.name).sort()).toEqual(['Ministry of Lakes', 'Office of the Prime Minister']);
  });
});
