import { describe, expect, it } from 'vitest';
import { markdownToText, plainInline, textToMarkdown } from '../../../../../scripts/eval/perturb/markdown-text.ts';

describe('plainInline', () => {
  it.each([
    ['The **Office of Rail** (ORR)', 'The Office of Rail (ORR)'],
    ['*Mandate.* and _italic_ and snake_case_name', 'Mandate. and italic and snake_case_name'],
    ['[Aaron Snow](https://example.org/a_(b)) joined', 'Aaron Snow joined'],
    ['![logo](x.png) `code` \\*literal\\*', 'logo code *literal*'],
    ['**Sec. 2. *Mandate.***', 'Sec. 2. Mandate.'],
    ['a <span class="x">b</span> c', 'a b c'],
  ])('%j -> %j', (before, after) => {
    expect(plainInline(before)).toBe(after);
  });
});

describe('markdownToText', () => {
  it.each([
    ['# Ministry\n## Leadership\n* Minister: A B', 'Ministry\n\nLeadership\n- Minister: A B'],
    ['---\ntitle: A page\n---\nBody <br/> more', 'title: A page\nBody\nmore'],
    ['> *quoted* text\n\n-----\n\n1. **one**', 'quoted text\n\n\n\n1. one'],
    ['Para\n\n## [Unit (U)](https://x.org)  ', 'Para\n\nUnit (U)'],
  ])('%j -> %j', (before, after) => {
    expect(markdownToText.apply({ name: 'doc.md', text: before })).toEqual({ name: 'doc.txt', text: after });
  });
  it('leaves text pages alone', () => {
    const page = { name: 'doc.txt', text: '# not markdown' };
    expect(markdownToText.apply(page)).toBe(page);
  });
});

describe('textToMarkdown', () => {
  it.each([
    [
      'Functions\nUnder section 7, the Authority shall plan.',
      '## Functions\nUnder section 7, the Authority shall plan.',
    ],
    [
      'Intro paragraph here.\n\nStructure\n\nThe Commission has eight members.',
      'Intro paragraph here.\n\n## Structure\n\nThe Commission has eight members.',
    ],
    ['Type: Public\nCountry: Korea', 'Type: Public  \nCountry: Korea'],
    ['  • first item\n  • second item', '  - first item\n  - second item'],
    ['- item\nNext label', '- item\n\nNext label'],
    ['An intro sentence.\nA | B |\n---|---|', 'An intro sentence.\n\nA | B |\n---|---|'],
    ['Ministers\nA | B |\n---|---|', '## Ministers\nA | B |\n---|---|'],
    ['#1 priority', '\\#1 priority'],
  ])('%j -> %j', (before, after) => {
    expect(textToMarkdown.apply({ name: 'doc.txt', text: before })).toEqual({ name: 'doc.md', text: after });
  });
  it('does not make a heading of a short line followed by another short line (a name and a title)', () => {
    expect(textToMarkdown.apply({ name: 'd.txt', text: 'Text.\n\nJane Doe\n\nChief Executive' }).text).toBe(
      'Text.\n\nJane Doe\n\nChief Executive',
    );
  });
});
