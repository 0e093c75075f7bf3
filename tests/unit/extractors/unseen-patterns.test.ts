// Patterns from unseen page styles (Indian ministry pages, US city departments, EU agency
// pages): units as markdown sub-headings, units enumerated in a sentence, leaders written
// "**Name**, Title" or "headed by a Title, Name", numbered EU instruments, subordinate-body
// headings and legislation sections. Each fixture uses invented names.
import { describe, expect, it } from 'vitest';
import { extract, extractFixture, namesOf, posts, triples } from './helpers.ts';

describe('units given as markdown sub-headings', () => {
  it('reads each "### Unit" under "Offices" as a Department with its paragraph as one duty', () => {
    const x = extractFixture('generalise/units-subheadings.md');
    expect(namesOf(x, 'Department').sort()).toEqual([
      'Office of the Building Code',
      'Tenant Protection and Inspections',
    ]);
    expect(triples(x)).toContain('HAS_DEPARTMENT Provincial Housing Standards Board -> Office of the Building Code');
    expect(triples(x)).toContain(
      'HAS_DEPARTMENT Provincial Housing Standards Board -> Tenant Protection and Inspections',
    );
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY Tenant Protection and Inspections -> Inspects rental housing on complaint and orders repairs where standards are not met.',
    );
    expect(namesOf(x, 'Agency')).toEqual(['Provincial Housing Standards Board']);
  });

  it('reads "Divisions" and "Our teams" sub-headings, one duty per unit and none for the main body', () => {
    const x = extract(
      '# Gorsedd Valley Water Commission\n\n## Our teams\n\n### Flood Forecasting Team\n\nRuns the river gauge network and issues flood warnings.\n\n### Abstraction Licensing Team\n\nProcesses applications to take water from rivers and boreholes.\n',
      'water.md',
    );
    expect(triples(x).sort()).toEqual([
      'HAS_DEPARTMENT Gorsedd Valley Water Commission -> Abstraction Licensing Team',
      'HAS_DEPARTMENT Gorsedd Valley Water Commission -> Flood Forecasting Team',
      'HAS_RESPONSIBILITY Abstraction Licensing Team -> Processes applications to take water from rivers and boreholes.',
      'HAS_RESPONSIBILITY Flood Forecasting Team -> Runs the river gauge network and issues flood warnings.',
    ]);
  });
});

describe('leaders: "**Name**, Title", "headed by a Title, Name", "Name serves as Title of the X"', () => {
  it('reads bold names followed by a title, one per paragraph or per line, honorifics dropped', () => {
    const x = extract(
      '# Directorate of Sericulture\n\n## Who is who\n\n**Shri Anirudh Venkataraman**, Director\n\n**Dr. Meenakshi Sundaresan**, Joint Director\n**Kum. Pallavi Deshpande**, Deputy Director (Extension)\n',
      'seri.md',
    );
    expect(posts(x)).toEqual([
      'Anirudh Venkataraman|Director|Directorate of Sericulture',
      'Meenakshi Sundaresan|Joint Director|Directorate of Sericulture',
      'Pallavi Deshpande|Deputy Director|Directorate of Sericulture',
    ]);
  });

  it('reads "Name, Title" lines in plain text', () => {
    const x = extract(
      'Office of the Ombudsman for Prisons\n\nSenior staff\n\nRoisin Gallagher, Chief Inspector\nTadeusz Wieczorek, Head of Investigations\n',
      'omb.txt',
    );
    expect(posts(x)).toEqual([
      'Roisin Gallagher|Chief Inspector|Office of the Ombudsman for Prisons',
      'Tadeusz Wieczorek|Head of Investigations|Office of the Ombudsman for Prisons',
    ]);
  });

  it('reads the title before the name in "headed by" sentences, with the body the sentence is about', () => {
    const x = extract(
      '# Lakeshore Transit Commission\n\nThe Commission is headed by a General Manager, Obiageli Nwachukwu, who reports to the Board. The Planning Bureau of the Lakeshore Transit Commission is led by its Chief Planner, currently Sven Halvorsen.\n',
      'transit.md',
    );
    expect(posts(x)).toEqual([
      'Obiageli Nwachukwu|General Manager|Lakeshore Transit Commission',
      'Sven Halvorsen|Chief Planner|Planning Bureau of the Lakeshore Transit Commission',
    ]);
  });

  it('reads "Name serves as Title of the X" and "headed by a Chairperson, currently Name"', () => {
    const x = extract(
      'State Pollution Control Board\n\nThe State Pollution Control Board is headed by a Chairperson, currently Farhana Siddiqui. Rohan Kulkarni serves as Member Secretary of the State Pollution Control Board.\n',
      'pcb.txt',
    );
    expect(posts(x)).toEqual([
      'Farhana Siddiqui|Chairperson|State Pollution Control Board',
      'Rohan Kulkarni|Member Secretary|State Pollution Control Board',
    ]);
  });
});

