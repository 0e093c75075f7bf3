import { describe, expect, it } from 'vitest';
import { neutralHeading, neutralHeadingText } from '../../../../../scripts/eval/perturb/neutral-heading.ts';

const md = (text: string) => neutralHeading.apply({ name: 'page.md', text }).text;
const txt = (text: string) => neutralHeading.apply({ name: 'page.txt', text }).text;

describe('neutralHeadingText', () => {
  it.each([
    ['Functions', 'Overview'],
    ['Our roles and functions', 'Overview'],
    ['Powers and Functions', 'Overview'],
    ['What we do', 'Overview'],
    ['Organisational structure', 'Overview'],
    ['Senior management', 'Overview'],
    ['Functions of the Bureau', 'Overview of the Bureau'],
    ['Key functions of the Governing Board', 'Overview of the Governing Board'],
    ['Executive Director responsibilities', 'Executive Director overview'],
  ])('%s -> %s', (heading, neutral) => {
    expect(neutralHeadingText(heading)).toBe(neutral);
  });

  it.each([
    ['Management Board'],
    ['Office of Management and Budget'],
    ['Department of Management'],
    ['The Council shall have the following functions'],
    ['Administrative agencies'],
  ])('%s has no cue to remove (or the cue is part of a name or a sentence)', (heading) => {
    expect(neutralHeadingText(heading)).toBeUndefined();
  });
});

describe('neutralHeading rewrite', () => {
  it.each([
    ['## Leadership\n\n* Minister: A B', '## Overview\n\n* Minister: A B'],
    ['### Divisions ###', '### Overview ###'],
    ['##### 8 Functions of Bureau', '##### 8 Overview of Bureau'],
    ['## Key functions of the Governing Board:', '## Overview of the Governing Board:'],
    ['**Structure of the Ministry**', '**Overview of the Ministry**'],
    ['III. Leadership', 'III. Overview'],
  ])('markdown %j -> %j', (before, after) => {
    expect(md(before)).toBe(after);
  });

  it.each([
    [
      'Intro line.\n\nFunctions\nUnder section 7 the Authority shall:',
      'Intro line.\n\nOverview\nUnder section 7 the Authority shall:',
    ],
    ['Responsibilities:\n\n- one', 'Overview:\n\n- one'],
    [
      'Headquarters Paris\nAgency executives\n  • A B, Director',
      'Headquarters Paris\nAgency overview\n  • A B, Director',
    ],
  ])('text label %j -> %j', (before, after) => {
    expect(txt(before)).toBe(after);
  });

  it.each([
    ['Its functions, include:\n- one'],
    ['The agency is organised into three divisions:\n- one'],
    ['The Commission performs many functions for its members.'],
    ['- Functions'],
  ])('leaves %j alone (a sentence or list item, not a label)', (text) => {
    expect(txt(text)).toBe(text);
  });
});
