// post-bodies.ts: the body a post's wording names ("Minister for X" -> "Department of X";
// "Chief Data Officer" -> "Office of the Chief Data Officer").
import { describe, expect, it } from 'vitest';
import { bodyOfPost } from '../../../extractors/post-bodies.ts';

const BODIES = new Map<string, string[]>([
  ['Agency:department of public works', ['Department of Public Works']],
  ['Agency:office of the chief data officer', ['Office of the Chief Data Officer', 'OCDO']],
  ['Agency:harbour board', ['Harbour Board']],
]);

describe('bodyOfPost', () => {
  it.each([
    ['Minister for Public Works', 'Agency:department of public works'],
    ['Chief Data Officer', 'Agency:office of the chief data officer'],
    ['chief data officer', 'Agency:office of the chief data officer'],
    ['Minister for Health', null],
    ['Minister for Works', null],
    ['Chair', null],
  ])('%j -> %j', (post, expected) => {
    expect(bodyOfPost(post, BODIES)).toBe(expected);
  });
});
