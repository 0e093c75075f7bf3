// "The heads of 4 ministries include:" then, line by line, a body and the name of its head:
// each name holds the post the label names in the plural, in the body on the line above it.
// Invented names; the shape follows legal-information sites' lists of office holders.
import { describe, expect, it } from 'vitest';
import { extract, posts } from './helpers.ts';

const LINES = [
  'Who are the current heads of the ministries?',
  '',
  'The heads of 4 Ministries include:',
  '',
  '',
  'Ministry of Harbours',
  '',
  'Mr. Tomas Verhoef',
  '',
  '',
  'Ministry of Quays and Canals',
  '',
  'Ms. Amara Lindqvist',
  '',
  '',
  'Ministry of Pilotage',
  '',
  'Mr. Rafael Ostrova',
  '',
];

describe('body lines and name lines in pairs under a plural post label', () => {
  it.each([
    ['plain text', LINES.join('\n'), 'heads.txt'],
    ['markdown', LINES.join('\n'), 'heads.md'],
  ])('give each name the post in the body right above it (%s)', (_, text, id) => {
    const held = posts(extract(text, id));
    expect(held).toContain('Tomas Verhoef|Head|Ministry of Harbours');
    expect(held).toContain('Amara Lindqvist|Head|Ministry of Quays and Canals');
    expect(held).toContain('Rafael Ostrova|Head|Ministry of Pilotage');
  });
});
