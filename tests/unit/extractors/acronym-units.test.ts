// A governing unit named by its body's declared initials and its own head word ("the HCC
// Board") is a unit of that body; initials the page never declares make no parent. Written here.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const TEXT =
  'Statement\n\nIn October 2016 I published the Independent Review of Meat Promotion Wales (MPW), undertaken by Kevin Roberts. One recommendation concerned the role of the MPW Board in delivering leadership, another the XYZ Board.\n';

describe("a board named by its body's initials", () => {
  it.each([
    ['plain text', 's.txt'],
    ['markdown', 's.md'],
  ])('is a unit of the body whose initials it carries (%s)', (_, id) => {
    const x = extract(TEXT, id);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(['HAS_DEPARTMENT Meat Promotion Wales -> MPW Board']);
    expect(x.entities.find((e) => e.name === 'MPW Board')?.type).toBe('Department');
  });
});
