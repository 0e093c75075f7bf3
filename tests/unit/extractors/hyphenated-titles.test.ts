// Posts written with a hyphen ("Director-General", "Secretary-General") are posts by their
// parts, in "Title: Name" lines and in "Name – Title" lines alike.
import { describe, expect, it } from 'vitest';
import { extract, posts } from './helpers.ts';

const postsOf = (text: string): string[] => posts(extract(text));

describe('hyphenated post titles', () => {
  it.each([
    [
      'title first',
      'Inland Waterways Authority\n\nThe Inland Waterways Authority is a statutory body.\n\nDirector-General: Ravi Menon\nDeputy Secretary-General: Olga Petrova\n',
    ],
    [
      'name first',
      'Inland Waterways Authority\n\nThe Inland Waterways Authority is a statutory body.\n\nRavi Menon – Director-General\nOlga Petrova – Deputy Secretary-General\n',
    ],
  ])('%s', (_, text) => {
    expect(postsOf(text)).toEqual([
      'Olga Petrova|Deputy Secretary-General|Inland Waterways Authority',
      'Ravi Menon|Director-General|Inland Waterways Authority',
    ]);
  });
});
