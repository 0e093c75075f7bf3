// "The ten inaugural board members of the X Board are A (Chair), B (Deputy Chair), C, D and
// E.": a plural post with lower-case qualifiers, a body whose kind is written in lower case
// after its name, and each person's own post in brackets after the name. Every name is a
// member; the bracketed post is that person's title.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts } from './helpers.ts';

const PEOPLE = ['Tamunosa Ibekwe', 'Nomvula Dlamuka', 'Kwadwo Asantewaa', 'Ines Valcourt', 'Amelia Sorensen'];

describe('members named after a plural post, some with their own post in brackets', () => {
  it.each([
    ['The ten inaugural board members of the Lakeland Heritage Centre board are', 'page.md'],
    ['The current members of the Board of the Lakeland Heritage Centre are', 'page.txt'],
  ])('"%s ..."', (lead, id) => {
    const sentence = `${lead} ${PEOPLE[0]} (Chair), ${PEOPLE[1]} (Deputy Chair), ${PEOPLE[2]}, ${PEOPLE[3]} and ${PEOPLE[4]}.`;
    const x = extract(`Lakeland Heritage Centre\n\nThe Lakeland Heritage Centre was set up in 2021. ${sentence}\n`, id);
    expect(namesOf(x, 'Person')).toEqual([...PEOPLE].sort());
    const held = posts(x);
    expect(held.some((p) => p.includes(PEOPLE[0] as string) && /\bChair\b/.test(p) && !/Deputy/.test(p))).toBe(true);
    expect(held.some((p) => p.includes(PEOPLE[1] as string) && /Deputy Chair/.test(p))).toBe(true);
  });
});