describe('SUBORDINATE_TO from parent-body sentences and subordinate-body headings', () => {
  it('reads "is a department of the State of X", "is an executive agency of the X" and an arm\'s-length list', () => {
    const x = extractFixture('generalise/subordinate-bodies.txt');
    const subs = triples(x)
      .filter((t) => t.startsWith('SUBORDINATE_TO'))
      .sort();
    expect(subs).toEqual([
      'SUBORDINATE_TO Department of Agriculture and Rural Affairs -> State of New Caledonia Plains',
      'SUBORDINATE_TO Grain Quality Office -> Department of Agriculture and Rural Affairs',
      'SUBORDINATE_TO Rural Development Trust -> Department of Agriculture and Rural Affairs',
      'SUBORDINATE_TO Seed Certification Service -> Department of Agriculture and Rural Affairs',
      'SUBORDINATE_TO Veterinary Medicines Board -> Department of Agriculture and Rural Affairs',
    ]);
    // Listed bodies are agencies in their own right, not internal units.
    expect(namesOf(x, 'Department')).toEqual([]);
    expect(namesOf(x, 'Agency')).toContain('Marlow County');
  });

  it('reads "the nodal ministry of the Union Government", "a decentralised agency of the X Union" and "Attached and subordinate offices"', () => {
    const x = extract(
      '# Ministry of Handloom Textiles\n\nThe Ministry of Handloom Textiles is the nodal ministry of the Union Government for handlooms.\n\n## Attached and subordinate offices\n\n- Weavers Service Centre\n- Handloom Export Promotion Council\n- National Institute of Fashion Weaving\n',
      'hl.md',
    );
    const y = extract(
      'The Andean Food Safety Observatory is a decentralised agency of the Andean Union.\n',
      'afso.txt',
    );
    expect(
      triples(x)
        .filter((t) => t.startsWith('SUBORDINATE_TO'))
        .sort(),
    ).toEqual([
      'SUBORDINATE_TO Handloom Export Promotion Council -> Ministry of Handloom Textiles',
      'SUBORDINATE_TO Ministry of Handloom Textiles -> Union Government',
      'SUBORDINATE_TO National Institute of Fashion Weaving -> Ministry of Handloom Textiles',
      'SUBORDINATE_TO Weavers Service Centre -> Ministry of Handloom Textiles',
    ]);
    expect(triples(y)).toEqual(['SUBORDINATE_TO Andean Food Safety Observatory -> Andean Union']);
  });
});

describe('instrument names in other drafting styles', () => {
  it.each([
    [
      'The Board was constituted under the Air (Prevention and Control of Pollution) Act, 1981 and reports yearly.',
      'Air (Prevention and Control of Pollution) Act, 1981',
    ],
    ['It enforces the Groundwater Protection Act, 1998.', 'Groundwater Protection Act, 1998'],
    ['The Office applies Regulation (EU) 2019/1150 to online platforms.', 'Regulation (EU) 2019/1150'],
    ['Port inspections follow Directive 2009/16/EC closely.', 'Directive 2009/16/EC'],
    ['The Agency was set up by Regulation (EC) No 1406/2002 of the Parliament.', 'Regulation (EC) No 1406/2002'],
    ['Street vending is regulated by the Street Vending Ordinance.', 'Street Vending Ordinance'],
    ['Parking is governed by the Harbourside Parking By-law.', 'Harbourside Parking By-law'],
    ['The Council adopted the Municipal Waste Rules in 2016.', 'Municipal Waste Rules'],
    [
      'The Directive on Noise Mapping in Urban Areas applies to all cities.',
      'Directive on Noise Mapping in Urban Areas',
    ],
    ['Powers come from the Lakeland Home Rule Charter.', 'Lakeland Home Rule Charter'],
  ])('reads %s', (sentence, law) => {
    const x = extract(`Lakeland Environmental Protection Office\n\n${sentence}\n`, 'law.txt');
    expect(namesOf(x, 'Law')).toEqual([law]);
  });

  it('keeps ", 1974" in a legal-basis line and does not emit the name without the year', () => {
    const x = extract(
      '# Tideway Water Board\n\n## Enabling legislation\n\n- Tideway Water Act, 1974\n- Water Board Rules, 1976\n',
      'tw.md',
    );
    expect(namesOf(x, 'Law').sort()).toEqual(['Tideway Water Act, 1974', 'Water Board Rules, 1976']);
    expect(
      triples(x)
        .filter((t) => t.startsWith('GOVERNED_BY'))
        .sort(),
    ).toEqual([
      'GOVERNED_BY Tideway Water Board -> Tideway Water Act, 1974',
      'GOVERNED_BY Tideway Water Board -> Water Board Rules, 1976',
    ]);
  });
});

