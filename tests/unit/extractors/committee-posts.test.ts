// News about who chairs which committee: a second post after a name another rule found, seat
// letters before a name, "while" clauses, "this Committee", and a deputy whose committee is
// the one the sentence named before. Invented names; the shapes follow parliament news.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts, triplesOf } from './helpers.ts';

const NEWS = [
  'Committee chairs named',
  '',
  'Harbour First MP Tevita Lomani was elected as the Chairperson for the Standing Committee on Ocean Affairs while government MP Ana Seru is Deputy Chairperson for this Committee.',
  '',
  'Assistant Minister for Tourism Mele Vaka is the Chairperson for the Standing Committee on Social Affairs and Assistant Minister for Lands, Jone Tora, is the Deputy Chairperson.',
  '',
  'The Assistant Minister for Finance, Sione Kali, is the Chairperson for the Standing Committee on Public Accounts and the Assistant Minister in the Office of the Prime Minister, Losa Fifita is the Deputy Chairperson.',
  '',
  'Harbour First MP Paula Maka was also elected as the Chairperson for the Standing Committee on Natural Resources.',
  '',
].join('\n');

const FORMS = [
  ['plain text', NEWS, 'chairs.txt'],
  ['markdown', `# ${NEWS}`, 'chairs.md'],
] as const;

describe('committee chairs in news sentences', () => {
  it.each(FORMS)('give a name with a post before it the post the copula adds (%s)', (_, text, id) => {
    const held = posts(extract(text, id));
    expect(held).toContain('Mele Vaka|Chairperson|Standing Committee on Social Affairs');
    expect(held).toContain('Sione Kali|Chairperson|Standing Committee on Public Accounts');
    expect(held).toContain('Paula Maka|Chairperson|Standing Committee on Natural Resources');
  });

  it.each(FORMS)('read the name after a seat, not the seat and the party (%s)', (_, text, id) => {
    const people = namesOf(extract(text, id), 'Person');
    expect(people).toContain('Tevita Lomani');
    expect(people).toContain('Paula Maka');
    expect(people.filter((p) => /\bMP\b/.test(p))).toEqual([]);
  });

  it.each(FORMS)('read "while X is Deputy Chairperson for this Committee" (%s)', (_, text, id) => {
    expect(posts(extract(text, id))).toContain('Ana Seru|Deputy Chairperson|Standing Committee on Ocean Affairs');
  });

  it.each(FORMS)('give a deputy with no committee the one the sentence named (%s)', (_, text, id) => {
    const held = posts(extract(text, id));
    expect(held).toContain('Jone Tora|Deputy Chairperson|Standing Committee on Social Affairs');
    expect(held).toContain('Losa Fifita|Deputy Chairperson|Standing Committee on Public Accounts');
  });

  it.each(FORMS)('end a committee\'s name and a post at "and (the) Assistant Minister" (%s)', (_, text, id) => {
    const x = extract(text, id);
    const bodies = [...namesOf(x, 'Agency'), ...namesOf(x, 'Department')];
    expect(bodies.filter((b) => /Assistant Minister/.test(b))).toEqual([]);
    // The Office of the Prime Minister is the deputy's, not the chair's.
    expect(triplesOf(x, 'HOLDS_POSITION')).not.toContain('HOLDS_POSITION Sione Kali -> Office of the Prime Minister');
  });

  it('keep one holder\'s two posts joined by "and" whole', () => {
    const text =
      'Ministry of Harbours\n\nKara Wenlock became the Secretary of Harbours and Chief Executive of the Ministry of Harbours on 1 July 2024.\n';
    expect(triplesOf(extract(text, 'harbours.txt'), 'HOLDS_POSITION')).toEqual([
      'HOLDS_POSITION Kara Wenlock -> Ministry of Harbours',
    ]);
  });
});
