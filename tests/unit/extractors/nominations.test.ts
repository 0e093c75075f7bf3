// Nomination messages ("Name, of Place, to be Post, vice Name, resigned.") and text
// hard-wrapped at a fixed width, where a body's name or a sentence runs over the wrap.
// Invented names throughout; each shape is asserted in more than one layout.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

// Lines wrapped at 70 characters, as a nomination message is printed.
const WRAPPED = `Nominations Sent to the Senate

To the Senate of Northland, I nominate

Mara Quill, of Lakeshore, to be Director of the Office of Harbour
Inspection, vice Tomas R. Fenn, resigned.

Odile Brask, of the Eastern District, to be Deputy Administrator of the
Coastal Survey Administration, vice Piet Haldane.

Ivo Marten, of Westfield, to be Under Secretary for Forests, Department
of Land Affairs, vice Lena Ostrova, resigned.

Rhea Vance, of Lakeshore, to be a Member of the Grain Trading Commission
for the remainder of the term expiring June 5, 2034, vice Karl Dune,
resigned.

Ben Sorel, of Northfield, to be Special Envoy for Water Affairs, vice
Ada Lin.
`;

// The same messages, one line each, as markdown.
const UNWRAPPED = `# Nominations Sent to the Senate

To the Senate of Northland, I nominate

Mara Quill, of Lakeshore, to be Director of the Office of Harbour Inspection, vice Tomas R. Fenn, resigned.

Odile Brask, of the Eastern District, to be Deputy Administrator of the Coastal Survey Administration, vice Piet Haldane.

Ivo Marten, of Westfield, to be Under Secretary for Forests, Department of Land Affairs, vice Lena Ostrova, resigned.

Rhea Vance, of Lakeshore, to be a Member of the Grain Trading Commission for the remainder of the term expiring June 5, 2034, vice Karl Dune, resigned.

Ben Sorel, of Northfield, to be Special Envoy for Water Affairs, vice Ada Lin.
`;

const EXPECTED = [
  'HOLDS_POSITION Ivo Marten -> Department of Land Affairs',
  'HOLDS_POSITION Karl Dune -> Grain Trading Commission',
  'HOLDS_POSITION Lena Ostrova -> Department of Land Affairs',
  'HOLDS_POSITION Mara Quill -> Office of Harbour Inspection',
  'HOLDS_POSITION Odile Brask -> Coastal Survey Administration',
  'HOLDS_POSITION Piet Haldane -> Coastal Survey Administration',
  'HOLDS_POSITION Rhea Vance -> Grain Trading Commission',
  'HOLDS_POSITION Tomas R. Fenn -> Office of Harbour Inspection',
];

describe('nomination messages', () => {
  it('gives the nominee and the person after "vice" the post the sentence names, wrapped or not', () => {
    for (const [doc, id] of [
      [WRAPPED, 'wrapped.txt'],
      [UNWRAPPED, 'unwrapped.md'],
      [UNWRAPPED.replace(/^# /, ''), 'unwrapped.txt'],
    ] as const) {
      const x = extract(doc, id);
      expect(triplesOf(x, 'HOLDS_POSITION'), id).toEqual(EXPECTED);
    }
  });

  it('gives a post that names no body no relation, not the body the message is sent to', () => {
    const x = extract(WRAPPED, 'wrapped.txt');
    expect(namesOf(x, 'Person')).toEqual(expect.arrayContaining(['Ben Sorel', 'Ada Lin']));
    expect(triplesOf(x, 'HOLDS_POSITION').some((t) => t.includes('Senate'))).toBe(false);
  });

  it('reads no person from the line a wrapped sentence goes on with', () => {
    for (const [doc, id] of [
      [WRAPPED, 'wrapped.txt'],
      [UNWRAPPED.replace(/^# /, ''), 'unwrapped.txt'],
    ] as const) {
      const people = namesOf(extract(doc, id), 'Person').sort();
      expect(people, id).toEqual(
        [
          'Ada Lin',
          'Ben Sorel',
          'Ivo Marten',
          'Karl Dune',
          'Lena Ostrova',
          'Mara Quill',
          'Odile Brask',
          'Piet Haldane',
          'Rhea Vance',
          'Tomas R. Fenn',
        ].sort(),
      );
    }
  });
});

describe('text hard-wrapped at a fixed width', () => {
  // Prose wrapped at 60 characters; each break falls inside a body's name.
  const prose = `Annual statement of the harbour services

Sam Ortega was named Director of the Office of Personnel
Management, the press office said on Monday morning.
Lia Park was appointed Chief Scientist of the National
Institute of Marine Health, the ministry said that day.
The Board of Ports approved the two appointments that day
and thanked the outgoing office holders for their work.
The statement was published by the Ministry of Harbours
and is available from the ministry's press office.
`;

  it('reads a body whose name runs over the wrap as one name', () => {
    const agencies = namesOf(extract(prose, 'prose.txt'), 'Agency');
    expect(agencies).toEqual(
      expect.arrayContaining(['Office of Personnel Management', 'National Institute of Marine Health']),
    );
    expect(agencies).not.toContain('Office of Personnel');
  });

  it('keeps short lines apart when the text is not wrapped', () => {
    const lines = `Board of Ports

Chair: Sam Ortega
Office of Personnel
Management Board
Secretary: Lia Park
`;
    const agencies = namesOf(extract(lines, 'lines.txt'), 'Agency');
    expect(agencies).not.toContain('Office of Personnel Management Board');
  });
});
