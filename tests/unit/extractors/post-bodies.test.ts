// post-bodies.ts: the body a post's wording names ("Minister for X" -> "Department of X";
// "Chief Data Officer" -> "Office of the Chief Data Officer").
import { describe, expect, it } from 'vitest';
import { bodyOfJointPost, bodyOfPost } from '../../../extractors/post-bodies.ts';
import { extract, posts } from './helpers.ts';

const BODIES = new Map<string, string[]>([
  ['Agency:department of public works', ['Department of Public Works']],
  ['Agency:office of the chief data officer', ['Office of the Chief Data Officer', 'OCDO']],
  ['Agency:harbour board', ['Harbour Board']],
  ['Agency:ministry of lakes and rivers', ['Ministry of Lakes and Rivers']],
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

describe('bodyOfJointPost', () => {
  it.each([
    [
      'PRIME MINISTER and MINISTER OF LAKES & RIVERS',
      { key: 'Agency:ministry of lakes and rivers', title: 'MINISTER OF LAKES & RIVERS' },
    ],
    [
      'Deputy Premier and Minister for Public Works',
      { key: 'Agency:department of public works', title: 'Minister for Public Works' },
    ],
    ['Minister of Lakes and Rivers', null],
    ['Prime Minister and Minister for Health', null],
  ])('%j -> %j', (post, expected) => {
    expect(bodyOfJointPost(post, BODIES)).toEqual(expected);
  });
});

describe('a unit written after a title and a comma', () => {
  const units = ['Policy Group', 'Harbour Security Group', 'Strategy, Planning and Engagement Group'];
  const page = (team: string[], marker: string): string =>
    [
      '# Department of Lakes',
      '',
      'The Department of Lakes has three business units.',
      '',
      'The Chief Executive is supported by senior managers:',
      '',
      ...team.map((line) => `${marker}${line}`),
      '',
      'The business units are:',
      '',
      ...units.map((unit) => `- ${unit}`),
      '',
    ].join('\n');
  const TEAM = [
    'Anna Parkin, Deputy Chief Executive, Policy Group',
    'Tomas Lynch, Deputy Chief Executive, Harbour Security Group',
    'Clara Ward, Executive Director, Strategy, Planning and Engagement Group. Acting Director, Policy Group',
    'Rita Kay, Chief of Staff',
  ];

  it('places the post in that unit when the page names the unit elsewhere, else in the page body', () => {
    const expected = [
      'Anna Parkin|Policy Group',
      'Clara Ward|Strategy, Planning and Engagement Group',
      'Rita Kay|Department of Lakes',
      'Tomas Lynch|Harbour Security Group',
    ];
    for (const marker of ['- ', '* ', '1. '])
      expect(posts(extract(page(TEAM, marker), 'team.md')).map((p) => p.replace(/\|.*\|/, '|'))).toEqual(expected);
  });

  it('leaves the post in the page body when the words after the comma name no unit of the page', () => {
    const team = ['Anna Parkin, Deputy Chief Executive, Policy', 'Tomas Lynch, Deputy Chief Executive, Lakes'];
    expect(posts(extract(page(team, '- '), 'team.md')).map((p) => p.replace(/\|.*\|/, '|'))).toEqual([
      'Anna Parkin|Department of Lakes',
      'Tomas Lynch|Department of Lakes',
    ]);
  });
});
