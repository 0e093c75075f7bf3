// Stage "units": which lists, tables, name lines and sentences list units, and the body
// mentions it adds for units written without a head word.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { unitsStage } from '../../../../extractors/stages/units.ts';
import type { TextRange } from '../../../../extractors/types.ts';
import { sourceOf } from '../helpers.ts';

function unitsOf(doc: string, id = 'doc.txt') {
  const input = EXTRACTION.stateBefore(unitsStage, { source: sourceOf(doc, id) });
  const out = unitsStage.run(input);
  const at = (r: TextRange | null): string | null => (r ? input.text.slice(r.start, r.end) : null);
  const added = out.bodies.slice(input.bodies.length).map((b) => [at(b.range), b.extractor]);
  return { ...out, at, added, input };
}

describe('units stage', () => {
  it('takes each item of an internal-organisation list as a unit, head word or not', () => {
    const { units, at, added } = unitsOf(
      'Harbour Board\n\nOrganisational structure\n\n- Pilotage Division – licenses pilots\n- Dredging Team\n- Records Office\n',
    );
    expect(units.items.map((u) => at(u.unit))).toEqual(['Pilotage Division', 'Dredging Team', 'Records Office']);
    expect(units.items[0] && at(units.items[0].description)).toBe('licenses pilots');
    expect(units.items.every((u) => at(u.ownerCue) === 'Organisational structure')).toBe(true);
    expect(units.lists.size).toBe(1);
    expect(units.sections.size).toBe(1);
    expect(added).toEqual([['Dredging Team', 'agencies:unit-list-item']]);
  });

  it('reads a unit table with its duty column', () => {
    const doc =
      '# Harbour Board\n\n## Our divisions\n\n| Division | Functions |\n| --- | --- |\n| Pilotage Division | Licenses pilots |\n| Dredging Team | Keeps the channel open |\n';
    const { units, at, added } = unitsOf(doc, 'board.md');
    expect(units.rows.map((r) => [at(r.unit), at(r.duty)])).toEqual([
      ['Pilotage Division', 'Licenses pilots'],
      ['Dredging Team', 'Keeps the channel open'],
    ]);
    expect(added).toEqual([['Dredging Team', 'agencies:unit-table-cell']]);
  });

  it('reads units enumerated in one sentence', () => {
    const { units, at } = unitsOf(
      'The Harbour Board is organised into three divisions: the Pilotage Division, the Dredging Division and the Finance Division.\n',
    );
    expect(units.items.map((u) => at(u.unit))).toEqual(['Pilotage Division', 'Dredging Division', 'Finance Division']);
  });

  it('keeps what an enumerated unit is "of" whole across commas, and drops citation marks', () => {
    const { units, at } = unitsOf(
      'The ministry has the following departments: Directorate of Protocol, Directorate of Lakes, Rivers and the Coast, Directorate of Roads, far Islands and the Reefs and Directorate of Legal Affairs.[2]\n',
    );
    expect(units.items.map((u) => at(u.unit))).toEqual([
      'Directorate of Protocol',
      'Directorate of Lakes, Rivers and the Coast',
      'Directorate of Roads, far Islands and the Reefs',
      'Directorate of Legal Affairs',
    ]);
  });

  it('leaves no shorter body run inside or across enumerated units', () => {
    const { bodies, at } = unitsOf(
      'The ministry has the following departments: Directorate of Roads, far Islands and the Reefs and Directorate of Legal Affairs.\n',
    );
    expect(bodies.map((b) => at(b.range)).sort()).toEqual([
      'Directorate of Legal Affairs',
      'Directorate of Roads, far Islands and the Reefs',
    ]);
  });

  it('does not run a list of posts after a colon into one unit', () => {
    const { units } = unitsOf(
      'Jane Roe : Member of the Party Group and Deputy Director of the Ministry of Lakes and Coastal Affairs long [23]\n',
    );
    expect(units.items).toEqual([]);
  });

  it('reads "there are N <units> ..., namely; A, B" and keeps bracketed initials out of each name', () => {
    const { units, at } = unitsOf(
      'The Department of Harbours also performs other functions. There are three Wings in the Department headed by three Deputy Secretaries, namely; Operations Wing, Policy Wing 1, Policy Wing 2. There are also three Secretariats, namely; National Lakes Council (NLC), Office of Reef Assessment (ORA) and Pacific Reef Cooperation (PRC).\n',
    );
    expect(units.items.map((u) => at(u.unit))).toEqual([
      'Operations Wing',
      'Policy Wing 1',
      'Policy Wing 2',
      'National Lakes Council',
      'Office of Reef Assessment',
      'Pacific Reef Cooperation',
    ]);
  });

  it('joins a headless part to the head-final name after its "and", and reads a lower-case head word', () => {
    const { units, at } = unitsOf(
      'The Directorate of Lakes consists of Human Resource Division, Information Communication and Technology Division, Finance Division and Legal services.\n',
    );
    expect(units.items.map((u) => at(u.unit))).toEqual([
      'Human Resource Division',
      'Information Communication and Technology Division',
      'Finance Division',
      'Legal services',
    ]);
  });

  it('finds no units in a list of duties', () => {
    const { units, added } = unitsOf(
      'Harbour Board\n\nFunctions\n\n- License pilots\n- Keep the channel dredged\n- Publish tide tables\n',
    );
    expect(units.items).toEqual([]);
    expect(units.rows).toEqual([]);
    expect(added).toEqual([]);
  });
});
