// Each hand-written fixture (other styles than the seeds) yields the entities and
// relations a reader would annotate under GUIDELINES.md.
import { describe, expect, it } from 'vitest';
import { extractFixture, namesOf, triples } from './helpers.ts';

describe('markdown "about us" page (leadership list, table of units)', () => {
  const x = extractFixture('about-us.md');
  it('finds the agency with its acronym, its parent and its Act', () => {
    const agency = x.entities.find((e) => e.name === 'National Maritime Safety Authority');
    expect(agency?.type).toBe('Agency');
    expect(agency?.aliases).toContain('NMSA');
    expect(triples(x)).toContain('SUBORDINATE_TO National Maritime Safety Authority -> Department for Transport');
    expect(triples(x)).toContain('GOVERNED_BY National Maritime Safety Authority -> Merchant Shipping Act 1995');
  });
  it('reads the leadership list as posts in the agency', () => {
    expect(namesOf(x, 'Person').sort()).toEqual(['Jane Holloway', 'Peter Okafor']);
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    const jane = x.relations.find((r) => r.type === 'HOLDS_POSITION' && names.get(r.from) === 'Jane Holloway');
    expect(names.get(jane?.to ?? '')).toBe('National Maritime Safety Authority');
    expect(jane?.properties.title).toBe('Chief Executive');
  });
  it('reads the table of units as departments with their duties', () => {
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Coastguard Operations Directorate',
      'Survey and Inspection Division',
    ]);
    expect(triples(x)).toContain('HAS_DEPARTMENT National Maritime Safety Authority -> Survey and Inspection Division');
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY Survey and Inspection Division -> Surveys ships and enforces safety standards.',
    );
  });
  it('takes each numbered function as one responsibility of the agency', () => {
    const duties = triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY National Maritime Safety Authority'));
    expect(duties).toHaveLength(3);
  });
});

describe('UK-style agency description ((a)/(b) functions, establishing Act)', () => {
  const x = extractFixture('uk-agency.txt');
  it('finds the agency, its sponsor department and its Act', () => {
    expect(triples(x)).toContain('GOVERNED_BY Environmental Standards Agency -> Environment Protection Act 2009');
    expect(triples(x)).toContain(
      'SUBORDINATE_TO Environmental Standards Agency -> Department for Environment and Rural Affairs',
    );
  });
  it('takes each lettered function without its marker or separator', () => {
    expect(namesOf(x, 'Responsibility').sort()).toEqual([
      'to advise ministers on environmental standards.',
      'to enforce the Pollution Prevention Regulations 2012',
      'to issue environmental permits to operators of regulated facilities',
      'to monitor air and water quality across the country',
    ]);
  });
  it('does not make the quoted generic short name an alias', () => {
    expect(x.entities.find((e) => e.name === 'Environmental Standards Agency')?.aliases).toEqual([]);
  });
  it('finds the head named in "headed by"', () => {
    expect(triples(x)).toContain('HOLDS_POSITION Margaret Ellison -> Environmental Standards Agency');
    expect(namesOf(x, 'Law')).toContain('Pollution Prevention Regulations 2012');
  });
});

describe('plain text with roman-numeral sections and a "Name : post" list', () => {
  const x = extractFixture('roman-sections.txt');
  it('reads the internal-organisation section as departments with duties', () => {
    expect(namesOf(x, 'Department').sort()).toEqual(['Flood Control Office', 'Planning Division']);
    expect(triples(x)).toContain('HAS_DEPARTMENT Provincial Bureau of Water Resources -> Planning Division');
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY Flood Control Office -> Responsible for flood monitoring, early warning and emergency response.',
    );
  });
  it('takes the numbered list under "Main responsibilities" as the bureau\'s duties', () => {
    const duties = triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY Provincial Bureau of Water Resources'));
    expect(duties).toHaveLength(3);
  });
  it('reads "Name : post" lines with titles', () => {
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    const posts = x.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${names.get(r.from)}|${r.properties.title}|${names.get(r.to)}`);
    expect(posts.sort()).toEqual([
      'Li Wenhua|Director|Provincial Bureau of Water Resources',
      'Zhou Ming|Deputy Director|Provincial Bureau of Water Resources',
    ]);
  });
});

describe('document with 《》 titles', () => {
  const x = extractFixture('book-titles.txt');
  it('takes the titles without their brackets', () => {
    expect(namesOf(x, 'Law').sort()).toEqual([
      "Data Security Law of the People's Republic of China",
      'Municipal Public Data Management Measures',
    ]);
  });
  it('gives the body a GOVERNED_BY to each instrument of its legal basis', () => {
    expect(triples(x)).toContain(
      'GOVERNED_BY Municipal Data Administration -> Municipal Public Data Management Measures',
    );
    expect(triples(x)).toContain(
      "GOVERNED_BY Municipal Data Administration -> Data Security Law of the People's Republic of China",
    );
  });
});
