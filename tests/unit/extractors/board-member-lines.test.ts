// A board's page: "The members of the Board of Directors are shown below:", then one member
// per line, the lines parted by "|" (what a converter left of a layout table). Each is a
// member; the board, named only generically, is a unit even as the page's title. Invented
// names; the shape follows central banks' board pages.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts } from './helpers.ts';

const PAGE = [
  'Board of Directors',
  'The Harbour Bank Act provides for the appointment of a Board of Directors to manage the institution.',
  'The members of the Board of Directors are shown below:',
  'Dr. Amara Lindqvist, Governor',
  '|',
  'Dr. Tomas Verhoef, Deputy Governor',
  '|',
  '|',
  'Prof. Rafael Ostrova',
  '|',
  'Mr. Kwame Mensah',
  '|',
  'Ms. Ines Duarte',
  '|',
  'Board Committees',
  'The Board has appointed three committees, each consisting of only non-executive directors.',
  '',
].join('\n');

describe('member lines after "are shown below:"', () => {
  it('make each name a member of the board, past the "|" lines', () => {
    const x = extract(PAGE, 'board.txt');
    const held = posts(x);
    expect(held).toContain('Amara Lindqvist|Governor|Board of Directors');
    for (const name of ['Rafael Ostrova', 'Kwame Mensah', 'Ines Duarte'])
      expect(held).toContain(`${name}|Member|Board of Directors`);
    expect(namesOf(x, 'Department')).toContain('Board of Directors');
  });
});
