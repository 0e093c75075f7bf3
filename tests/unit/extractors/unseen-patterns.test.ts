// Patterns from unseen page styles (Indian ministry pages, US city departments, EU agency
// pages): units as markdown sub-headings, units enumerated in a sentence, leaders written
// "**Name**, Title" or "headed by a Title, Name", numbered EU instruments, subordinate-body
// headings and legislation sections. Each fixture uses invented names.
import { describe, expect, it } from 'vitest';
import { extract, extractFixture, namesOf, triples } from './helpers.ts';

describe('units given as markdown sub-headings', () => {
  it('reads each "### Unit" under "Offices" as a Department with its paragraph as one duty', () => {
    const x = extractFixture('generalise/units-subheadings.md');
    expect(namesOf(x, 'Department').sort()).toEqual(['Office of the Building Code', 'Tenant Protection and Inspections']);
    expect(triples(x)).toContain('HAS_DEPARTMENT Provincial Housing Standards Board -> Office of the Building Code');
    expect(triples(x)).toContain('HAS_DEPARTMENT Provincial Housing Standards Board -> Tenant Protection and Inspections');
    expect(triples(x)).toContain('HAS_RESPONSIBILITY Tenant Protection and Inspections -> Inspects rental housing on complaint and orders repairs where standards are not met.');
    expect(namesOf(x, 'Agency')).toEqual(['Provincial Housing Standards Board']);
  });

  it('reads "Divisions" and "Our teams" sub-headings, one duty per unit and none for the main body', () => {
    const x = extract('# Gorsedd Valley Water Commission\n\n## Our teams\n\n### Flood Forecasting Team\n\nRuns the river gauge network and issues flood warnings.\n\n### Abstraction Licensing Team\n\nProcesses applications to take water from rivers and boreholes.\n', 'water.md');
    expect(triples(x).sort()).toEqual([
      'HAS_DEPARTMENT Gorsedd Valley Water Commission -> Abstraction Licensing Team',
      'HAS_DEPARTMENT Gorsedd Valley Water Commission -> Flood Forecasting Team',
      'HAS_RESPONSIBILITY Abstraction Licensing Team -> Processes applications to take water from rivers and boreholes.',
      'HAS_RESPONSIBILITY Flood Forecasting Team -> Runs the river gauge network and issues flood warnings.',
    ]);
  });
});
