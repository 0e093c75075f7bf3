// Two shapes met on real pages: a post written with its portfolio or body and then the name,
// no comma between ("Minister of Housing and Urban Affairs Hardip Roe"); and markdown whose
// converter put the closing marks of a bold heading line on a line of their own
// ("**2. Ministry of Roads" / "**").
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

describe('a post, its portfolio, then the name', () => {
  const sentence =
    "The meeting was attended by Home Minister Ravi Menon, Minister of Harbours and Coastal Affairs Arjun Dev Rao, Minister of State in the Prime Minister's Office Kiran Lal and senior officials.";
  const later = 'In 2017 the government formed the Ministry of Harbours and Coastal Affairs from two ministries.';

  it('reads the name after the portfolio and gives the post the body it names', () => {
    for (const [doc, id] of [
      [`Ministers meet on reallocation\n\n${sentence}\n\n${later}\n`, 'a.txt'],
      [`# Ministers meet on reallocation\n\n${sentence} ${later}\n`, 'b.md'],
    ] as const) {
      const x = extract(doc, id);
      expect(namesOf(x, 'Person').sort(), id).toEqual(['Arjun Dev Rao', 'Kiran Lal', 'Ravi Menon']);
      expect(triplesOf(x, 'HOLDS_POSITION'), id).toEqual([
        'HOLDS_POSITION Arjun Dev Rao -> Ministry of Harbours and Coastal Affairs',
        "HOLDS_POSITION Kiran Lal -> Prime Minister's Office",
      ]);
    }
  });

  it('gives a post of a country no body, not one the rest of the sentence names', () => {
    const doc =
      'News\n\nIn May the President of Northland Omar Tulegen directed that a Ministry of Tides (hereinafter, the Ministry) be created.\n';
    const x = extract(doc, 'c.txt');
    expect(namesOf(x, 'Person')).toEqual(['Omar Tulegen']);
    expect(triplesOf(x, 'HOLDS_POSITION')).toEqual([]);
  });
});

describe('a bold heading line whose closing marks a converter moved to the next line', () => {
  const page = (close: string): string =>
    [
      '# Ministries and their functions',
      '',
      '**1. Ministry of Lakes',
      '',
      close,
      '',
      'Functions: Keep the lakes clean.',
      '',
      'The Minister: Ada Moyo.',
      '',
      '**2. Ministry of Roads',
      '',
      close,
      '',
      'Functions: Keep the roads open.',
      '',
      'The Minister: Ruth Banda.',
      '',
    ].join('\n');

  it('reads the line as the heading of its section, with or without a rule under the marks', () => {
    for (const [doc, id] of [
      [page('**'), 'a.md'],
      [page('**\n\n----------'), 'b.md'],
      [page(' **'), 'c.md'],
    ] as const)
      expect(triplesOf(extract(doc, id), 'HOLDS_POSITION'), id).toEqual([
        'HOLDS_POSITION Ada Moyo -> Ministry of Lakes',
        'HOLDS_POSITION Ruth Banda -> Ministry of Roads',
      ]);
  });
});
