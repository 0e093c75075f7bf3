// structure-markdown.ts: emphasis lines and strong leads head what follows, emphasised
// numbered lines are items, unfenced indented code is re-entered as text, and legal
// numbering after a bullet is the item's marker.
import { describe, expect, it } from 'vitest';
import type { FlatBlock } from '../../../extractors/blocks.ts';
import { structureMarkdown } from '../../../extractors/structure-markdown.ts';
import { extract, namesOf, posts, triples } from './helpers.ts';

/** "kind[:style:value] text" per block, the text trimmed (markup is blanked to spaces). */
function blocksOf(md: string): string[] {
  const { blocks, text } = structureMarkdown(md);
  const show = (b: FlatBlock): string => {
    const r = b.kind === 'item' ? b.head : b.kind === 'heading' || b.kind === 'label' ? b.content : b.range;
    const marker = b.kind === 'item' ? `:${b.markers[0]?.style}:${b.markers[0]?.value}` : '';
    return `${b.kind}${marker} ${text.slice(r.start, r.end).replace(/\s+/g, ' ').trim()}`;
  };
  return blocks.map(show);
}

describe('structureMarkdown', () => {
  it('reads a paragraph made of one emphasis span as a heading', () => {
    expect(blocksOf('**Mandate**\n\nThe office keeps records.\n')).toEqual([
      'heading Mandate',
      'paragraph The office keeps records.',
    ]);
    expect(blocksOf('*Our history*\n\nFounded in 1901.\n')[0]).toBe('heading Our history');
  });

  it('splits a strong lead followed by " - " into a heading and a paragraph', () => {
    expect(blocksOf('**Sec. 3. Powers.** - The Ministry shall keep records.\n')).toEqual([
      'heading Sec. 3. Powers.',
      'paragraph The Ministry shall keep records.',
    ]);
  });

  it('does not make a heading of a bold word that opens ordinary prose', () => {
    expect(blocksOf('**Note** the office is closed on Mondays.\n')).toEqual([
      'paragraph Note the office is closed on Mondays.',
    ]);
  });

  it('reads an emphasised line that opens with a marker as an item', () => {
    expect(blocksOf('_(a) to formulate budget rules_\n\n**4. The Council shall meet monthly.**\n')).toEqual([
      'item:letter-lower:1 to formulate budget rules',
      'item:arabic-dot:4 The Council shall meet monthly.',
    ]);
  });

  it('re-enters unfenced indented code as text with its emphasis marks blanked', () => {
    const md = 'Intro line.\n\n    The office keeps **records** of\n    all *permits* issued.\n';
    const { text } = structureMarkdown(md);
    expect(text).toHaveLength(md.length);
    expect(text).not.toMatch(/[*]/);
    expect(blocksOf(md).join(' ')).toMatch(/The office keeps records of.*all permits issued\./);
    expect(blocksOf(md).every((b) => !b.startsWith('heading'))).toBe(true);
  });

  it('keeps a fenced code block out of the text', () => {
    expect(blocksOf('Intro line.\n\n```\n**not** a heading\n```\n')).toEqual(['paragraph Intro line.']);
  });

  it('takes bracketed legal numbering after a bullet as the item marker', () => {
    expect(blocksOf('* (a) foreign trade policy\n* (b) customs rules\n')).toEqual([
      'item:letter-lower:1 foreign trade policy',
      'item:letter-lower:2 customs rules',
    ]);
  });

  it('does not take initials after a bullet for numbering', () => {
    expect(blocksOf('* E. K. Marlowe, Registrar\n* J. Ode, Clerk\n')).toEqual([
      'item:bullet:0 E. K. Marlowe, Registrar',
      'item:bullet:0 J. Ode, Clerk',
    ]);
  });

  it('reads a short line straight above a list as its label', () => {
    expect(blocksOf('Agencies under the Ministry\n- Records Office\n- Survey Office\n')).toEqual([
      'label Agencies under the Ministry',
      'item:bullet:0 Records Office',
      'item:bullet:0 Survey Office',
    ]);
  });
});

