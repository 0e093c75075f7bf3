// A statute titled after a body and a place ("Harbour Council of New Zealand Act 2014") is a
// law, not a body, even where the place stops the law's own reading; "Ministry of Law" and
// "Office for the Protection of the Constitution" stay bodies. Invented names.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from './helpers.ts';

const PAGE = [
  'Harbour Council',
  '',
  'The Harbour Council is the national harbour development agency.',
  '',
  'Establishing legislation: Harbour Council of New Zealand Act 2014 (NZ Legislation)',
  '',
  'The Council works with the Ministry of Law and the Office for the Protection of the Constitution.',
  '',
].join('\n');

describe('a statute titled after a body and a place', () => {
  it.each([
    ['plain text', PAGE, 'council.txt'],
    ['markdown', PAGE.replace('Harbour Council\n', '# Harbour Council\n'), 'council.md'],
  ])('is a law (%s)', (_, text, id) => {
    const x = extract(text, id);
    expect(namesOf(x, 'Law')).toContain('Harbour Council of New Zealand Act 2014');
    const bodies = namesOf(x, 'Agency');
    expect(bodies.filter((b) => /\bAct\b/.test(b))).toEqual([]);
    expect(bodies).toContain('Ministry of Law');
    expect(bodies).toContain('Office for the Protection of the Constitution');
  });
});
