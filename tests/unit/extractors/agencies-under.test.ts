// Appointment news led by "... Chief Executive Officers for agencies under the <Ministry>":
// each body whose head the section then names is under that ministry; bodies named in a later
// section, and a government, are not. Written here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const NEWS = readFileSync(new URL('../../fixtures/rules/relations-agencies-under-lead.txt', import.meta.url), 'utf8');
const LATER = `${NEWS}\nBackground\n\nEarlier, Mr Ike Nwosu was appointed Director-General of the National Emergency Agency by the Nigeria Government.\n`;

describe('agencies under a ministry, named by their new heads', () => {
  it.each([
    ['plain text', NEWS, 'news.txt'],
    ['markdown', NEWS.replace('Heads named for agencies\n', '# Heads named for agencies\n'), 'news.md'],
  ])('are each under the ministry the lead names (%s)', (_, text, id) => {
    expect(triplesOf(extract(text, id), 'SUBORDINATE_TO')).toEqual([
      'SUBORDINATE_TO Inland Waterways Agency -> Federal Ministry of Lakes and Rivers',
      'SUBORDINATE_TO Lake Transport Authority -> Federal Ministry of Lakes and Rivers',
      'SUBORDINATE_TO National Fisheries Council -> Federal Ministry of Lakes and Rivers',
    ]);
  });

  it('stops at the section the lead stands in', () => {
    const x = extract(LATER, 'news.txt');
    expect(triplesOf(x, 'SUBORDINATE_TO').some((t) => t.includes('National Emergency Agency'))).toBe(false);
  });

  it('needs the lead to be about appointments', () => {
    const x = extract(
      NEWS.replace('approved the appointment of three Chief Executive Officers for', 'reviewed the budgets of'),
      'news.txt',
    );
    expect(triplesOf(x, 'SUBORDINATE_TO')).toEqual([]);
  });
});
