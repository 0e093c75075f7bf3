// A statute that founds an office inside a ministry ("There is established in the Ministry
// responsible for transport the Office of the X"), under a Part heading that names the office,
// with its functions in an item's sub-list ("The functions of the Office are to —"). The office
// is the statute's body, not a unit of the legislature that enacted it. Written here, in
// markdown and as plain text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const MARKDOWN =
  '# The Harbour Safety Act, 2019\n\n**Enactment**: Enacted by the Parliament of Lakeland.\n\nAn Act to establish the Office of the Harbour Safety Commissioner and provide for its functions.\n\n---\n\n# Part 2 \u00bb Office of the Harbour Safety Commissioner\n\n## 4. Establishment of Office of Harbour Safety Commissioner\n\n1. There is established in the Ministry responsible for transport the Office of the Harbour Safety Commissioner which is responsible for the safety of harbours in the Republic.\n2.  The functions of the Office of the Harbour Safety Commissioner are to \u2014\n\n    1. register harbour pilots;\n    2. inspect mooring equipment; and\n    3. investigate accidents in harbours.\n';

const PLAIN_TEXT =
  'The Harbour Safety Act, 2019\n\nEnactment: Enacted by the Parliament of Lakeland.\n\nAn Act to establish the Office of the Harbour Safety Commissioner and provide for its functions.\n\nPART 2 - Office of the Harbour Safety Commissioner\n\n4. Establishment of Office of Harbour Safety Commissioner\n\n(1) There is established in the Ministry responsible for transport the Office of the Harbour Safety Commissioner which is responsible for the safety of harbours in the Republic.\n(2) The functions of the Office of the Harbour Safety Commissioner are to \u2014\n\n    (a) register harbour pilots;\n    (b) inspect mooring equipment; and\n    (c) investigate accidents in harbours.\n';

describe('an office a statute founds within a ministry', () => {
  it.each([
    ['markdown', 'act.md', MARKDOWN],
    ['plain text', 'act.txt', PLAIN_TEXT],
  ])('%s', (_, id, text) => {
    const x = extract(text, id);
    const office = 'Office of the Harbour Safety Commissioner';
    expect(namesOf(x, 'Department')).toEqual([]);
    expect(namesOf(x, 'Agency')).toContain(office);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([]);
    expect(triplesOf(x, 'GOVERNED_BY')).toEqual([`GOVERNED_BY ${office} -> Harbour Safety Act, 2019`]);
    expect(triplesOf(x, 'HAS_RESPONSIBILITY').map((t) => t.replace(/;? and$|\.$/, ''))).toEqual(
      ['inspect mooring equipment', 'investigate accidents in harbours', 'register harbour pilots'].map(
        (duty) => `HAS_RESPONSIBILITY ${office} -> ${duty}`,
      ),
    );
  });
});
