// Which instruments govern a body, in two shapes met on real pages: a statute the document
// reproduces, whose sections found bodies or give them duties ("There is hereby created an
// Office of X", "The A and the B shall be responsible for ..."); and a sentence that names
// the source of a body's mandate with words between the verb and "from" ("derives its core
// mandate primarily from the X Act", "the provisions set forth in the Y Act").
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

describe('the bodies a reproduced statute founds or gives duties', () => {
  const sections = [
    'Section 10. Enforcement. — The Harbour Police Service (HPS) and the Coast Guard Authority shall be responsible for the enforcement of this Act.',
    'Section 11. Office. — There is hereby created an Office of Harbour Safety within the Ministry of Ports.',
    'Section 12. Reports. — Reports under this Act are sent to the Ministry of Ports for review.',
  ];
  it('governs each of them by the statute, and no body the statute only mentions', () => {
    for (const [doc, id] of [
      [`Harbour Safety Act of 2031\n\n${sections.join('\n')}\n`, 'a.txt'],
      [`# Harbour Safety Act of 2031\n\n${sections.join('\n\n')}\n`, 'b.md'],
    ] as const)
      expect(triplesOf(extract(doc, id), 'GOVERNED_BY'), id).toEqual([
        'GOVERNED_BY Coast Guard Authority -> Harbour Safety Act of 2031',
        'GOVERNED_BY Harbour Police Service -> Harbour Safety Act of 2031',
        'GOVERNED_BY Office of Harbour Safety -> Harbour Safety Act of 2031',
      ]);
  });

  it('reads no such duties on a page that does not reproduce a statute', () => {
    const doc = `Port news\n\nThe Harbour Police Service shall patrol the port under the Harbour Safety Act of 2031 from May.\n`;
    expect(triplesOf(extract(doc, 'c.txt'), 'GOVERNED_BY').filter((t) => t.includes('Coast Guard'))).toEqual([]);
  });
});

describe('the source of a mandate named with words before "from"', () => {
  it('governs the body by each instrument the sentence cites', () => {
    for (const [sentence, law] of [
      [
        'The Ministry of Ports derives its core mandate primarily from the Ports Service Law, 1993 and other enactments.',
        'Ports Service Law, 1993',
      ],
      [
        'The Ministry of Ports, besides the provisions set forth in Act 489 of 1998, shall perform the following duties.',
        'Act 489 of 1998',
      ],
    ] as const)
      for (const [doc, id] of [
        [`About the Ministry\n\n${sentence}\n`, 'a.txt'],
        [`# About the Ministry\n\n${sentence}\n`, 'b.md'],
      ] as const)
        expect(triplesOf(extract(doc, id), 'GOVERNED_BY'), id).toContain(`GOVERNED_BY Ministry of Ports -> ${law}`);
  });
});
