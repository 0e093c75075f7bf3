// A statute that vests a body's affairs in a board named "Board of Management" and "Board of
// Management of the Authority", then gives the board "the following powers, duties and
// functions" in a numbered item's sub-list, after a clause that names the Authority first
// ("For the purpose of ... the Authority, the Board may ..."). Written here; read as plain text
// and as markdown.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const ACT =
  'Lakes Development Authority Act\n\n1. There shall be established an Authority which shall be called the Lakes Development Authority (hereinafter referred to as the Authority).\n2. The management of the affairs of the Authority shall be vested in a Board of Management appointed by the Minister (hereinafter referred to as the Board).\n   - Constitution of the Board of Management of the Authority.\n3. For the purpose of carrying out the objects of the Authority, the Board may exercise, perform and discharge all or any of the following powers, duties and functions :\n   a. identify and approve development projects within the lake area ;\n   b. obtain technical assistance from local and foreign sources ;\n   c. carry out research relating to the lake area.\n';

describe("a board's powers, duties and functions in a statute", () => {
  it.each([
    ['plain text', 'act.txt'],
    ['markdown', 'act.md'],
  ])('%s', (_, id) => {
    const x = extract(ACT, id);
    const board = 'Board of Management of the Authority';
    expect(namesOf(x, 'Department')).toEqual([board]);
    expect(x.entities.find((e) => e.name === board)?.aliases).toContain('Board of Management');
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([`HAS_DEPARTMENT Lakes Development Authority -> ${board}`]);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY').map((t) => t.replace(/\.$/, ''))).toEqual(
      [
        'carry out research relating to the lake area',
        'identify and approve development projects within the lake area',
        'obtain technical assistance from local and foreign sources',
      ].map((duty) => `HAS_RESPONSIBILITY ${board} -> ${duty}`),
    );
  });
});
