// structure-text.ts: a short line straight above a bullet list or table is its label; a
// one-column table is a bullet list.
import { describe, expect, it } from 'vitest';
import type { FlatBlock } from '../../../extractors/blocks.ts';
import { structureText } from '../../../extractors/structure-text.ts';
import { extract, namesOf, triples } from './helpers.ts';

function blocksOf(text: string): string[] {
  const show = (b: FlatBlock): string => {
    const r = b.kind === 'item' ? b.head : b.kind === 'heading' || b.kind === 'label' ? b.content : b.range;
    return `${b.kind} ${text.slice(r.start, r.end)}`;
  };
  return structureText(text, { start: 0, end: text.length }, { allowHeadings: true }).map(show);
}

describe('structureText', () => {
  it('reads a short line straight above a bullet list as its label', () => {
    expect(blocksOf('Harbour Board\n\nAgencies under the Board\n- Records Office\n- Survey Office\n')).toEqual([
      'heading Harbour Board',
      'label Agencies under the Board',
      'item Records Office',
      'item Survey Office',
    ]);
  });

  it('reads a short line straight above a table as its label', () => {
    expect(blocksOf('Harbour Board\n\nSenior staff\n| Name | Post |\n| Ana Reyl | Chair |\n')[1]).toBe(
      'label Senior staff',
    );
  });

  it('does not make a label of a sentence or of a line a blank line away from the list', () => {
    expect(blocksOf('Harbour Board\n\nThe Board runs these offices.\n- Records Office\n- Survey Office\n')[1]).toBe(
      'paragraph The Board runs these offices.',
    );
    expect(blocksOf('Harbour Board\n\nAgencies under the Board\n\n- Records Office\n- Survey Office\n')[1]).not.toMatch(
      /^label/,
    );
  });

  it('reads a short line under running text as the label of a list a blank line below it, as markdown does', () => {
    const intro = 'The Board runs the harbour and keeps its records in good order.\nAgencies under the Board\n\n';
    for (const list of [
      '- Records Office\n- Survey Office\n',
      '|  |\n| --- |\n| Records Office |\n| Survey Office |\n',
    ]) {
      expect(blocksOf(`Harbour Board\n\n${intro}${list}`)).toEqual([
        'heading Harbour Board',
        'paragraph The Board runs the harbour and keeps its records in good order.',
        'label Agencies under the Board',
        'item Records Office',
        'item Survey Office',
      ]);
    }
  });

  it('reads a one-column table as bullet items', () => {
    const text = '| Units |\n|---|\n| Records Office |\n| Survey Office |\n';
    const blocks = structureText(text, { start: 0, end: text.length }, { allowHeadings: true });
    expect(blocks.every((b) => b.kind === 'item' && b.markers[0]?.style === 'bullet')).toBe(true);
    expect(blocksOf(text)).toEqual(['item Units', 'item Records Office', 'item Survey Office']);
  });

  it('keeps a two-column table as rows', () => {
    const text = '| Name | Post |\n|---|---|\n| Ana Reyl | Chair |\n| Ben Oduya | Clerk |\n';
    const blocks = structureText(text, { start: 0, end: text.length }, { allowHeadings: true });
    expect(blocks.some((b) => b.kind === 'row')).toBe(true);
    expect(blocks.some((b) => b.kind === 'item')).toBe(false);
  });
});

describe('legal numbering inside bullets', () => {
  it("takes a bracketed number after a bullet as the item's marker, in text as in markdown", () => {
    const text =
      'Functions\n\n- (a) to keep the register of ferries;\n- (b) to inspect ferries:\n    - (i) by day; or\n    - (ii) by night.\n';
    const items = structureText(text, { start: 0, end: text.length }, { allowHeadings: true }).filter(
      (b) => b.kind === 'item',
    );
    expect(
      items.map((b) => `${b.markers[0]?.style}:${b.markers[0]?.value} ${text.slice(b.head.start, b.head.end)}`),
    ).toEqual([
      'letter-lower:1 to keep the register of ferries;',
      'letter-lower:2 to inspect ferries:',
      'roman-lower:1 by day; or',
      'roman-lower:2 by night.',
    ]);
  });

  it('keeps "E. H. Harrison" after a bullet as text, with the bullet as marker', () => {
    const text = 'Board\n\n- E. H. Harrison, Chair\n- R. Oduya, Clerk\n';
    const items = structureText(text, { start: 0, end: text.length }, { allowHeadings: true }).filter(
      (b) => b.kind === 'item',
    );
    expect(items.map((b) => `${b.markers[0]?.style} ${text.slice(b.head.start, b.head.end)}`)).toEqual([
      'bullet E. H. Harrison, Chair',
      'bullet R. Oduya, Clerk',
    ]);
  });
});

describe('wrapped sentences', () => {
  it('joins a short line that opens in lower case to the line it runs on into', () => {
    for (const [text, joined] of [
      ['under the Harbour Data Agency\nAct 2011 [Act 5];', 'under the Harbour Data Agency\nAct 2011 [Act 5];'],
      ['as set out in the\nCanal Rules 2004.', 'as set out in the\nCanal Rules 2004.'],
    ] as const) {
      expect(blocksOf(text)).toEqual([`paragraph ${joined}`]);
    }
  });

  it('keeps short capitalised lines apart, as in an address or a profile block', () => {
    expect(
      blocksOf('Intro paragraph that is long enough to be a sentence of its own here.\nJane Roe\nDirector'),
    ).toEqual([
      'paragraph Intro paragraph that is long enough to be a sentence of its own here.',
      'paragraph Jane Roe',
      'paragraph Director',
    ]);
  });
});

