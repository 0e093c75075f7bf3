import { describe, expect, it } from 'vitest';
import { boldLeadParagraph } from '../../../../../scripts/eval/perturb/bold-lead.ts';

const apply = (text: string) => boldLeadParagraph.apply({ name: 'page.md', text }).text;

describe('boldLeadParagraph', () => {
  it.each([
    ['**Planning Unit** – plans the network.', '**Planning Unit**\n\nplans the network.'],
    ['**Planning Unit** - plans the network.', '**Planning Unit**\n\nplans the network.'],
    ['**Planning Unit**: plans the network.', '**Planning Unit**\n\nplans the network.'],
    ['**Planning Unit:** plans the network.', '**Planning Unit**\n\nplans the network.'],
    ['**Sec. 2. *Mandate.*** - The Office shall advise.', '**Sec. 2. *Mandate.***\n\nThe Office shall advise.'],
    ['Intro.\n**A Unit** — does a.\nNext.', 'Intro.\n\n**A Unit**\n\ndoes a.\n\nNext.'],
  ])('paragraph %j -> %j', (before, after) => {
    expect(apply(before)).toBe(after);
  });

  it.each([
    ['- **A Unit** – does a.\n- **B Unit** – does b.', '- **A Unit**\n\n  does a.\n- **B Unit**\n\n  does b.'],
    ['1. **A Unit** — does a.', '1. **A Unit**\n\n   does a.'],
  ])('list item %j -> %j', (before, after) => {
    expect(apply(before)).toBe(after);
  });

  it.each([['**Bold only**'], ['Text with **bold** – inside.'], ['**well-known** rules apply'], ['**A**-b']])(
    'leaves %j alone',
    (text) => {
      expect(apply(text)).toBe(text);
    },
  );
});
