// Instrument titles written as a comma series or after a lone instrument word, and their
// bracketed short forms (law-aliases.ts). All titles are invented.
import { describe, expect, it } from 'vitest';
import { findLawsInRuns } from '../../../extractors/laws.ts';
import { extract, namesOf } from './helpers.ts';

const lawsIn = (sentence: string): string[] =>
  findLawsInRuns(sentence, { start: 0, end: sentence.length }).map((m) => sentence.slice(m.range.start, m.range.end));

describe('instrument titles', () => {
  it('keeps a comma series that closes with "and" before the instrument word', () => {
    expect(lawsIn('as required by the Canal Works, Locks and Weirs Act 2011 (CWLW Act).')).toEqual([
      'Canal Works, Locks and Weirs Act 2011',
      'CWLW Act',
    ]);
    expect(lawsIn('under the Harbour Safety, Pilotage, and Moorings Regulations.')).toEqual([
      'Harbour Safety, Pilotage, and Moorings Regulations',
    ]);
  });

  it('does not join a series of places that reaches no instrument word', () => {
    expect(lawsIn('Offices in Wexmoor, Dunmere and Kestrel Bay apply the Canal Act 1999.')).toEqual(['Canal Act 1999']);
  });

  it('keeps a lone instrument word before "and" inside the title', () => {
    expect(lawsIn('Changes authorised by the Acts and Rules Printing Act 1990 were made.')).toEqual([
      'Acts and Rules Printing Act 1990',
    ]);
  });
});

describe('numbers and dates in a title', () => {
  it('keeps "No" with its number and date, and a date with the number after it', () => {
    expect(lawsIn('Law of Calder No 1463 of 4 October 2013 – website, 22.10.2013')).toEqual([
      'Law of Calder No 1463 of 4 October 2013',
    ]);
    expect(lawsIn('as amended by the Constitutional Law of the Republic of Calder dated June 19, 2007 N 267.')).toEqual(
      ['Constitutional Law of the Republic of Calder dated June 19, 2007 N 267'],
    );
  });

  it('leaves out a date with no number, which cites the law by its title', () => {
    expect(lawsIn('Pursuant to the Law on Harbour Organization dated February 18, 2025;')).toEqual([
      'Law on Harbour Organization',
    ]);
  });

  it('reads no instrument in the title of one of its parts', () => {
    for (const doc of [
      'Harbour Act 2031\n\nChapter 1. General Provisions\n',
      '# Harbour Act 2031\n\n## Final Provisions\n',
    ])
      expect(namesOf(extract(doc, doc.startsWith('#') ? 'a.md' : 'a.txt'), 'Law')).toEqual(['Harbour Act 2031']);
  });
});

describe('short forms of instruments', () => {
  it('merges a bracketed short title into the full title, whatever the quoting', () => {
    for (const bracket of ['(CWLW Act)', '(the "CWLW Act")', '(the CWLW Act)']) {
      const x = extract(
        `Canal Board\n\nThe Board reports under the Canal Works, Locks and Weirs Act 2011 ${bracket}. The CWLW Act also sets its budget.\n`,
      );
      const laws = x.entities.filter((e) => e.type === 'Law');
      expect(laws.map((l) => l.name)).toEqual(['Canal Works, Locks and Weirs Act 2011']);
      expect(laws[0]?.aliases).toContain('CWLW Act');
    }
  });

  it('keeps two different instruments apart when the bracket is a citation, not a short title', () => {
    const x = extract(
      'Canal Board\n\nThe Board was set up under the Canal Act 1999 (amended by the Locks Act 2004).\n',
    );
    expect(namesOf(x, 'Law').sort()).toEqual(['Canal Act 1999', 'Locks Act 2004']);
  });
});

describe('persons in further columns of a table', () => {
  it('reads every column of person names, and gives the extra column no post', () => {
    const doc =
      'Ministers since 1990\n\nNo | Name | Start | Head of State |\n---|---|---|---|\n1 | Jonas Pyle | 1990 | Marta Quell |\n2 | Amara Kell | 1994 | |\n3 | Omar Feld | 1998 | Tobias Renn |\n';
    const x = extract(doc);
    expect(namesOf(x, 'Person').sort()).toEqual([
      'Amara Kell',
      'Jonas Pyle',
      'Marta Quell',
      'Omar Feld',
      'Tobias Renn',
    ]);
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    const holders = x.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => names.get(r.from));
    expect(holders).not.toContain('Marta Quell');
    expect(holders).not.toContain('Tobias Renn');
  });
});
