// General patterns from documents unlike the seeds (other countries, markdown pages):
// "Title: Name" leaders, unit lists under any heading, roman-numeral sections, and the
// subject of SUBORDINATE_TO / GOVERNED_BY sentences. Each fixture uses its own names.
import { describe, expect, it } from 'vitest';
import { extract, extractFixture, namesOf, posts, triples } from './helpers.ts';

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
    const x = extract(
      '# Port Authority of Velmora\n\n## Executive team\n\n| Position | Name |\n| --- | --- |\n| General Manager | Mr Tobias Renner |\n| Harbour Master | Siosaia Fifita |\n',
      'ports.md',
    );
    expect(posts(x)).toEqual([
      'Siosaia Fifita|Harbour Master|Port Authority of Velmora',
      'Tobias Renner|General Manager|Port Authority of Velmora',
    ]);
  });

  it('reads "Director: Name" lines under a roman-numbered leadership section', () => {
    const x = extractFixture('generalise/roman-institutions.txt');
    expect(posts(x)).toEqual([
      'Ouyang Mei-ling|Deputy Director|Huaxi Provincial Bureau of Forestry',
      'Zhao Lianhua|Director|Huaxi Provincial Bureau of Forestry',
    ]);
  });
});

describe('internal units under headings other than "internal organisation"', () => {
  it('reads "**Unit** – description" bullets as units with one duty each, a bare "Office" included', () => {
    const x = extractFixture('generalise/leaders-markdown.md');
    expect(namesOf(x, 'Department').sort()).toEqual(['Compliance Branch', 'Licensing Division', 'Office']);
    expect(triples(x)).toContain('HAS_DEPARTMENT Fisheries and Oceans Regulatory Authority -> Office');
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY Compliance Branch -> Patrols fishing grounds and prosecutes breaches of quota rules.',
    );
    expect(triples(x)).toContain('HAS_RESPONSIBILITY Office -> Provides secretariat support to the Board.');
    expect(namesOf(x, 'Person')).not.toContain('Compliance Branch');
  });

  it('reads "Directorates", "Branches" and "Internal departments" sections, numbered or bulleted', () => {
    const x = extractFixture('generalise/units-headings.md');
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Catchment Management Directorate',
      'Corporate Services Group',
      'Drinking Water Quality Directorate',
      'Groundwater Team',
      'Legal Services Unit',
      'Policy and Planning Division',
      'Regional Operations Centre',
      'Water Infrastructure Directorate',
    ]);
    for (const unit of namesOf(x, 'Department'))
      expect(triples(x)).toContain(`HAS_DEPARTMENT Department of Water Security -> ${unit}`);
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY Legal Services Unit -> Advises the Department on contracts and litigation.',
    );
    expect(triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY Department of Water Security'))).toEqual([]);
  });

  it('reads a list introduced by "consists of the following branches:" in any section', () => {
    const x = extractFixture('generalise/leaders-lines.txt');
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Archaeology Division',
      'Built Heritage Branch',
      'Collections Management Section',
    ]);
    const y = extract(
      'Tidewater Maritime Authority\n\nAbout\n\nThe Authority is organised into three divisions:\n\n- Search and Rescue Division\n- Maritime Security Section\n- Aviation Group\n',
      'cg.txt',
    );
    expect(namesOf(y, 'Department').sort()).toEqual([
      'Aviation Group',
      'Maritime Security Section',
      'Search and Rescue Division',
    ]);
    expect(triples(y)).toContain('HAS_DEPARTMENT Tidewater Maritime Authority -> Aviation Group');
  });
});

describe('roman-numeral section headings', () => {
  it('reads "II. Internal institutions" + numbered units as departments, not duties', () => {
    const x = extractFixture('generalise/roman-institutions.txt');
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Fire Prevention Center',
      'Forest Resources Management Department',
      'General Office',
      'Wildlife Protection Department',
    ]);
    expect(triples(x)).toContain('HAS_DEPARTMENT Huaxi Provincial Bureau of Forestry -> General Office');
    const duties = triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY'));
    expect(duties).toHaveLength(3);
    expect(duties.every((t) => t.startsWith('HAS_RESPONSIBILITY Huaxi Provincial Bureau of Forestry -> '))).toBe(true);
    expect(namesOf(x, 'Responsibility').some((n) => /Internal institutions|Leadership|General Office/.test(n))).toBe(
      false,
    );
  });

  it('reads "1. Unit: description" items of an "Internal departments" section as units with one duty each', () => {
    const x = extractFixture('generalise/roman-units-described.txt');
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Housing Security Division',
      'Office',
      'Property Market Supervision Section',
    ]);
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY Office -> handles documents, meetings, confidentiality and archives.',
    );
    expect(
      triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY Kestrel City Housing Administration')),
    ).toHaveLength(2);
    expect(namesOf(x, 'Person').sort()).toEqual(['Ananya Rosdahl', 'Park Ji-hoon']);
  });

  it('keeps roman-numbered paragraphs that are duties as a function list', () => {
    const x = extract(
      'Coastal Fisheries Bureau\n\nMain functions\n\nI. Draft fisheries regulations and supervise their implementation across the coastal zone.\nII. Issue fishing licences and keep the register of licensed vessels.\nIII. Organise research on fish stocks and publish annual assessments.\n',
      'cfb.txt',
    );
    expect(triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY Coastal Fisheries Bureau'))).toHaveLength(3);
    expect(namesOf(x, 'Department')).toEqual([]);
  });
});

