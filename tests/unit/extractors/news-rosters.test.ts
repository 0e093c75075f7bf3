// News that lists appointees in one sentence ("They are A (Benin), commissioner for X; B
// (Ghana), commissioner for Y; ...") after naming the body the group belongs to once.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts } from './helpers.ts';

const ROSTER = (word: string): string =>
  `They are Jane Roe (Lowland), ${word} for Education, Science and Culture; Amara da Silva Costa (Cape Verde),${word} for Trade; ` +
  `Kofi Mensah (Côte d’Ivoire), ${word} for General Administration and Conference; and Peter Vale (Upland), ${word} for Energy and Mines.`;

describe('a roster sentence of names with origins and posts', () => {
  it.each([
    ['commissioner', 'Commission', 'Lakeside Economic Commission', 'news.txt'],
    ['director', 'Bureau', 'Lakeside Statistics Bureau', 'news.md'],
  ])('%ss of the %s: each post is held in the body the group was named with', (word, _, body, id) => {
    const heading = id.endsWith('.md') ? `# New ${word}s\n\n` : `New ${word}s\n\n`;
    const x = extract(
      `${heading}Four new ${word}s of the ${body} resumed duty in February at its headquarters.\n\n${ROSTER(word)}`,
      id,
    );
    expect(namesOf(x, 'Person').sort()).toEqual(['Amara da Silva Costa', 'Jane Roe', 'Kofi Mensah', 'Peter Vale']);
    expect(posts(x).map((p) => `${p.split('|')[0]}|${p.split('|')[2]}`)).toEqual([
      `Amara da Silva Costa|${body}`,
      `Jane Roe|${body}`,
      `Kofi Mensah|${body}`,
      `Peter Vale|${body}`,
    ]);
    // A portfolio's first words ("General Administration") are no body of their own.
    expect(namesOf(x, 'Agency')).toEqual([body]);
  });

  it('gives no body where the page names the group with none', () => {
    const x = extract(
      `New commissioners\n\nFour new commissioners resumed duty in February.\n\n${ROSTER('commissioner')}`,
      'n.txt',
    );
    expect(namesOf(x, 'Person')).toHaveLength(4);
    expect(posts(x)).toEqual([]);
  });

  it('gives no body where the page names the group with two bodies', () => {
    const x = extract(
      'New commissioners\n\nTwo commissioners of the Lakeside Economic Commission and two commissioners of the Upland Water Commission resumed duty.\n\n' +
        ROSTER('commissioner'),
      'n.txt',
    );
    expect(posts(x)).toEqual([]);
  });

  it('reads no person from a bracket that is not a place', () => {
    const x = extract(
      'Career\n\nShe served as Desk Officer for FCT FADAMA (A World Bank Project), Principal Women Development Officer (AMAC), and Personal Assistant.',
      'bio.txt',
    );
    expect(namesOf(x, 'Person')).toEqual([]);
  });
});

describe('a title-cased list of ministers', () => {
  it.each([
    ['markdown dashes', 'cabinet.md', (n: string, t: string) => `- ${n} – ${t}`],
    ['text colons', 'cabinet.txt', (n: string, t: string) => `${n}: ${t}`],
  ])('%s: a portfolio written "Minister Of X" names no post in the page\'s body', (_, id, line) => {
    const x = extract(
      `Lowland Cabinet Completed\n\nThe Prime Minister has completed the new Cabinet with the following appointments:\n\n${[
        line('Jane Roe', 'Minister Of Fisheries And Harbours'),
        line('Amara Costa', 'Minister Of State For Trade'),
        line('Kofi Mensah', 'Minister Of Roads, Bridges And Works'),
      ].join('\n')}\n`,
      id,
    );
    expect(namesOf(x, 'Person').sort()).toEqual(['Amara Costa', 'Jane Roe', 'Kofi Mensah']);
    expect(posts(x)).toEqual([]);
  });
});

describe('an appointment to succeed someone, by an organ of the body', () => {
  it.each([
    ['text', 'ceo.txt', (t: string) => `Lakeland Gaming Authority names new CEO\n\n${t}`],
    ['markdown', 'ceo.md', (t: string) => `# Lakeland Gaming Authority names new CEO\n\n${t}`],
  ])('%s: the one chosen and the one succeeded hold the post; the organ is one unit', (_, id, layout) => {
    const x = extract(
      layout(
        'The Board of Governors of the Lakeland Gaming Authority has selected Jane Roe to succeed Tom Poe as Chief Executive Officer of the LGA, with effect from 26 January 2024.\n\n' +
          'The Board of Governors is in no doubt that she will build on the work of the Lakeland Gaming Authority (LGA).',
      ),
      id,
    );
    expect(posts(x).map((p) => `${p.split('|')[0]}|${p.split('|')[2]}`)).toEqual([
      'Jane Roe|Lakeland Gaming Authority',
      'Tom Poe|Lakeland Gaming Authority',
    ]);
    expect(namesOf(x, 'Department')).toHaveLength(1);
  });

  it('keeps two organs of one name apart when they belong to two bodies', () => {
    const x = extract(
      'Boards\n\nThe Board of Governors of the Lakeland Gaming Authority met the Board of Governors of the Upland Lottery Authority. ' +
        'The Lakeland Gaming Authority and the Upland Lottery Authority agreed. The Board of Governors approved it.',
      'b.txt',
    );
    expect(
      namesOf(x, 'Department')
        .filter((n) => n.startsWith('Board of Governors of'))
        .sort(),
    ).toEqual([
      'Board of Governors of the Lakeland Gaming Authority',
      'Board of Governors of the Upland Lottery Authority',
    ]);
  });
});
