// Posts written with a hyphen ("Director-General", "Secretary-General") are posts by their
// parts, in "Title: Name" lines and in "Name – Title" lines alike.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function posts(text: string): string[] {
  const x = extract(text);
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${names.get(r.from)}|${r.properties.title}|${names.get(r.to)}`)
    .sort();
}

describe('hyphenated post titles', () => {
  it.each([
    ['title first', 'Inland Waterways Authority\n\nThe Inland Waterways Authority is a statutory body.\n\nDirector-General: Ravi Menon\nDeputy Secretary-General: Olga Petrova\n'],
    ['name first', 'Inland Waterways Authority\n\nThe Inland Waterways Authority is a statutory body.\n\nRavi Menon – Director-General\nOlga Petrova – Deputy Secretary-General\n'],
  ])('%s', (_, text) => {
    expect(posts(text)).toEqual([
      'Olga Petrova|Deputy Secretary-General|Inland Waterways Authority',
      'Ravi Menon|Director-General|Inland Waterways Authority',
    ]);
  });
});
