// post-lines.ts: people whose post is given by position: "Name (Post) from 19xx", "Qualifier:
// Name" lines under a plural post label, posts in apposition in running text, and profile
// blocks (a name line and a post line in either order). All names are invented.
import { describe, expect, it } from 'vitest';
import {
  findBracketedPosts,
  findPostAppositions,
  findPostLabelLines,
  findProfileBlocks,
} from '../../../extractors/post-lines.ts';
import { singularTitle } from '../../../extractors/leader-lines.ts';
import type { PersonMention } from '../../../extractors/people.ts';
import { structureDocument } from '../../../extractors/structure.ts';
import { textPieces } from '../../../extractors/walk.ts';
import { extract, posts, sourceOf } from './helpers.ts';

/** "name | post" for each mention the finder returns over every text piece of the document. */
function overPieces(doc: string, find: typeof findBracketedPosts, id = 'doc.txt'): string[] {
  const model = structureDocument(sourceOf(doc, id));
  const show = (m: PersonMention): string =>
    `${model.text.slice(m.range.start, m.range.end)} | ${m.post ? model.text.slice(m.post.start, m.post.end) : ''}`;
  return textPieces(model.root).flatMap((p) => find(model.text, p).map(show));
}

const shown = (text: string, ms: PersonMention[]): string[] =>
  ms.map((m) => `${text.slice(m.range.start, m.range.end)} | ${m.post ? text.slice(m.post.start, m.post.end) : ''}`);

describe('findBracketedPosts', () => {
  it('reads "Name, Esq (Post) from 1962 - 1966" and "Name (Post, Body)" items, and skips a bracket that is no post', () => {
    const doc =
      'Former chiefs\n\n- E. K. Marlowe, Esq (Chief Immigration Officer) from 1962 - 1966\n- Tamsin Okoro (Chief Information Officer, Harbour Data Agency)\n- Records Office (Annual Report) 2020\n';
    expect(overPieces(doc, findBracketedPosts)).toEqual([
      'E. K. Marlowe | Chief Immigration Officer',
      'Tamsin Okoro | Chief Information Officer, Harbour Data Agency',
    ]);
  });

  it('does not take a body name before a bracketed post as a person', () => {
    expect(
      overPieces(
        'Staff\n\n- Harbour Data Agency (Chief Information Officer)\n- Canal Board (Chair)\n',
        findBracketedPosts,
      ),
    ).toEqual([]);
  });
});

describe('findPostLabelLines', () => {
  it('reads "Qualifier: Name" lines under a plural, hyphenated post label', () => {
    const doc = 'Canal Authority of Wexmoor\n\nVice-Presidents:\n- Operations: Jane K. Doe\n- Finance: Omar Feld\n';
    expect(overPieces(doc, findPostLabelLines)).toEqual([
      'Jane K. Doe | Vice-Presidents',
      'Omar Feld | Vice-Presidents',
    ]);
  });

  it('gives each person the singular post of the label, held at the page body', () => {
    const x = extract('Canal Authority of Wexmoor\n\nVice-Presidents:\nOperations: Jane K. Doe\nFinance: Omar Feld\n');
    expect(posts(x)).toEqual([
      'Jane K. Doe|Vice-President|Canal Authority of Wexmoor',
      'Omar Feld|Vice-President|Canal Authority of Wexmoor',
    ]);
  });

  it('does not read lines under a label that names no post', () => {
    expect(
      overPieces(
        'Canal Authority of Wexmoor\n\nLocations:\n- North: Upper Lock Station\n- South: Ferry Quay\n',
        findPostLabelLines,
      ),
    ).toEqual([]);
  });

  it.each([
    ['Vice-Presidents', 'Vice-President'],
    ['Co-Directors', 'Co-Director'],
  ])('singularTitle(%j) = %j (hyphenated plural)', (plural, singular) => {
    expect(singularTitle(plural)).toBe(singular);
  });
});

describe('findPostAppositions', () => {
  it.each([
    [
      'The Minister for Rural Affairs, Jane Doe, T.D., said the scheme would open in May.',
      'Jane Doe | Minister for Rural Affairs',
    ],
    ['The board welcomed the appointment of Mr John Roe as Chief Data Officer.', 'John Roe | Chief Data Officer'],
    ['The Registrar, Ilse Farrant, signed the order.', 'Ilse Farrant | Registrar'],
  ])('%j', (sentence, expected) => {
    expect(shown(sentence, findPostAppositions(sentence, { start: 0, end: sentence.length }))).toEqual([expected]);
  });

  it.each([
    'The Minister for Rural Affairs, the department said, will attend.',
    'The Canal Authority, Wexmoor Council and the port met on Monday.',
    'She served as a volunteer for ten years.',
  ])('finds no person in %j', (sentence) => {
    expect(findPostAppositions(sentence, { start: 0, end: sentence.length })).toEqual([]);
  });
});

describe('findProfileBlocks', () => {
  it('pairs a name line with the post line under it, and a post line with the name line under it', () => {
    const text = 'Marta Quillfeather\nChief Executive Officer\n\nDirector of Finance\n\nOmar Feld\n';
    expect(shown(text, findProfileBlocks(text))).toEqual([
      'Marta Quillfeather | Chief Executive Officer',
      'Omar Feld | Director of Finance',
    ]);
  });

  it('does not take "Key People" or "Former Ministers" for a name', () => {
    const text = 'Key People\nDirector\n\nFormer Ministers\nSecretary\n';
    expect(findProfileBlocks(text)).toEqual([]);
  });

  it('does not pair lines two blank lines apart or lines that end in punctuation', () => {
    expect(findProfileBlocks('Marta Quillfeather\n\n\nChief Executive Officer\n')).toEqual([]);
    expect(findProfileBlocks('Marta Quillfeather, our founder, retired.\nChief Executive Officer\n')).toEqual([]);
  });
});

describe('names the tagger takes for places', () => {
  it('reads a name whose words are also towns as a person, and a building named after one as no person', () => {
    expect(
      posts(
        extract(
          'Canal Board\n\n## Our leadership\n\n**Helen Marsh**\nChief Executive\n\n**Vaughn Noga**\nDirector of Locks\n',
          'b.md',
        ),
      ),
    ).toEqual(['Helen Marsh|Chief Executive|Canal Board', 'Vaughn Noga|Director of Locks|Canal Board']);
    expect(
      extract(
        'Canal Board\n\nHead Office\n\nSir John Carling Building\n\nThe Board meets in Sir John Carling Building every month.\n',
      ).entities.filter((e) => e.type === 'Person'),
    ).toEqual([]);
  });
});
