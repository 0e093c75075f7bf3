// info-box-fields.ts: an info box's field names say how a value stands to the page's body,
// whether the box is written "Key: Value" or, as raw dumps do, "Key1:Value".
import { describe, expect, it } from 'vitest';
import { fieldRole } from '../../../extractors/info-box-fields.ts';
import { extract, posts, triples } from './helpers.ts';

describe('fieldRole', () => {
  it('reads child and parent bodies, key documents and posts, numbered or not', () => {
    expect(
      ['Child agencies', 'Child2 Agency', 'Parent agency', 'Keydocument1', 'Key document'].map(
        (k) => fieldRole(k)?.kind,
      ),
    ).toEqual(['child-body', 'child-body', 'parent-body', 'instrument', 'instrument']);
    expect(fieldRole('Minister1 Name')).toEqual({ kind: 'post', title: 'Minister' });
    expect(fieldRole('Minister responsible')).toEqual({ kind: 'post', title: 'Minister' });
  });

  it('relates nothing for descriptive fields', () => {
    expect(['Agency Name', 'Type', 'Headquarters', 'Jurisdiction', 'Region Code', 'Formed'].map(fieldRole)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('info boxes', () => {
  const box = (sep: string): string =>
    [
      'Ministry of Harbours (Freedonia)',
      '',
      `Agency Name${sep}Ministry of Harbours`,
      `Type${sep}Ministry`,
      `Minister1 Name${sep}Ana Reyl`,
      `Child1 Agency${sep}Harbour Pilots Colleges`,
      `Child2 Agency${sep}Port Police (PP)`,
      `Parent agency${sep}Cabinet Office`,
      `Keydocument1${sep}Harbours Act 1990`,
      '',
    ].join('\n');

  it('gives child and parent agencies, the key document and the minister, tight or spaced alike', () => {
    const expected = [
      'GOVERNED_BY Ministry of Harbours -> Harbours Act 1990',
      'HOLDS_POSITION Ana Reyl -> Ministry of Harbours',
      'SUBORDINATE_TO Harbour Pilots Colleges -> Ministry of Harbours',
      'SUBORDINATE_TO Ministry of Harbours -> Cabinet Office',
      'SUBORDINATE_TO Port Police -> Ministry of Harbours',
    ];
    for (const sep of [':', ': ']) expect(triples(extract(box(sep), 'box.txt')).sort()).toEqual(expected);
    expect(posts(extract(box(':'), 'box.txt'))).toEqual(['Ana Reyl|Minister|Ministry of Harbours']);
  });

  it('reads a colon without a space as a field only in a run of fields, not in prose', () => {
    expect(triples(extract('Harbour Board\n\nNote:Child Agency is a term the Board uses.\n', 'note.txt'))).toEqual([]);
  });
});

describe('numbered name and position fields', () => {
  it.each([
    [
      'Position',
      'Chief1 Name:Jane Roe\nChief1 Position:Chief Surveyor\nChief2 Name:Tom Hale\nChief2 Position:Deputy Chief Surveyor',
    ],
    [
      'Title, spaced keys',
      'Chief 1 Name: Jane Roe\nChief 1 Title: Chief Surveyor\nChief 2 Name: Tom Hale\nChief 2 Title: Deputy Chief Surveyor',
    ],
  ])('the post comes from the field of the same number (%s)', (_, fields) => {
    const doc = `Harbour Survey Office explained\n\nAgency Name:Harbour Survey Office\nType:Agency\n${fields}\n\nThe Harbour Survey Office is a government agency.\n`;
    expect(posts(extract(doc, 'hso.txt'))).toEqual([
      'Jane Roe|Chief Surveyor|Harbour Survey Office',
      'Tom Hale|Deputy Chief Surveyor|Harbour Survey Office',
    ]);
  });
});

describe('a portfolio field beside a numbered name field', () => {
  it('gives each minister the portfolio as the post, and a child body stays a body', () => {
    const doc =
      'Ministry of Harbours explained\n\nAgency Name:Ministry of Harbours\nType:Ministry\nMinister1 Name:Jane Roe\nMinister1 Pfo:Minister of Harbours\nMinister2 Name:Tom Hale\nMinister2 Pfo:Undersecretary of Moorings\nChild1 Agency:Harbour Pilots Corps\n\nThe Ministry of Harbours is a government ministry.\n';
    const x = extract(doc, 'moh.txt');
    expect(posts(x)).toEqual([
      'Jane Roe|Minister of Harbours|Ministry of Harbours',
      'Tom Hale|Undersecretary of Moorings|Ministry of Harbours',
    ]);
    expect(triples(x)).toContain('SUBORDINATE_TO Harbour Pilots Corps -> Ministry of Harbours');
  });
});
