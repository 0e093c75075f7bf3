// Units described one paragraph each after a sentence that announces them ("The Fund has
// five functional departments that ..."), each paragraph "Name (ACR): what it does. Read bio
// of the Director, Name". Invented bodies; the shape follows international bodies' pages.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts, triplesOf } from './helpers.ts';

const ENTRIES = [
  'The International Harbour Authority has five functional departments that carry out its policy and technical work.',
  '',
  'Communications Department (COM): Works to promote public understanding of the Authority and its policies. Read bio of the Director, Amara Lindqvist',
  '',
  'Finance Department (FIN): Mobilizes, manages, and safeguards the financial resources of the Authority. Read bio of the Director, Tomas Verhoef',
  '',
  'Legal Department (LEG): Advises management and the staff on the applicable rules of law. Director, Rafael Ostrova',
  '',
];

describe('unit entries after a sentence that announces units', () => {
  it.each([
    ['plain text', ['Working at the International Harbour Authority', '', ...ENTRIES].join('\n'), 'fund.txt'],
    ['markdown', ['# Working at the International Harbour Authority', '', ...ENTRIES].join('\n'), 'fund.md'],
  ])("give each unit to the announced body, with the remit up to the head's name (%s)", (_, text, id) => {
    const x = extract(text, id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT International Harbour Authority -> Communications Department',
      'HAS_DEPARTMENT International Harbour Authority -> Finance Department',
      'HAS_DEPARTMENT International Harbour Authority -> Legal Department',
    ]);
    const duties = triplesOf(x, 'HAS_RESPONSIBILITY');
    expect(duties).toContain(
      'HAS_RESPONSIBILITY Communications Department -> Works to promote public understanding of the Authority and its policies.',
    );
    expect(duties).toContain(
      'HAS_RESPONSIBILITY Legal Department -> Advises management and the staff on the applicable rules of law.',
    );
    expect(duties.filter((d) => /Director|Read bio/.test(d))).toEqual([]);
    // The head the entry names after its remit heads that unit.
    const held = posts(x);
    expect(held).toContain('Amara Lindqvist|Director|Communications Department');
    expect(held).toContain('Rafael Ostrova|Director|Legal Department');
  });

  it('read no person from a post and a name in capitals that end a sentence', () => {
    const text = [
      'Board changes at the Harbour Authority',
      '',
      'Stepping down are the following members.',
      '',
      '- Mr Peter Holm, CEO, QUAY Technik',
      '- Ms Ann Roe, GENERAL MANAGER, FINANCE AND ACCOUNTING',
      '',
    ].join('\n');
    const people = namesOf(extract(text, 'board.md'), 'Person');
    expect(people).not.toContain('QUAY Technik');
    expect(people).not.toContain('FINANCE AND ACCOUNTING');
  });

  it('read a topic in capitals after the dash as part of the name, not a remit', () => {
    const text = [
      'Harbour Ministry',
      '',
      'The ministry has three directorates-general that share its work.',
      '',
      'Directorate-General PK – Executive Staff; Planning and Communication',
      '',
      'Directorate-General Z – Central Tasks',
      '',
      'Directorate-General H – Harbours and Shipping',
      '',
    ].join('\n');
    expect(triplesOf(extract(text, 'ministry.txt'), 'HAS_RESPONSIBILITY')).toEqual([]);
  });
});