describe('units enumerated inside a sentence', () => {
  it('reads "organised into four units: the A Unit, ..." and "comprises three sections: X, Y and Z"', () => {
    const x = extractFixture('generalise/units-in-sentences.txt');
    const deps = triples(x)
      .filter((t) => t.startsWith('HAS_DEPARTMENT'))
      .sort();
    expect(deps).toEqual([
      'HAS_DEPARTMENT National Meteorological Authority of Veridia -> Aviation Weather Unit',
      'HAS_DEPARTMENT National Meteorological Authority of Veridia -> Climate Records Unit',
      'HAS_DEPARTMENT National Meteorological Authority of Veridia -> Forecasting Unit',
      'HAS_DEPARTMENT National Meteorological Authority of Veridia -> Instruments Unit',
      'HAS_DEPARTMENT Research Bureau -> Atmospheric Physics',
      'HAS_DEPARTMENT Research Bureau -> Data Assimilation',
      'HAS_DEPARTMENT Research Bureau -> Ocean Modelling',
    ]);
    // "consists of a Director-General and a Board" enumerates posts, not units.
    expect(namesOf(x, 'Department')).not.toContain('Board of seven members');
  });

  it('reads a "comprises the A Directorate and the B Directorate" sentence without a count', () => {
    const x = extract(
      '# Office of the Fire Marshal of Kessington\n\nThe Office comprises the Fire Prevention Directorate and the Emergency Response Directorate.\n',
      'fire.md',
    );
    expect(namesOf(x, 'Department').sort()).toEqual(['Emergency Response Directorate', 'Fire Prevention Directorate']);
    expect(triples(x)).toContain(
      'HAS_DEPARTMENT Office of the Fire Marshal of Kessington -> Fire Prevention Directorate',
    );
  });
});

describe('GOVERNED_BY from administering sentences and legislation sections', () => {
  it('reads "administers the A, the B and the C", "X was established under ..." and a "Governing documents" list', () => {
    const x = extractFixture('generalise/governing-documents.md');
    expect(
      triples(x)
        .filter((t) => t.startsWith('GOVERNED_BY'))
        .sort(),
    ).toEqual([
      'GOVERNED_BY Harbour Pilotage Authority -> Harbour Pilotage Act, 2006',
      'GOVERNED_BY Ministry of Ports and Inland Shipping -> Inland Vessels Act, 2021',
      'GOVERNED_BY Ministry of Ports and Inland Shipping -> Lighthouse Dues Rules',
      'GOVERNED_BY Ministry of Ports and Inland Shipping -> Major Ports Act, 1963',
      'GOVERNED_BY Ministry of Ports and Inland Shipping -> Merchant Shipping Act, 1958',
      'GOVERNED_BY Ministry of Ports and Inland Shipping -> Port Tariff Order, 2019',
    ]);
  });

  it('reads "set up by Regulation ..." and "Its work is governed by the X" for the body the paragraph is about', () => {
    const x = extract(
      '# Danube Basin Fisheries Agency\n\nThe Danube Basin Fisheries Agency was set up by Regulation (EU) 2018/973. Its work is also governed by the Riverine Stocks Charter.\n',
      'dbfa.md',
    );
    expect(triples(x).sort()).toEqual([
      'GOVERNED_BY Danube Basin Fisheries Agency -> Regulation (EU) 2018/973',
      'GOVERNED_BY Danube Basin Fisheries Agency -> Riverine Stocks Charter',
    ]);
  });
});

