// acronym-bodies.ts: an all-capitals word is a body when the page uses it as one (possessive
// owner, subject of a finite verb, before a post word) at least twice; a bracketed acronym
// after capitalised words whose initials spell it marks those words as a body's name.
import { describe, expect, it } from 'vitest';
import { findAcronymBodies, findAcronymExpansions } from '../../../extractors/acronym-bodies.ts';
import { splitSentences } from '../../../extractors/sentences.ts';
import type { TextRange } from '../../../extractors/types.ts';
import { extract, namesOf, posts } from './helpers.ts';

const sentencesOf = (text: string): TextRange[] => splitSentences(text, { start: 0, end: text.length });
const bodies = (text: string, taken: TextRange[] = []): string[] =>
  findAcronymBodies(text, sentencesOf(text), taken).map((r) => `${text.slice(r.start, r.end)}@${r.start}`);
const expansions = (text: string): string[] =>
  findAcronymExpansions(text, sentencesOf(text), []).map((r) => text.slice(r.start, r.end));

describe('findAcronymBodies', () => {
  it.each([
    ['possessive owner', "XYZ's Board met in May. The report thanks XYZ for its help.", ['XYZ@0', 'XYZ@42']],
    ['subject of "is leading"', 'QRTA is leading the rollout. Funding went to QRTA in 2021.', ['QRTA@0', 'QRTA@45']],
    ['subject of a third-person verb', 'BRX supervises ports. BRX was founded in 1990.', ['BRX@0', 'BRX@22']],
    ['before a post word', 'The MWR Minister opened the dam. MWR staff attended.', ['MWR@4', 'MWR@33']],
  ])('%s: every use of the acronym is a body', (_kind, text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });

  it.each([
    [
      'a base form after it is a noun phrase ("GIS support")',
      'GIS support, data maintenance and printing. GIS maps are free.',
    ],
    [
      'the acronym of a post',
      'The Chief Data Officer (CDO) reports monthly. CDO is leading the review. The CDO’s team grew.',
    ],
    ['one use only', "XYZ's Board met in May."],
    ['roman numerals', 'III is leading. III is leading again.'],
    ['no body-like use', 'Send the PDF by post. The PDF file is large.'],
  ])('no body: %s', (_kind, text) => {
    expect(bodies(text)).toEqual([]);
  });

  it('leaves out uses inside ranges already taken by other mentions', () => {
    const text = "XYZ's Board met in May. XYZ is growing. The XYZ Trust Fund pays grants.";
    const taken = [{ start: 44, end: 62 }];
    expect(bodies(text, taken)).toEqual(['XYZ@0', 'XYZ@24']);
  });
});

describe('findAcronymExpansions', () => {
  it('takes the capitalised words whose initials spell the bracketed acronym', () => {
    expect(expansions('The office of Strategy, Data, and Performance (SDP) publishes reports.')).toEqual([
      'Strategy, Data, and Performance',
    ]);
    expect(expansions('Grants go through the Rural Transport Fund (RTF) each year.')).toEqual(['Rural Transport Fund']);
  });

  it('takes nothing when the initials do not spell the acronym or the run ends in a post word', () => {
    expect(expansions('Grants go through the Rural Transport Fund (XYZ) each year.')).toEqual([]);
    expect(expansions('The Chief Data Officer (CDO) publishes reports.')).toEqual([]);
  });

  it('leaves the owner\'s possessive out of the name ("the X Office\'s (XO) Management Board")', () => {
    expect(expansions('The Lakeland Asylum Support Office’s (LASO) Management Board met.')).toEqual([
      'Lakeland Asylum Support Office',
    ]);
    expect(expansions("The Port Tamsin Harbour Authority's (PTHA) board met.")).toEqual([
      'Port Tamsin Harbour Authority',
    ]);
  });
});

describe('an expansion that names a document, scheme or format', () => {
  it('is no body', () => {
    expect(
      expansions(
        'The Bureau issues the Temporary Study Permit (TSP), the Alien Resident Card (ARC) and forms in Open Document Format (ODF) under the Harbour Pilot Scheme (HPS).',
      ),
    ).toEqual([]);
    expect(expansions('The Lakes Data Office (LDO) issues the Lakes Data Report (LDR).')).toEqual([
      'Lakes Data Office',
    ]);
  });
});

describe('an acronym that spells a body the page names', () => {
  it('is that body wherever it stands, even once and after "of"', () => {
    const doc =
      'Lake news\n\nThe National Lake Management Agency was established in 2019. Jane Roe is the Chief Executive of NLMA.\n';
    expect(posts(extract(doc, 'news.txt'))).toEqual(['Jane Roe|Chief Executive|National Lake Management Agency']);
  });

  it('leaves a two-letter acronym and one no body spells alone', () => {
    const doc = 'Lake news\n\nThe Lake Police (LP) met. Jane Roe is the Chief Executive of NLMA and LP.\n';
    expect(namesOf(extract(doc, 'news.txt'), 'Agency')).toEqual(['Lake Police']);
  });
});

describe('an expansion that ends in a post word', () => {
  it('is a body when a body head word stands inside it, and a post otherwise', () => {
    const x = extract(
      'Lake news\n\nServices are run by the Lake Service Executive (LSE). The Chief Information Officer (CIO) and the Office Manager (OM) spoke.\n',
      'news.txt',
    );
    expect(namesOf(x, 'Agency')).toEqual(['Lake Service Executive']);
    expect(x.entities.find((e) => e.name === 'Lake Service Executive')?.aliases).toEqual(['LSE']);
  });
});
