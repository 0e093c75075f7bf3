// A list of bodies under another, announced by a lead-in sentence rather than a heading
// ("Agencies under the DOL's portfolios include:"), even where a label line above it makes
// the lead-in a field's value. Written here; read as markdown and as plain text.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const PAGE = [
  'Department of Lakes overview | |',
  '---|---|',
  'Jurisdiction | Lakeland Government |',
  'The Department of Lakes (DOL) is a government department in Lakeland.',
  'Functions',
  'The DOL has responsibility over the following policy areas:',
  'Agencies',
  "Agencies under the DOL's portfolios include:",
  '- Lakes Boundaries Commission',
  '- Lakes Ombudsman Office',
  '- Office of the Lakes Surveyor',
  '',
].join('\n');

describe('bodies a lead-in sentence puts under a department', () => {
  it.each([
    ['markdown', 'dol.md'],
    ['plain text', 'dol.txt'],
  ])('%s', (_, id) => {
    expect(triplesOf(extract(PAGE, id), 'SUBORDINATE_TO')).toEqual(
      ['Lakes Boundaries Commission', 'Lakes Ombudsman Office', 'Office of the Lakes Surveyor'].map(
        (body) => `SUBORDINATE_TO ${body} -> Department of Lakes`,
      ),
    );
  });
});