describe('function lists keep working in other wordings', () => {
  it('reads noun-phrase items under "Functions of the Ministry"', () => {
    const x = extractFixture('generalise/governing-documents.md');
    expect(
      triples(x)
        .filter((t) => t.startsWith('HAS_RESPONSIBILITY'))
        .sort(),
    ).toEqual([
      'HAS_RESPONSIBILITY Ministry of Ports and Inland Shipping -> Administration of lighthouses and lightships.',
      'HAS_RESPONSIBILITY Ministry of Ports and Inland Shipping -> Formulation of policies for the development of major and minor ports.',
      'HAS_RESPONSIBILITY Ministry of Ports and Inland Shipping -> Promotion of coastal shipping and inland water transport.',
    ]);
  });

  it('reads a numbered "What we do" list in plain text', () => {
    const x = extract(
      'Office of Consumer Energy Advocacy\n\nWhat we do\n\n1. Represent household consumers in tariff hearings.\n2. Publish plain-language guides to energy bills.\n3. Refer unfair practices to the regulator.\n',
      'energy.txt',
    );
    expect(triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY'))).toHaveLength(3);
    expect(triples(x)).toContain(
      'HAS_RESPONSIBILITY Office of Consumer Energy Advocacy -> Publish plain-language guides to energy bills.',
    );
  });
});

describe('further unseen wordings', () => {
  it('reads "Name is the Title", "managed by a Title, Dr Name" and numbered orders', () => {
    const x = extract(
      'Office of Coastal Resilience\n\nThe Office is managed by a Program Director, Dr Ifeoma Adeyemi-Clarke. Tobias Lindqvist is the Deputy Director. The Office was created by Executive Order No. 7 of 2022 and by City Ordinance 2020-118.\n',
      'ocr.txt',
    );
    expect(posts(x)).toEqual([
      'Ifeoma Adeyemi-Clarke|Program Director|Office of Coastal Resilience',
      'Tobias Lindqvist|Deputy Director|Office of Coastal Resilience',
    ]);
    expect(namesOf(x, 'Law').sort()).toEqual(['City Ordinance 2020-118', 'Executive Order No. 7 of 2022']);
  });

  it('does not make an indefinite "a Management Board" a parent body, and keeps sub-heading units shaped like names', () => {
    const x = extract(
      '# Nordic Seed Bank Agency\n\nThe Agency works under the supervision of a Management Board.\n\n## Directorates\n\n### Lake Spatial Planning\n\nPrepares spatial plans for the lake basins.\n',
      'seed.md',
    );
    expect(triples(x).filter((t) => t.startsWith('SUBORDINATE_TO'))).toEqual([]);
    expect(triples(x)).toContain('HAS_DEPARTMENT Nordic Seed Bank Agency -> Lake Spatial Planning');
  });
});

describe('control and appointment in news prose', () => {
  it('reads bodies as the direct objects of "directs", "oversees" or "supervises" as subordinate, in any list form', () => {
    for (const verb of ['directs', 'oversees', 'supervises']) {
      const x = extract(
        `Ministry of Canals\n\nThe Ministry of Canals ${verb} the Lock Keepers Directorate; the Weir Safety Office, and the Towpath Police.\n`,
      );
      expect(
        triples(x)
          .filter((t) => t.startsWith('SUBORDINATE_TO'))
          .sort(),
      ).toEqual([
        'SUBORDINATE_TO Lock Keepers Directorate -> Ministry of Canals',
        'SUBORDINATE_TO Towpath Police -> Ministry of Canals',
        'SUBORDINATE_TO Weir Safety Office -> Ministry of Canals',
      ]);
    }
  });

  it('does not read a body that only qualifies the object ("oversees CWA activities") as subordinate', () => {
    const x = extract(
      'Canal Works Agency (CWA)\n\nThe Governing Board of the Canal Works Agency oversees CWA activities.\n',
    );
    expect(triples(x).filter((t) => t.startsWith('SUBORDINATE_TO'))).toEqual([]);
  });

  it('reads "Name would serve as / was named as Title of the X", honorific dropped', () => {
    const x = extract(
      'Harbour Agency\n\nMr Umar Haddad would serve as the Director-General of the Harbour Agency. Jane Roe was named as Chief Executive Officer of the Canal Board.\n',
    );
    expect(posts(x)).toEqual([
      'Jane Roe|Chief Executive Officer|Canal Board',
      'Umar Haddad|Director-General|Harbour Agency',
    ]);
  });
});
