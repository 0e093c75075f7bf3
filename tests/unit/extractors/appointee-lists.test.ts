// A news item that lists appointees, each "Name as <post in lower case> of the <Body>", and
// several names sharing one plural post ("A, B and C as members of the X"). A post that names a
// body the page does not give as one is no post in the page's own body. Written here.
import { describe, expect, it } from 'vitest';
import { extract, posts } from './helpers.ts';

const NEWS = [
  'Cabinet names agency heads',
  '',
  'Among those appointed were Dr Mary Tonga as chief executive officer of the Harbour Authority; Peter Lamb as chairman of the Central Tenders Board and Jack Bell as director of the National Museum.',
  'The cabinet announced the members: John Nicholas, Alice Wong and Ben Pery as members of the Boundaries Commission for six years.',
  '',
].join('\n');

describe('appointees listed with their posts in running text', () => {
  it.each([
    ['plain text', 'news.txt'],
    ['markdown', 'news.md'],
  ])('%s', (_, id) => {
    const held = posts(extract(NEWS, id)).map((p) => {
      const [person, , body] = p.split('|');
      return `${person} -> ${body}`;
    });
    expect(held).toEqual([
      'Alice Wong -> Boundaries Commission',
      'Ben Pery -> Boundaries Commission',
      'John Nicholas -> Boundaries Commission',
      'Mary Tonga -> Harbour Authority',
      'Peter Lamb -> Central Tenders Board',
    ]);
  });

  it('gives each appointee the post as written, one member of the body', () => {
    const titles = posts(extract(NEWS)).filter((p) => p.endsWith('|Boundaries Commission'));
    expect(titles).toEqual([
      'Alice Wong|member|Boundaries Commission',
      'Ben Pery|member|Boundaries Commission',
      'John Nicholas|member|Boundaries Commission',
    ]);
  });
});

describe('an appointee named again by honorific and surname', () => {
  const text = [
    'Board news',
    '',
    'Former Secretary Daryl Quinlivan will take up the role from 23 December.',
    'Mr Quinlivan has been appointed chair of the Lakes Basin Authority Board for a four-year term.',
    'Ms Roe has been appointed director of the Lakes Basin Authority Board.',
    '',
  ].join('\n');

  it.each([
    ['plain text', 'board.txt'],
    ['markdown', 'board.md'],
  ])('is the person the page named in full (%s); a surname it never gave in full is no one', (_, id) => {
    const x = extract(text, id);
    expect(posts(x)).toEqual(['Daryl Quinlivan|chair|Lakes Basin Authority Board']);
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Daryl Quinlivan']);
  });
});
