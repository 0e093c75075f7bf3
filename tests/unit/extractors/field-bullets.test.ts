// Info boxes a converter set as bullets ("- Minister1 Name: Jane Roe"): read as the fields they
// are, while a list of units with their remits ("- Finance Division: manages ...") stays a list.
import { describe, expect, it } from 'vitest';
import { readBulletedFields } from '../../../extractors/field-bullets.ts';
import type { FlatBlock } from '../../../extractors/blocks.ts';
import { extract, namesOf, posts, triplesOf } from './helpers.ts';

const BOX = [
  'Agency Name: Ministry of Harbours',
  'Formed: 1959',
  'Jurisdiction: Government of Lowland',
  'Headquarters: 12 Quay Street, Port Lowe',
  'Minister1 Name: Jane Roe',
  'Minister1 Pfo: Minister of Harbours',
  'Minister2 Name: Amara Costa',
  'Minister2 Pfo: Undersecretary of Ports',
  'Child1 Agency: Fondo Nacional de Puertos',
];

describe('an info box written as bullets', () => {
  it.each([
    ['text', 'box.txt', '- '],
    ['text, round bullets', 'box.txt', '• '],
    ['markdown', 'box.md', '- '],
  ])('%s: its fields give the posts and the child agency', (_, id, bullet) => {
    const x = extract(
      `Ministry of Harbours (Lowland)\n\nInfobox\n\n${BOX.map((f) => `${bullet}${f}`).join('\n')}\n\nThe Ministry of Harbours is the cabinet-level office in charge of ports.\n`,
      id,
    );
    expect(posts(x)).toEqual([
      'Amara Costa|Undersecretary of Ports|Ministry of Harbours',
      'Jane Roe|Minister of Harbours|Ministry of Harbours',
    ]);
    expect(namesOf(x, 'Agency')).toContain('Fondo Nacional de Puertos');
    expect(triplesOf(x, 'SUBORDINATE_TO')).toContain(
      'SUBORDINATE_TO Fondo Nacional de Puertos -> Ministry of Harbours',
    );
  });
});

describe('readBulletedFields', () => {
  const item = (text: string, start: number, head: string): FlatBlock => {
    const at = text.indexOf(head, start);
    return {
      kind: 'item',
      markers: [],
      range: { start: at - 2, end: at + head.length },
      head: { start: at, end: at + head.length },
      indent: 0,
    };
  };
  it('leaves a list of units with their remits as items', () => {
    const lines = [
      'Finance Division: manages the budget, the accounts and the payroll of the ministry',
      'Ports Division: plans, builds and maintains the harbours and their approaches',
      'Legal Division: drafts the rules, advises the minister and conducts litigation',
      'Audit Unit: checks the accounts of every division each year and reports on them',
      'Press Office: answers the media and publishes the ministry news every week',
    ];
    const text = lines.map((l) => `- ${l}`).join('\n');
    let at = 0;
    const blocks = lines.map((l) => {
      const b = item(text, at, l);
      at = b.range.end;
      return b;
    });
    expect(readBulletedFields(text, blocks).map((b) => b.kind)).toEqual(lines.map(() => 'item'));
  });
});
