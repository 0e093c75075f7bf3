// Capitalised words with their own initials in brackets name a body only when they are one:
// not a post whose head stands before its complement ("Inspector General of Police (IGP)"),
// a political party ("Harbour Alliance (HA)") or a field of work ("Information Technology
// (IT)"). Invented names.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from './helpers.ts';

const PAGE = [
  'The Harbour Project Management Unit (HPMU) reports to the Ministry of Harbours.',
  'The Inspector General of Police (IGP) and the Senior Agency Official for Privacy (SAOP) met the Ministry.',
  'The Harbour Alliance (HA) and the Quay Freedom Fighters (QFF) sit in the Assembly.',
  'The Ministry of Harbours buys Information Technology (IT) for the quays.',
].join(' ');

describe('an expansion before its initials', () => {
  it.each([
    ['plain text', `Harbour news\n\n${PAGE}\n`, 'news.txt'],
    ['markdown', `# Harbour news\n\n${PAGE}\n`, 'news.md'],
  ])('names a body, unless it is a post, a party or a field (%s)', (_, text, id) => {
    const x = extract(text, id);
    const bodies = [...namesOf(x, 'Agency'), ...namesOf(x, 'Department')];
    expect(bodies).toContain('Harbour Project Management Unit');
    for (const notBody of [
      'Inspector General of Police',
      'Senior Agency Official for Privacy',
      'Harbour Alliance',
      'Quay Freedom Fighters',
      'Information Technology',
    ])
      expect(bodies).not.toContain(notBody);
  });
});
