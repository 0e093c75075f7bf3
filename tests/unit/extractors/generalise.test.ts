// General patterns from documents unlike the seeds (other countries, markdown pages):
// "Title: Name" leaders, unit lists under any heading, roman-numeral sections, and the
// subject of SUBORDINATE_TO / GOVERNED_BY sentences. Each fixture uses its own names.
import { describe, expect, it } from 'vitest';
import { extract, extractFixture, namesOf, triples } from './helpers.ts';
import type { Extraction } from '../../../extractors/types.ts';

/** "person|title|body" for every HOLDS_POSITION of an extraction, sorted. */
function posts(x: Extraction): string[] {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${names.get(r.from)}|${r.properties.title}|${names.get(r.to)}`)
    .sort();
}

describe('leaders written as "Title: Name" (lines, markdown bullets, tables)', () => {
  it('reads markdown bullets, a Name | Position table and honorifics', () => {
    const x = extractFixture('generalise/leaders-markdown.md');
    expect(posts(x)).toEqual([
      'Aroha Pennington|Chief Executive Officer|Fisheries and Oceans Regulatory Authority',
      'Hemi Castellan|Chair|Fisheries and Oceans Regulatory Authority',
      'Keri Varga|Principal Scientist|Marine Research Unit',
      'Lin Wei-ting|Deputy Chair|Fisheries and Oceans Regulatory Authority',
      'Rangi Whitlock|Deputy Minister|Fisheries and Oceans Regulatory Authority',
      'Tamsin Okoro|Minister|Fisheries and Oceans Regulatory Authority',
    ]);
    expect(namesOf(x, 'Person').every((n) => !/^(Dr|Prof|Ms)\b/.test(n))).toBe(true);
  });

  it('reads plain "Title: Name" lines and gives a unit head the unit named in the title', () => {
    const x = extractFixture('generalise/leaders-lines.txt');
    expect(posts(x)).toEqual([
      'Chen Yu-hsuan|Head|Archaeology Division',
      'Kwame Abernathy|Chair|National Heritage Conservation Agency',
      'Marguerite Oyelaran|Chief Executive Officer|National Heritage Conservation Agency',
    ]);
  });

  it('reads a Position | Name table (columns in either order)', () => {
    const x = extract('# Port Authority of Velmora\n\n## Executive team\n\n| Position | Name |\n| --- | --- |\n| General Manager | Mr Tobias Renner |\n| Harbour Master | Siosaia Fifita |\n', 'ports.md');
    expect(posts(x)).toEqual(['Siosaia Fifita|Harbour Master|Port Authority of Velmora', 'Tobias Renner|General Manager|Port Authority of Velmora']);
  });

  it('reads "Director: Name" lines under a roman-numbered leadership section', () => {
    const x = extractFixture('generalise/roman-institutions.txt');
    expect(posts(x)).toEqual(['Ouyang Mei-ling|Deputy Director|Huaxi Provincial Bureau of Forestry', 'Zhao Lianhua|Director|Huaxi Provincial Bureau of Forestry']);
  });
});

describe('internal units under headings other than "internal organisation"', () => {
  it('reads "**Unit** – description" bullets as units with one duty each, a bare "Office" included', () => {
    const x = extractFixture('generalise/leaders-markdown.md');
    expect(namesOf(x, 'Department').sort()).toEqual(['Compliance Branch', 'Licensing Division', 'Office']);
    expect(triples(x)).toContain('HAS_DEPARTMENT Fisheries and Oceans Regulatory Authority -> Office');
    expect(triples(x)).toContain('HAS_RESPONSIBILITY Compliance Branch -> Patrols fishing grounds and prosecutes breaches of quota rules.');
    expect(triples(x)).toContain('HAS_RESPONSIBILITY Office -> Provides secretariat support to the Board.');
    expect(namesOf(x, 'Person')).not.toContain('Compliance Branch');
  });

  it('reads "Directorates", "Branches" and "Internal departments" sections, numbered or bulleted', () => {
    const x = extractFixture('generalise/units-headings.md');
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Catchment Management Directorate', 'Corporate Services Group', 'Drinking Water Quality Directorate', 'Groundwater Team',
      'Legal Services Unit', 'Policy and Planning Division', 'Regional Operations Centre', 'Water Infrastructure Directorate',
    ]);
    for (const unit of namesOf(x, 'Department')) expect(triples(x)).toContain(`HAS_DEPARTMENT Department of Water Security -> ${unit}`);
    expect(triples(x)).toContain('HAS_RESPONSIBILITY Legal Services Unit -> Advises the Department on contracts and litigation.');
    expect(triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY Department of Water Security'))).toEqual([]);
  });

  it('reads a list introduced by "consists of the following branches:" in any section', () => {
    const x = extractFixture('generalise/leaders-lines.txt');
    expect(namesOf(x, 'Department').sort()).toEqual(['Archaeology Division', 'Built Heritage Branch', 'Collections Management Section']);
    const y = extract('Tidewater Maritime Authority\n\nAbout\n\nThe Authority is organised into three divisions:\n\n- Search and Rescue Division\n- Maritime Security Section\n- Aviation Group\n', 'cg.txt');
    expect(namesOf(y, 'Department').sort()).toEqual(['Aviation Group', 'Maritime Security Section', 'Search and Rescue Division']);
    expect(triples(y)).toContain('HAS_DEPARTMENT Tidewater Maritime Authority -> Aviation Group');
  });
});
