// An encyclopaedia page on a national committee: a defining sentence with its initials and a
// citation mark before the verb, then label headings ("Current leadership"), the committee's
// secretariat as a later heading with its own leadership.
import { describe, expect, it } from 'vitest';
import { extract, posts, triplesOf } from './helpers.ts';

const OPENING =
  "The LAKELAND COMMITTEE FOR RIVER SAFETY (_LCRS_') [1] is a national mechanism for coordinating the efforts of ministries and other stakeholders to make the rivers safe.[2]";

function page(bullet: string): string {
  return [
    OPENING,
    '',
    '',
    'Current leadership',
    '',
    `${bullet}Chairman: Tom Hale`,
    `${bullet}Permanent Vice Chair: Ann Poe`,
    '',
    '',
    'General Secretariat',
    '',
    'Leadership',
    '',
    `${bullet}Secretary General: Jane Roe[3]`,
    `${bullet}Director: Sam Boe`,
    '',
  ].join('\n');
}

describe('a committee page with its secretariat under a later heading', () => {
  it.each([
    ['markdown', 'ncc.md', '-   '],
    ['text', 'ncc.txt', '• '],
  ])('%s: the committee is the subject; the secretariat its unit, with its own leaders', (_, id, bullet) => {
    const x = extract(page(bullet), id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT LAKELAND COMMITTEE FOR RIVER SAFETY -> General Secretariat',
    ]);
    expect(posts(x)).toEqual([
      'Ann Poe|Permanent Vice Chair|LAKELAND COMMITTEE FOR RIVER SAFETY',
      'Jane Roe|Secretary General|General Secretariat',
      'Sam Boe|Director|General Secretariat',
      'Tom Hale|Chairman|LAKELAND COMMITTEE FOR RIVER SAFETY',
    ]);
  });
});