describe('SUBORDINATE_TO sentence patterns', () => {
  const x = extractFixture('generalise/subordination.txt');
  it.each([
    ['Statistics Bureau of Nordland', 'Ministry of Finance'],
    ['Nordland Customs Service', 'Government of Nordland'],
    ['Border Inspection Agency', 'Nordland Customs Service'],
    ['Tariff Classification Office', 'Nordland Customs Service'],
    ['Pacific Energy Commission', 'Ministry of Energy and Resources'],
    ['Coastal Planning Council', 'National Assembly'],
    ['Metropolitan Transit Agency', "Southshore Municipal People's Government"],
    ['Energy Research Institute', 'Executive Yuan'],
  ])('%s is subordinate to %s', (from, to) => {
    expect(triples(x)).toContain(`SUBORDINATE_TO ${from} -> ${to}`);
  });
  it("types a body named only as the object (Yuan, People's Government) as an Agency", () => {
    expect(namesOf(x, 'Agency')).toEqual(
      expect.arrayContaining(['Executive Yuan', "Southshore Municipal People's Government"]),
    );
  });
  it('does not make a post ("reports to the Minister for Justice") a parent body', () => {
    expect(triples(x).filter((t) => t.startsWith('SUBORDINATE_TO Nordland Data Protection Authority'))).toEqual([]);
  });
  it('reads every cue of a sentence ("part of", "reports to", "under the supervision of")', () => {
    const y = extractFixture('generalise/leaders-lines.txt');
    expect(triples(y)).toContain(
      'SUBORDINATE_TO National Heritage Conservation Agency -> Ministry of Culture and Sport',
    );
    expect(triples(y)).toContain('SUBORDINATE_TO National Heritage Conservation Agency -> Heritage Council');
    const z = extractFixture('generalise/roman-institutions.txt');
    expect(triples(z)).toContain(
      "SUBORDINATE_TO Huaxi Provincial Bureau of Forestry -> Huaxi Provincial People's Government",
    );
  });
});

describe('GOVERNED_BY goes to the subject of the sentence', () => {
  it('links "It is administered by X and operates under the Y Act" to the paragraph\'s body, not X', () => {
    const x = extract(
      'Bureau of Labour Statistics of Arvenia\n\nThe Bureau of Labour Statistics of Arvenia publishes wage and employment data. It is administered by the Ministry of Finance and operates under the Statistics Act 2011.\n',
      'bls.txt',
    );
    expect(triples(x)).toContain('GOVERNED_BY Bureau of Labour Statistics of Arvenia -> Statistics Act 2011');
    expect(triples(x)).not.toContain('GOVERNED_BY Ministry of Finance -> Statistics Act 2011');
    expect(triples(x)).toContain('SUBORDINATE_TO Bureau of Labour Statistics of Arvenia -> Ministry of Finance');
  });
  it('reads "established in 2022 under the Organic Act of the Y" for the body a back-reference names', () => {
    const x = extractFixture('generalise/subordination.txt');
    expect(triples(x)).toContain('GOVERNED_BY Pacific Energy Commission -> Organic Act of the Energy Commission');
    expect(triples(x)).toContain('GOVERNED_BY Statistics Bureau of Nordland -> Statistics Act 2011');
    expect(triples(x).filter((t) => t.startsWith('GOVERNED_BY Ministry'))).toEqual([]);
  });
  it('reads "operates under the X Act" in a markdown page', () => {
    const x = extractFixture('generalise/units-headings.md');
    expect(triples(x)).toContain('GOVERNED_BY Department of Water Security -> Water Resources Act 2019');
  });
});

describe('mixed pages: designation tables, unit names without markers, "is under"', () => {
  it('reads a Name | Designation table with "Dr." and "Eng." honorifics and a unit without a head word', () => {
    const x = extractFixture('generalise/board-table.md');
    // The table stands under the board's heading: its posts are the board's (GUIDELINES: the
    // body in which the document gives the post).
    expect(posts(x)).toEqual([
      'Amina Hassan-Omar|Deputy Director General|National Environmental Stewardship Authority',
      'Faith Wanjiru|Director General|Board of Directors',
      'Geoffrey Wahungu|Director General|National Environmental Stewardship Authority',
      'Mwangi Kariuki|Chairperson|Board of Directors',
    ]);
    expect(namesOf(x, 'Department')).toContain('Corporate Services');
    expect(namesOf(x, 'Person')).not.toContain('Corporate Services');
    expect(triples(x)).toContain(
      'SUBORDINATE_TO National Environmental Stewardship Authority -> Ministry of Environment and Drylands',
    );
  });

  it('reads unit names written one per line under "Internal units"', () => {
    const x = extractFixture('generalise/unit-lines.txt');
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Department of Communications and Cyber Resilience',
      'Department of Data Innovation',
      'Department of Digital Strategy',
      'Secretariat',
    ]);
    expect(triples(x)).toContain('HAS_DEPARTMENT Ministry of Digital Services -> Secretariat');
    expect(triples(x)).toContain('SUBORDINATE_TO Ministry of Digital Services -> Executive Yuan');
    expect(triples(x)).toContain('SUBORDINATE_TO Administration for Cyber Security -> Ministry of Digital Services');
    expect(triples(x)).toContain(
      'GOVERNED_BY Ministry of Digital Services -> Organic Act of the Ministry of Digital Services',
    );
    expect(posts(x)).toEqual([
      'Kuo Chih-wei|Deputy Minister|Ministry of Digital Services',
      'Tsai Pei-hsuan|Minister|Ministry of Digital Services',
    ]);
  });
});
