// Stage "instruments": lists and sentences of instruments, "Legal basis:" lines, eponymous
// instruments and a reproduced statute each give GOVERNED_BY to the right body.
import { describe, expect, it } from 'vitest';
import { instrumentsStage } from '../../../../extractors/stages/instruments.ts';
import { factsAddedBy } from './graph-facts.ts';

describe('instruments stage', () => {
  it('reads a "Legal basis:" line for the subject', () => {
    const doc =
      'Coastal Survey Agency\n\nThe agency maps the coast.\nLegal basis: Shoreline Mapping Act 1999\nHeadquarters: Port Town\n';
    expect(factsAddedBy(instrumentsStage, doc)).toEqual([
      'GOVERNED_BY Coastal Survey Agency -> Shoreline Mapping Act 1999 [relations:legal-basis-line]',
    ]);
  });

  it('gives an instrument named after a body to that body, whatever the page is about', () => {
    const doc =
      'Ministry of Transport\n\nThe Ministry oversees the Harbour Safety Authority, which applies the Harbour Safety Authority Act 2001.\n';
    expect(factsAddedBy(instrumentsStage, doc)).toEqual([
      'GOVERNED_BY Harbour Safety Authority -> Harbour Safety Authority Act 2001 [relations:eponymous-instrument]',
    ]);
  });

  it('gives the subject the statute the document reproduces', () => {
    const doc =
      'Harbour Safety Act 2001\n\nThere is established the Harbour Safety Authority. The Authority shall inspect vessels.\n';
    expect(factsAddedBy(instrumentsStage, doc)).toEqual([
      'GOVERNED_BY Harbour Safety Authority -> Harbour Safety Act 2001 [relations:statute-duty, relations:statute-title]',
    ]);
  });

  it('reads a list most of whose items are instruments, under any heading', () => {
    const doc =
      'Harbour Board\n\nWhat we apply\n\n- Harbour Act 1990\n- Pilotage Regulations 2004\n- Dredging Code 2010\n';
    expect(factsAddedBy(instrumentsStage, doc)).toEqual([
      'GOVERNED_BY Harbour Board -> Dredging Code 2010 [relations:instrument-list]',
      'GOVERNED_BY Harbour Board -> Harbour Act 1990 [relations:instrument-list]',
      'GOVERNED_BY Harbour Board -> Pilotage Regulations 2004 [relations:instrument-list]',
    ]);
  });
});
