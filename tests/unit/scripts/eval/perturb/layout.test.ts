import { describe, expect, it } from 'vitest';
import { bulletsToTable } from '../../../../../scripts/eval/perturb/bullets-table.ts';
import { headingLevelShift } from '../../../../../scripts/eval/perturb/heading-level.ts';

describe('bulletsToTable', () => {
  const apply = (text: string) => bulletsToTable.apply({ name: 'page.md', text }).text;
  it.each([
    [
      'Branches:\n- Planning Branch\n- Science Branch',
      'Branches:\n\n|  |\n| --- |\n| Planning Branch |\n| Science Branch |',
    ],
    [
      'Intro\n\n  • Alpha Office\n  • Beta Office\n\nEnd.',
      'Intro\n\n|  |\n| --- |\n| Alpha Office |\n| Beta Office |\n\nEnd.',
    ],
  ])('%j -> %j', (before, after) => {
    expect(apply(before)).toBe(after);
  });
  it.each([
    ['- Only one item'],
    ['- Alpha Office\n  - nested detail\n- Beta Office'],
    ['- Alpha\n- This item is much too long to be a short item of a list, so the list stays a list as it is'],
    ['- Alpha\n* Beta'],
  ])('leaves %j alone', (text) => {
    expect(apply(text)).toBe(text);
  });
});

describe('headingLevelShift', () => {
  const apply = (text: string, name = 'page.md') => headingLevelShift.apply({ name, text }).text;
  it.each([
    ['# Title\n## Part\n### Sub', '# Title\n### Part\n#### Sub'],
    ['## 4.9 Office', '### 4.9 Office'],
    ['# T\n### A\n###### B', '# T\n## A\n##### B'],
  ])('%j -> %j', (before, after) => {
    expect(apply(before)).toBe(after);
  });
  it.each([['# Title only'], ['# T\n## A\n###### B'], ['No headings at all.']])('leaves %j alone', (text) => {
    expect(apply(text)).toBe(text);
  });
  it('leaves text pages alone', () => {
    expect(apply('## Not a heading in text', 'page.txt')).toBe('## Not a heading in text');
  });
});