describe('converter output without blank lines', () => {
  // Markdown folds every unindented line after a bullet into it (lazy continuation); a page
  // converted from HTML writes its paragraphs that way.
  const page = (bullet: string): string =>
    `Canal Board of Wexmoor\nThe Board consists of:\n${bullet} the Chair;\n${bullet} the Treasurer; and\nnot less than five members named by the council.\nThe Board meets every month.\nMandate\nThe Board shall:\n${bullet} approve the annual budget of the canals;\n${bullet} appoint the auditors of the canal accounts.\n`;

  for (const bullet of ['-', '*', '+']) {
    it(`closes the list at a line that opens a new sentence (bullet "${bullet}")`, () => {
      const x = extract(page(bullet), 'board.md');
      expect(
        namesOf(x, 'Responsibility')
          .map((n) => n.replace(/[.;]$/, ''))
          .sort(),
      ).toEqual(['appoint the auditors of the canal accounts', 'approve the annual budget of the canals']);
    });
  }

  it('keeps a wrapped item whole: a lower-case line goes on with the item', () => {
    expect(blocksOf('- the Chair; and\nnot less than five members.\nThe Board meets.\n')).toEqual([
      'item:bullet:0 the Chair; and',
      'paragraph not less than five members.',
      'paragraph The Board meets.',
    ]);
  });
});

describe('a label folded into the item above it', () => {
  const page = (label: string): string =>
    `Organization\nThe Secretariat is divided into offices and divisions. Each kind is as follows:\n- Office: twenty posts under a Director\n- Division: fifteen posts under a Head\n${label}\n- Office of Legal Affairs\n- Records Division\n- Office of the Registrar\n`;

  it('reads a short capitalised last line of an item that has a next one at the level of the list, not in the item', () => {
    const indents = (md: string): string[] =>
      structureMarkdown(md).blocks.map((b) => `${b.kind} ${'indent' in b ? (b.indent ?? 0) : 0}`);
    expect(indents('- Division: fifteen posts under a Head\nOffices\n- Office of Legal Affairs\n')).toEqual([
      'item 0',
      'paragraph 0',
      'item 0',
    ]);
    // The last item keeps its last line: nothing after it for a label to head.
    expect(indents('- Office of Legal Affairs\nRecords\n')[1]).not.toBe('paragraph 0');
  });

  it('gives the page body the units after the label, and no unit to a head word defined by its item', () => {
    for (const label of ['Offices and divisions', 'Units']) {
      const x = extract(page(label), 'registry.md');
      expect(namesOf(x, 'Department').sort()).toEqual([
        'Office of Legal Affairs',
        'Office of the Registrar',
        'Records Division',
      ]);
      expect(triples(x).filter((t) => t.startsWith('HAS_DEPARTMENT Secretariat ->'))).toHaveLength(3);
    }
  });
});

describe('labels over tables and lists in markdown', () => {
  it('reads a short line a blank line above a pipe table as its label, as plain text does', () => {
    const md =
      'Ministry of Canals\n\nMinisters since 1990\n\nNo | Name | Start |\n---|---|---|\n1 | Jonas Pyle | 1990 |\n2 | Amara Kell | 1994 |\n';
    for (const [doc, id] of [
      [md, 'm.md'],
      [md, 'm.txt'],
    ] as const) {
      expect(posts(extract(doc, id))).toEqual([
        'Amara Kell|Minister|Ministry of Canals',
        'Jonas Pyle|Minister|Ministry of Canals',
      ]);
    }
  });

  it('reads the last line of a paragraph, after a sentence ended, as the label of the list below', () => {
    const x = extract(
      'Ministry of Canals\n\nThe Ministry of Canals runs the waterways.  \nAgencies under the Ministry\n- Lock Keepers Agency\n- Weir Safety Agency\n',
      'm.md',
    );
    expect(
      triples(x)
        .filter((t) => t.startsWith('SUBORDINATE_TO'))
        .sort(),
    ).toEqual([
      'SUBORDINATE_TO Lock Keepers Agency -> Ministry of Canals',
      'SUBORDINATE_TO Weir Safety Agency -> Ministry of Canals',
    ]);
  });

  it('reads a statute section the same in markdown bold leads and in plain text', () => {
    const md =
      '# Canal Act\n\n**Sec. 5. *Canal Records Division.*** - There shall be a Canal Records Division in the Ministry of Canals. It shall have the following functions:\n\n1. Keep the register of boats;\n2. Publish the annual canal census.\n';
    const txt =
      'Canal Act\n\nSec. 5. Canal Records Division. - There shall be a Canal Records Division in the Ministry of Canals. It shall have the following functions:\n\n1. Keep the register of boats;\n2. Publish the annual canal census.\n';
    expect(triples(extract(txt, 'a.txt')).sort()).toEqual(triples(extract(md, 'a.md')).sort());
  });
});

describe('a heading that names a person and a post', () => {
  it('does not make the body of the post a unit of the page', () => {
    for (const id of ['n.md', 'n.txt']) {
      const x = extract(
        'Canal Data Service\n\nThe search was launched this year.\n\nJane Roe, Secretary of the Treasury Board\n\nThe new head starts today.\n',
        id,
      );
      expect(namesOf(x, 'Department')).toEqual([]);
    }
  });
});
