// Unit lists whose introduction the structure stage does not make a heading: a short label
// line right above a numbered list ("Internal bodies"), and a sentence announcing "N
// directorates" followed by one name per line. Also: a document about a provincial or
// local body is not an "external" list just because its title says "Provincial".
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.ts';

const departmentsOf = (text: string): string[] =>
  triples(extract(text))
    .filter((t) => t.startsWith('HAS_DEPARTMENT '))
    .sort();

describe('unit lists after a non-heading introduction', () => {
  it.each([
    [
      'a label line directly above a numbered list',
      'Regional Forestry Bureau\n\nThe Regional Forestry Bureau is a department of the Regional Government.\n\nInternal bodies\n(1) General Office\n(2) Seedling Division\n(3) Wildfire Division\n',
      'Regional Forestry Bureau',
    ],
    [
      'an "N directorates" sentence, names one per line',
      'Lakeside Water Authority\n\nThe Lakeside Water Authority is a statutory body.\n\nHow we are structured\nThe Authority works through three directorates:\nGeneral Office\nSeedling Division\nWildfire Division\n',
      'Lakeside Water Authority',
    ],
    [
      'a county body with a plain bullet list under "Its units"',
      'Marsh County Licensing Office\n\nIts units\n- General Office\n- Seedling Division\n- Wildfire Division\n',
      'Marsh County Licensing Office',
    ],
  ])('%s', (_, text, owner) => {
    expect(departmentsOf(text)).toEqual(
      ['General Office', 'Seedling Division', 'Wildfire Division'].map((unit) => `HAS_DEPARTMENT ${owner} -> ${unit}`),
    );
  });

  it('still reads regional field offices as outside the body', () => {
    const text =
      'Harbour Board\n\nThe Harbour Board is a statutory body.\n\nRegional offices\n- Northern Port Office\n- Southern Port Office\n';
    expect(departmentsOf(text)).toEqual([]);
  });
});

describe('a unit heading repeated by a breadcrumb', () => {
  it('reads "Departments Departments" as "Departments": its sub-headings are units of the body the page names', () => {
    const page = (title: string): string =>
      `${title}\n\nDepartment of Lake Relations (DLR)\n\nThe Department is headed by a Deputy Permanent Secretary and deals with lake relations.\n\nThe Ministry of Lakes has the responsibility of executing policy.\n\nDepartment of River Relations (DRR)\n\nThis Department is headed by an under-secretary.\n`;
    const expected = [
      'HAS_DEPARTMENT Ministry of Lakes -> Department of Lake Relations',
      'HAS_DEPARTMENT Ministry of Lakes -> Department of River Relations',
    ];
    expect(departmentsOf(page('Departments'))).toEqual(expected);
    expect(departmentsOf(page('Departments Departments'))).toEqual(expected);
  });
});
