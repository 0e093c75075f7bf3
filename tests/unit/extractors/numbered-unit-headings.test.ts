// A body's page that gives each unit a numbered heading ("### 1.Legal Unit", "### 2.
// Procurement Unit") under a heading that names its units ("## Units", "## The Agency has six
// sections:-"): every such heading is one of the body's units, its number no part of the name,
// under a title that names the body or one that names none.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const UNITS = ['Legal Unit', 'Procurement Unit', 'Internal Audit Unit', 'Planning and Evaluation Unit'];
const SECTIONS = ['Finance and Accounts Section', 'Calibration Services Section', 'Surveillance Section'];

function page(owner: string, glued: boolean, title: string): string {
  const numbered = (names: readonly string[]) =>
    names
      .map(
        (n, k) =>
          `### ${k + 1}.${glued ? '' : ' '}${n}\n\n- Carry out the work of the ${n.toLowerCase()}\n- Report to the chief executive every quarter\n`,
      )
      .join('\n');
  return `# ${title}\n\nThe ${owner} protects consumers.\n\n## ${owner} have three sections:-\n\n${numbered(SECTIONS)}\n## Units\n\n${numbered(UNITS)}`;
}

describe('numbered unit headings under a heading that names the units', () => {
  it.each([
    ['numbers glued to the names', 'Lakeland Weights Agency', true, 'Lakeland Weights Agency'],
    ['numbers set apart, a title that names no body', 'Port Tamsin Standards Agency', false, 'About us'],
    ['numbers glued, a title that names no body', 'Lakeland Weights Agency', true, 'Who we are'],
  ])('%s: each heading is a unit of the body, none an agency of its own', (_, owner, glued, title) => {
    const x = extract(page(owner, glued, title), 'page.md');
    expect(namesOf(x, 'Agency')).toEqual([owner]);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual(
      [...SECTIONS, ...UNITS].map((u) => `HAS_DEPARTMENT ${owner} -> ${u}`).sort(),
    );
  });
});
