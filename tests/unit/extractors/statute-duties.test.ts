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

describe('a statute list led in by a condition on a person', () => {
  // "The office shall become vacant if the Commissioner— (a) dies; (b) resigns ...": what makes
  // the condition true, not what the office does; the functions section beside it still counts.
  const sections = [
    '5. Establishment of the Office\nThere is established the Office of the Harbour Commissioner.',
    '7. Qualifications\n(1) A person shall be qualified for appointment as the Harbour Commissioner if that person— (a) holds a degree in law; (b) has knowledge of shipping; and (c) meets the requirements of the Constitution.',
    '8. Functions of the Office\n(1) The Office shall— (a) keep a register of harbour pilots; (b) inspect pilot boats; and (c) publish an annual report.',
    '11. Vacancy in the Office\nThe Office of the Harbour Commissioner shall become vacant, if the Harbour Commissioner— (a) dies; (b) resigns from office by notice in writing; (c) is convicted of an offence; or (d) is removed from office.',
    '12. Powers\nThe Office of the Harbour Commissioner shall, if necessary— (a) board pilot boats at sea; (b) suspend pilot licences; and (c) report to the Minister.',
  ];
  const layouts: Array<[string, string]> = [
    [`Harbour Pilots Act 2031\n\n${sections.join('\n\n')}\n`, 'a.txt'],
    [`# Harbour Pilots Act 2031\n\n${sections.join('\n\n')}\n`, 'b.md'],
  ];
  it('gives the office its functions and powers, and none of the conditions', () => {
    for (const [doc, id] of layouts) {
      const x = extract(doc, id);
      const found = x.entities.filter((e) => e.type === 'Responsibility').map((e) => e.name);
      for (const duty of ['inspect pilot boats', 'suspend pilot licences', 'board pilot boats at sea'])
        expect(
          found.some((d) => d.startsWith(duty)),
          `${id} ${duty}`,
        ).toBe(true);
      for (const condition of ['dies', 'resigns from office', 'is convicted', 'holds a degree', 'has knowledge'])
        expect(
          found.filter((d) => d.startsWith(condition)),
          `${id} ${condition}`,
        ).toEqual([]);
    }
  });

  it('reads no unit in the section titles that end in "the Office"', () => {
    for (const [doc, id] of layouts)
      expect(
        extract(doc, id)
          .entities.filter((e) => e.type === 'Department')
          .map((e) => e.name),
        id,
      ).toEqual([]);
  });
});

describe("a statute's lists of capacity, composition, prohibitions and others' duties", () => {
  const sections = [
    '4.-(1) There is established a Board to be known as the Lakes Gaming Board which shall -\n(a) be a body corporate;\n(b) have perpetual succession and a common seal;\n(c) in its corporate name be capable of suing and being sued.',
    '5.-(1) The Board shall be composed of the following members:\n(a) a Chairman who shall be appointed by the President;\n(b) two members appointed by the Minister; and\n(c) one member from civil society appointed by the Minister.',
    '7. The functions of the Board shall be -\n(a) licensing gaming premises;\n(b) inspecting gaming devices; and\n(c) advising the Minister on gaming policy.',
    '9.-(2) The Board may, by summons, require that person to -\n(a) furnish the information in writing;\n(b) produce the document to the Board;\n(c) appear before the Board to give evidence.',
    '10.-(2) A member of the Board shall not -\n(a) have any interest in any licensed premises; or\n(b) receive any gift from a licensee.',
  ];
  it('reads only the functions as duties', () => {
    for (const [doc, id] of [
      [`Lakes Gaming Act 2031\n\n${sections.join('\n\n')}\n`, 'a.txt'],
      [
        `## PART II THE LAKES GAMING BOARD\n\n${sections.map((s) => s.replace(/\n\(/g, '\n- (')).join('\n\n')}\n`,
        'b.md',
      ],
    ] as const) {
      const duties = extract(doc, id)
        .entities.filter((e) => e.type === 'Responsibility')
        .map((e) => e.name.replace(/[;.]$/, '').replace(/;? and$/, ''));
      expect(duties.sort(), id).toEqual([
        'advising the Minister on gaming policy',
        'inspecting gaming devices',
        'licensing gaming premises',
      ]);
    }
  });
});

describe('an instrument cited as applying to a body, or by the section that gives it a duty', () => {
  it('governs the body', () => {
    const lines = [
      'The Lakes Language Commission is established by section 6 of this Act.',
      '(2) The [Crown Bodies Act 2004][37] applies to the Commission except where this Act provides otherwise.',
      'It has the responsibility, under section 40(4) of the Lakes Act 1998, to provide the Assembly with staff.',
    ];
    for (const [doc, id] of [
      [`Lakes Language Act\n\n${lines.join('\n\n')}\n`, 'a.md'],
      [`Lakes Language Act\n\n${lines.map((l) => l.replace(/\[|\]\[37\]/g, '')).join('\n')}\n`, 'b.txt'],
    ] as const) {
      const governed = triplesOf(extract(doc, id), 'GOVERNED_BY');
      expect(governed, id).toContain('GOVERNED_BY Lakes Language Commission -> Crown Bodies Act 2004');
      expect(governed, id).toContain('GOVERNED_BY Lakes Language Commission -> Lakes Act 1998');
    }
  });
});

describe("a statute's purposes", () => {
  it('are no duties of the body it establishes', () => {
    const purposes = [
      '(a) to establish the Lakes Game Council and provide for its functions; and',
      '(b) to create powers for the Minister to manage herds of special interest; and',
      '(c) to allow the Minister to delegate his or her powers to the Council.',
    ];
    const functions = ['(a) to advise the Minister on herd management;', '(b) to promote hunting safety.'];
    for (const [doc, id] of [
      [
        `Lakes Game Animal Council Act 2031\n\n3 Purposes\nThe purposes of this Act are—\n${purposes.join('\n')}\n\n8 Functions of the Council\nThe functions of the Lakes Game Council are—\n${functions.join('\n')}\n`,
        'a.txt',
      ],
      [
        `# Lakes Game Animal Council Act 2031\n\n##### 3 Purposes\n\n*   The purposes of this Act are---\n${purposes.map((p) => `    *   ${p}`).join('\n')}\n\n##### 8 Functions of the Council\n\n*   The functions of the Lakes Game Council are---\n${functions.map((p) => `    *   ${p}`).join('\n')}\n`,
        'b.md',
      ],
    ] as const) {
      const duties = extract(doc, id)
        .entities.filter((e) => e.type === 'Responsibility')
        .map((e) => e.name);
      expect(
        duties.some((d) => d.startsWith('to advise the Minister')),
        id,
      ).toBe(true);
      expect(
        duties.filter((d) => /^to (?:establish|create|allow)/.test(d)),
        id,
      ).toEqual([]);
    }
  });
});
