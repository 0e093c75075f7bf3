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