describe('statute sections and hard-wrapped prose in plain text', () => {
  it('reads a section catchline as a heading over its text, in the wordings statutes use', () => {
    for (const line of [
      'Sec. 5. Office of the Warden. - The Office consists of the Warden.',
      'Section 5. Office of the Warden.— The Office consists of the Warden.',
      'Article 5. Office of the Warden: The Office consists of the Warden.',
    ]) {
      expect(blocksOf(`Canal Act\n\n${line}`)).toEqual([
        'heading Canal Act',
        'heading Office of the Warden',
        'paragraph The Office consists of the Warden.',
      ]);
    }
  });

  it('keeps a name that a hard wrap cut in two inside prose', () => {
    expect(
      blocksOf('Intro\n\n“canal works” has the meaning assigned to it in the Canal\nWorks Act 1972 [Act 7];'),
    ).toEqual([
      'heading Intro',
      'paragraph “canal works” has the meaning assigned to it in the Canal\nWorks Act 1972 [Act 7];',
    ]);
  });
});

describe('legal enumerations hard-wrapped at a short width', () => {
  const board = [
    'Governing body of the Board',
    '4. The Board consists of',
    '(a) a chairperson;',
    '(b) one representative of the Canal Authority not below the rank of Deputy',
    'Director; and',
    '(c) one representative of the Office of Lakes and Rivers',
    'Administration not below the rank of a Director;',
    '(d) the Warden.',
  ].join('\n');

  it("joins an item's tail that closes its clause, however short either line is", () => {
    expect(blocksOf(board).filter((b) => b.startsWith('item'))).toEqual([
      'item The Board consists of',
      'item a chairperson;',
      'item one representative of the Canal Authority not below the rank of Deputy\nDirector; and',
      'item one representative of the Office of Lakes and Rivers\nAdministration not below the rank of a Director;',
      'item the Warden.',
    ]);
  });

  it('keeps a capitalised line apart after an item that closed its clause, or when it closes none', () => {
    expect(blocksOf('(a) a chairperson;\nDirector; and\n(b) the Warden.')).toEqual([
      'item a chairperson;',
      'paragraph Director; and',
      'item the Warden.',
    ]);
    expect(blocksOf('1. Finance Division\n2. Legal Division\nThe Ministry also runs a library.')).toEqual([
      'item Finance Division',
      'item Legal Division',
      'paragraph The Ministry also runs a library.',
    ]);
  });
});

describe('numbered section headings and labels over numbered lists', () => {
  it('reads a roman-numbered line alone between blank lines as a heading, not as an item', () => {
    expect(
      blocksOf(
        'Canal Bureau\n\nI. Main duties\n\n(1) To keep the locks.\n(2) To clear the weirs.\n\nII. Staff\n\nJane Roe : Director\nOmar Feld : Deputy Director',
      ),
    ).toEqual([
      'heading Canal Bureau',
      'heading I. Main duties',
      'item To keep the locks.',
      'item To clear the weirs.',
      'heading II. Staff',
      'keyValue Jane Roe : Director',
      'keyValue Omar Feld : Deputy Director',
    ]);
  });

  it('reads a short line straight above a numbered list as its label, as above a bulleted one', () => {
    for (const marker of ['1.', '(a)', 'i)']) {
      expect(
        blocksOf(
          `Intro sentence that is long enough to be running text here.\nAttached offices\n${marker} Lock Keepers Agency`,
        )[1],
      ).toBe('label Attached offices');
    }
  });
});

describe('one heading level in plain text', () => {
  it('nests headings under a heading that names them in the plural, and reads a short line over its sentence as a heading', () => {
    const md =
      '# Canal Bureau\n\nThe Canal Bureau runs the canals of the city.\n\n## Our teams\n\n### Lock Standards Team\nWrites the standards for locks and checks them every year.\n\n### Towpath Team\nKeeps the towpaths clear and safe for walkers.\n\n## Structure\n\nThe Bureau has two teams.\n';
    const txt = md.replace(/^#+ /gm, '');
    const x = extract(txt, 'c.txt');
    expect(triples(x).sort()).toEqual(triples(extract(md, 'c.md')).sort());
    expect(namesOf(x, 'Department').sort()).toEqual(['Lock Standards Team', 'Towpath Team']);
  });

  it('keeps a name line over a title line a profile block, not a heading', () => {
    expect(
      blocksOf('Canal Bureau\n\nIntro text that runs long enough to be a paragraph here.\n\nJane Roe\nDirector'),
    ).toEqual([
      'heading Canal Bureau',
      'paragraph Intro text that runs long enough to be a paragraph here.',
      'paragraph Jane Roe',
      'paragraph Director',
    ]);
  });
});

describe('fields after a list', () => {
  it('does not fold a field a blank line after a list into the last item', () => {
    const x = extract(
      'Canal Bureau\n\nThe duties of the Canal Bureau are:\n(1) To keep the locks.\n(2) To clear the weirs.\n\nInternal organization: Office; Lock Section\n\nJane Roe\nDirector\n',
    );
    expect(
      namesOf(x, 'Responsibility')
        .map((n) => n.replace(/\.$/, ''))
        .sort(),
    ).toEqual(['To clear the weirs', 'To keep the locks']);
  });
});
