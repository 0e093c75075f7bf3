// Shapes of decrees, statutes and appointment news written by others: preamble citations,
// numbered instruments with their dates, restructuring decrees that list units and posts,
// interpretation clauses, and "Name has been appointed Post in the Body".
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts, triples } from './helpers.ts';

describe('instruments cited in a preamble', () => {
  const preamble = (opener: string): string =>
    `Decree on the Lake Authority\n\nTHE PRESIDENT OF THE REPUBLIC, ${opener} Law 2015/3 of 12 March 2015 on lakes; ${opener} Decree No. 2011/41 of 9 December 2011 to reorganize the Presidency; HEREBY DECREES AS FOLLOWS:\n`;

  it('starts the title at the instrument word, whatever clause opens it, and keeps its number and date', () => {
    for (const opener of ['Mindful of', 'Considering', 'Having regard to', 'Pursuant to'])
      expect(namesOf(extract(preamble(opener), 'preamble.txt'), 'Law')).toEqual([
        'Decree No. 2011/41 of 9 December 2011',
        'Decree on the Lake Authority',
        'Law 2015/3 of 12 March 2015',
      ]);
  });

  it('does not read the words of a title in capitals as an acronym body', () => {
    expect(namesOf(extract(preamble('Mindful of'), 'preamble.txt'), 'Agency')).not.toContain('THE');
  });

  it('reads "the Constitution" as an instrument unless the page names it in full', () => {
    expect(namesOf(extract('Mindful of the Constitution; the Harbour Board shall meet.\n'), 'Law')).toEqual([
      'Constitution',
    ]);
    expect(
      namesOf(extract('The Constitution of Freedonia applies. Under the Constitution, the Board shall meet.\n'), 'Law'),
    ).toEqual(['Constitution of Freedonia']);
  });

  it('splits a body and an instrument joined by "and"', () => {
    const x = extract(
      'Decree (29) of 2020 restructuring the Ministry of Lakes and Decree No. (13) of 2021 are repealed.\n',
    );
    expect(namesOf(x, 'Law')).toContain('Decree No. (13) of 2021');
    expect(namesOf(x, 'Agency')).toEqual(['Ministry of Lakes']);
  });
});

describe('numbered instruments and plans as they are cited', () => {
  it('keeps numbers written with n°, joined to the year, or a year range after a strategy', () => {
    const x = extract(
      'Under Decree n° 2008-642 of June 16, 2008, Decree N ° 2013-736 of June 7, 2013, Proclamation 4-1995, Proclamation No. 300/2004 and the Poverty Reduction Strategy 2002–05, the Chief Strategy Officer of the Lakes Board reports.\n',
    );
    expect(namesOf(x, 'Law')).toEqual([
      'Decree n° 2008-642 of June 16, 2008',
      'Decree N ° 2013-736 of June 7, 2013',
      'Poverty Reduction Strategy 2002–05',
      'Proclamation 4-1995',
      'Proclamation No. 300/2004',
    ]);
  });

  it('keeps the "of the" of a body an instrument is named after, not of a part cited in it', () => {
    const x = extract('The Government of the Republic Act and Part I of the Lakes Act 1960 apply.\n');
    expect(namesOf(x, 'Law')).toEqual(['Government of the Republic Act', 'Lakes Act 1960']);
  });
});

describe('an instrument with and without its year', () => {
  it('keeps a year written straight after a title and reads the title without it as the same instrument', () => {
    const x = extract(
      'Notes\n\nThe Lake Rules of Business 1973 allocate functions. The Civil Service Reform Act of Freedonia 2022 applies.\n\n9. Lake Rules of Business: setting up of a division.\n',
      'rules.txt',
    );
    expect(namesOf(x, 'Law').sort()).toEqual([
      'Civil Service Reform Act of Freedonia 2022',
      'Lake Rules of Business 1973',
    ]);
  });
});

describe('titles with a complement of instrument words or a bracketed word', () => {
  it('keeps "Interpretation of Laws and ..." and "X Authority (Establishment) Order" whole', () => {
    const x = extract(
      'Notes\n\nIt was revised in compliance with the Laws Revision Act No. 7 of 1994 and the Interpretation of Laws and General Clauses Act No. 30 of 1972. This Order may be cited as the Lake Development Authority (Establishment) Order, 1973.\n',
    );
    expect(namesOf(x, 'Law').sort()).toEqual([
      'Interpretation of Laws and General Clauses Act No. 30 of 1972',
      'Lake Development Authority (Establishment) Order, 1973',
      'Laws Revision Act No. 7 of 1994',
    ]);
  });
});

describe('one numbered instrument under two forms', () => {
  it('keys the headline form and the full form of the same kind, number and year as one law', () => {
    for (const headline of ['Decree (55) of 2022', 'Decree No. 55 of 2022']) {
      const x = extract(
        `${headline}\n\nToday the King issued Royal Decree No. 55 of 2022 restructuring the Ministry of Lakes. Decree No. 56 of 2022 is separate.\n`,
        'decree.txt',
      );
      expect(namesOf(x, 'Law')).toEqual(['Decree No. 56 of 2022', 'Royal Decree No. 55 of 2022']);
      expect(triples(x)).toContain('GOVERNED_BY Ministry of Lakes -> Royal Decree No. 55 of 2022');
    }
  });
});

describe('restructuring decrees', () => {
  const decree = (marker: (k: number) => string): string =>
    [
      'Royal Decree No. 7 of 2023 restructuring the Ministry of Lakes',
      '',
      'The Minister of Lakes is responsible for the following:',
      '',
      `${marker(1)} The Directorate of Planning and Follow-up.`,
      '',
      `${marker(2)} Directorate of Human and Financial Resources.`,
      '',
      `${marker(3)} Undersecretary of the Ministry of Lakes.`,
      '',
      `${marker(4)} The General Secretariat of the Lakes Council is headed by a Secretary-General.`,
      '',
    ].join('\n');
  const ordinal = ['First:', 'Second:', 'Third:', 'Fourth:'];

  it('reads items that name units as units of the decree subject, a post among them as neither', () => {
    for (const marker of [(k: number) => ordinal[k - 1] as string, (k: number) => `${k}.`, (k: number) => `(${k})`]) {
      const x = extract(decree(marker), 'decree.txt');
      expect(triples(x).filter((t) => t.startsWith('HAS_DEPARTMENT Ministry of Lakes'))).toEqual([
        'HAS_DEPARTMENT Ministry of Lakes -> Directorate of Human and Financial Resources',
        'HAS_DEPARTMENT Ministry of Lakes -> Directorate of Planning and Follow-up',
        'HAS_DEPARTMENT Ministry of Lakes -> General Secretariat of the Lakes Council',
      ]);
      expect(namesOf(x, 'Responsibility')).toEqual([]);
    }
  });

  it('makes the body a decree reorganises its subject', () => {
    const x = extract(
      'DECREE No. 2019/68 of 26 December 2019 to reorganize the Lakes Commission\n\nArticle 1: The Lakes Commission shall meet monthly.\n',
      'decree.txt',
    );
    expect(triples(x)).toContain('GOVERNED_BY Lakes Commission -> DECREE No. 2019/68 of 26 December 2019');
  });
});

describe('unit lists under a heading that names no unit word the rules know', () => {
  const page = (heading: string): string =>
    [
      'Ministry for State President',
      '',
      heading,
      '  • Coordinating Office for People with Disabilities',
      '  • National Disaster Management Office',
      '  • Department of Broadcasting Services',
      '  • District Administration',
      '',
    ].join('\n');

  it('takes whole items as unit names, head word first or last, owned by the page body', () => {
    for (const heading of ['Departments/Sections of the Ministry', 'Who we are']) {
      const x = extract(page(heading), 'ministry.txt');
      expect(namesOf(x, 'Agency')).toEqual(['Ministry for State President']);
      expect(namesOf(x, 'Department')).toEqual([
        'Coordinating Office for People with Disabilities',
        'Department of Broadcasting Services',
        'District Administration',
        'National Disaster Management Office',
      ]);
    }
  });
});

describe('lists that are not duties', () => {
  it('skips interpretation clauses, section titles and a long title that mentions functions', () => {
    const statute = [
      'Lakes Commission Act',
      '',
      'An Act to provide for the establishment of the Lakes Commission for the care of the lakes, to define its functions and powers and to provide for other connected matters.',
      '',
      '1. Interpretation',
      '',
      'In this Act, unless the context otherwise requires—',
      '(a)"lake" means a body of fresh water;',
      '(b)"commission" means the Lakes Commission established under section 2;',
      '',
      '2. Establishment of the commission',
      '',
      '(1)There is established a commission to be known as the Lakes Commission.',
      '(2)The commission shall be a body corporate with perpetual succession.',
      '',
    ].join('\n');
    expect(namesOf(extract(statute, 'act.txt'), 'Responsibility')).toEqual([]);
  });

  it('skips items that report events in the past tense', () => {
    const notes =
      'Lakes Commission Act\n\nChapter 8\n\n  • Published\n  • Commenced on 13 March 1992\n  • Amended in 2001\n';
    expect(namesOf(extract(notes, 'notes.txt'), 'Responsibility')).toEqual([]);
  });
});

describe('appointments in running text', () => {
  it('gives the post in the body the sentence names, whichever verb reports it', () => {
    const news = [
      'President Banda has promoted Labour Commissioner Mr. Tom Zulu as new Permanent Secretary in the Ministry of Lakes and Rivers.',
      'The President appointed Jane Phiri as Director of the Water Board.',
      'Mr. John Mwale has been appointed Permanent Secretary in the Ministry of Energy.',
      'She joined the Board as Chief Economist in June 2013.',
    ].join('\n');
    expect(posts(extract(news, 'news.txt')).sort()).toEqual([
      'Jane Phiri|Director|Water Board',
      'John Mwale|Permanent Secretary|Ministry of Energy',
      'Tom Zulu|Permanent Secretary|Ministry of Lakes and Rivers',
    ]);
  });

  it('reads the body written after its post, and the new post after a clause on the old one', () => {
    const news = [
      'The Harbour Service Commission announced three appointments.',
      '',
      '- Mr Tomas Brecko, currently Chief Executive, Ministry of Lakes, has been appointed Secretary of Roads and Chief Executive, Ministry of Roads, for five years.',
      '- Ms Ilse Marren, who is currently Secretary for Forests and Chief Executive, Ministry of Forests, has been appointed Chief Executive, Ministry of Lakes for five years from 1 May.',
      '- Marta Kovac has been appointed Chief Executive, Ministry of Forests, from 1 June.',
    ].join('\n');
    const expected = [
      'Ilse Marren|Ministry of Forests',
      'Ilse Marren|Ministry of Lakes',
      'Marta Kovac|Ministry of Forests',
      'Tomas Brecko|Ministry of Lakes',
      'Tomas Brecko|Ministry of Roads',
    ];
    const held = (x: ReturnType<typeof extract>): string[] =>
      posts(x)
        .map((p) => p.replace(/\|.*\|/, '|'))
        .sort();
    expect(held(extract(news, 'news.md'))).toEqual(expected);
    expect(held(extract(news.replace(/^- /gm, ''), 'news.txt'))).toEqual(expected);
  });
});

describe('successions in appointment news', () => {
  it('gives the person someone succeeds the post the text gave the successor last', () => {
    const verbs = ['She succeeds', 'She replaces', 'She takes over from', 'Roe, 52, succeeded'];
    for (const verb of verbs) {
      const news = `Lake news\n\nJane Roe was on Monday appointed as the Director General of the Lake Authority.\n\n${verb} Dr Tom Poe, who retired.\n`;
      expect(posts(extract(news, 'news.txt'))).toEqual([
        'Jane Roe|Director General|Lake Authority',
        'Tom Poe|Director General|Lake Authority',
      ]);
    }
  });

  it('gives a predecessor no post when the text gave none before', () => {
    const x = extract('Lake news\n\nThe Lake Authority met on Monday.\n\nJane Roe succeeds Tom Poe.\n', 'news.txt');
    expect(posts(x)).toEqual([]);
    expect(namesOf(x, 'Person')).toContain('Tom Poe');
  });
});

describe('reshuffle reports', () => {
  const report = (lines: string[]): string =>
    `Two new Permanent Secretaries; six reassigned\n\nPresident Ali announced two new Permanent Secretaries (PS).\n\n${lines.join(' ')}\n`;

  it('ends a body before "and" and a person named after it', () => {
    const x = extract(
      'News\n\nThe President appointed Adele Cole to the Ministry of Legal Affairs and Miguel Hernandez, former Head of Regional Planning in the Ministry of Finance, to the Ministry of Roads.\n',
      'news.txt',
    );
    expect(namesOf(x, 'Agency').sort()).toEqual([
      'Ministry of Finance',
      'Ministry of Legal Affairs',
      'Ministry of Roads',
    ]);
    expect(namesOf(x, 'Person')).toContain('Miguel Hernandez');
  });

  it('reads a name after the initials of a post the report spells out, and the bodies it moves between', () => {
    const x = extract(
      report([
        'He reassigned PS Alfred Kingsley from the Ministry of Lakes to the Office of the Prime Minister;',
        'PS Shanti Roop was moved from the Ministry of Rivers to the Ministry of Lakes.',
      ]),
      'news.txt',
    );
    expect(posts(x)).toEqual([
      'Alfred Kingsley|Permanent Secretary|Ministry of Lakes',
      'Alfred Kingsley|Permanent Secretary|Office of the Prime Minister',
      'Shanti Roop|Permanent Secretary|Ministry of Lakes',
      'Shanti Roop|Permanent Secretary|Ministry of Rivers',
    ]);
    expect(namesOf(x, 'Agency')).not.toContain('Permanent Secretaries');
  });

  it('gives a person named with no post the post the report is about, in the body they go to', () => {
    const x = extract(
      report([
        'Mr. Trevor Banda from the Cabinet Office goes to the Ministry of Roads while Mrs. Ruth Mwale goes to Ministry of Tourism and Arts.',
        'Former Director of the Harbour Authority, Grace Tembo has been transferred to the Ministry of Roads.',
      ]),
      'news.txt',
    );
    expect(posts(x)).toEqual([
      'Grace Tembo|Former Director|Harbour Authority',
      // A post held before is not the one moved into: the report's post is.
      'Grace Tembo|Permanent Secretary|Ministry of Roads',
      'Ruth Mwale|Permanent Secretary|Ministry of Tourism and Arts',
      'Trevor Banda|Permanent Secretary|Cabinet Office',
      'Trevor Banda|Permanent Secretary|Ministry of Roads',
    ]);
  });

  it('reads no move where the report names no post and the person has none', () => {
    const x = extract('Lake news\n\nMr. Trevor Banda goes to the Ministry of Roads on Monday.\n', 'news.txt');
    expect(posts(x)).toEqual([]);
  });
});

describe('bodies an instrument reconstitutes, listed after it', () => {
  it('gives each body of the list the instrument, whatever marks its items', () => {
    const items = ['Ministry of Lakes and Livestock;', 'Ministry of Roads;', 'Ministry of Health.'];
    const page = (list: string): string =>
      `Ministries Reconstituted\n\nWith the enactment of the Civil Service Reform Act of Freedonia 2022, Ministries have been reconstituted as follows:\n\n${list}\n\nThe details are as follows.\n`;
    const expected = [
      'GOVERNED_BY Ministry of Health -> Civil Service Reform Act of Freedonia 2022',
      'GOVERNED_BY Ministry of Lakes and Livestock -> Civil Service Reform Act of Freedonia 2022',
      'GOVERNED_BY Ministry of Roads -> Civil Service Reform Act of Freedonia 2022',
    ];
    const governed = (doc: string, id: string): string[] =>
      triples(extract(doc, id))
        .filter((t) => t.startsWith('GOVERNED_BY'))
        .sort();
    expect(governed(page(items.map((l, k) => `${k + 1}. ${l}`).join('\n\n')), 'news.txt')).toEqual(expected);
    expect(governed(page(items.map((l) => `- ${l}`).join('\n')), 'news.md')).toEqual(expected);
  });
});

describe('bodies a statute establishes', () => {
  it('reads the body established, head word or not, and gives it the duties of its objects', () => {
    for (const cue of ['There is established for the purposes of this Act', 'There is hereby established'])
      expect(
        triples(
          extract(
            `Lake Fishers Relief Act\n\n1. Establishment of Fund\n\n${cue} the Lake Fishers Relief Fund.\n\n2. Objects of Fund\n\nThe objects of the Fund shall be to—\n(a) provide financial assistance to retired fishers;\n(b) promote the welfare of fishing families.\n`,
            'relief.txt',
          ),
        ).sort(),
      ).toEqual([
        'GOVERNED_BY Lake Fishers Relief Fund -> Lake Fishers Relief Act',
        'HAS_RESPONSIBILITY Lake Fishers Relief Fund -> promote the welfare of fishing families.',
        'HAS_RESPONSIBILITY Lake Fishers Relief Fund -> provide financial assistance to retired fishers',
      ]);
  });

  it('makes "the Board of the Commission" a unit of the body the act defines "Commission" as', () => {
    const x = extract(
      'Freedonia\nIndependent Commission for Lakes Act, 2021\n\n1. Interpretation\nIn this Act "Board" means the Board of the Commission; "Commission" means the Independent Commission for Lakes established under section 2; "Tribunal" means the Lakes Appeal Commission.\n\n3. Board of Commission\nThe Board of the Commission shall meet monthly.\n',
      'act.txt',
    );
    expect(triples(x).filter((t) => t.startsWith('HAS_DEPARTMENT'))).toEqual([
      'HAS_DEPARTMENT Independent Commission for Lakes -> Board of the Commission',
    ]);
    expect(x.entities.find((e) => e.name === 'Board of the Commission')?.aliases).toContain('Board of Commission');
  });

  it('reads an act named after its whole body as one instrument', () => {
    const x = extract(
      'Freedonia\nIndependent Commission for Lakes and National Rivers Act, 2021\n\n"Commission" means the Independent Commission for Lakes and National Rivers established under section 2;\n',
      'act.txt',
    );
    expect(namesOf(x, 'Law')).toContain('Independent Commission for Lakes and National Rivers Act, 2021');
    expect(namesOf(x, 'Agency')).toEqual(['Independent Commission for Lakes and National Rivers']);
  });
});

describe('people named in news prose', () => {
  it('reads a name the tagger does not know after a title, when the clause goes on as a subject', () => {
    const news = [
      'President Olumide Adekanbi has approved the new board of the Lake Authority.',
      'Governor Tsakani Mvana, who chairs the council, said the Lake Authority will grow.',
      'Minister Songezo Dikgale announced the plan.',
    ].join('\n');
    expect(namesOf(extract(news, 'news.txt'), 'Person').sort()).toEqual([
      'Olumide Adekanbi',
      'Songezo Dikgale',
      'Tsakani Mvana',
    ]);
    // A title before a place or a body names no person.
    const places = 'President Harbour Town Hall has closed.\nMinister Lake Commission said so.';
    expect(namesOf(extract(places, 'news.txt'), 'Person')).toEqual([]);
  });

  it('reads a name after an honorific or a rank, a full stop after it ending no sentence', () => {
    const news = [
      'Rev. Peter Lungu goes to the Ministry of Lakes while Bishop Edward Mbewe goes to the Ministry of Rivers.',
      'Brig. General Emelda Tembo’s contract has not been renewed, and Captain Ibrahim Sow retired.',
      'The General Provisions of the Act and the Major Roads Authority are unchanged.',
    ].join('\n');
    expect(namesOf(extract(news, 'news.txt'), 'Person').sort()).toEqual([
      'Edward Mbewe',
      'Emelda Tembo',
      'Ibrahim Sow',
      'Peter Lungu',
    ]);
  });

  it('reads a post, a comma and a name closed by a comma or by its verb', () => {
    const news = [
      'The Director of the Water Board, Mary Phiri, has retired.',
      'Former Director of the Lake Authority, Grace Banda has been transferred.',
      'He appointed Harbour Authority (HA) Director General, Danies Chanda as new Permanent Secretary.',
    ].join('\n');
    expect(posts(extract(news, 'news.txt'))).toEqual([
      'Danies Chanda|Director General|Harbour Authority',
      'Grace Banda|Former Director|Lake Authority',
      'Mary Phiri|Director|Water Board',
    ]);
  });

  it('reads "Name has served as Post in the Body"', () => {
    const x = extract(
      'Leaders\n\nMr. Thabang Lekhela has served as Deputy Principal Secretary in the Ministry of Lakes for two decades.\n',
      'news.txt',
    );
    expect(posts(x)).toEqual(['Thabang Lekhela|Deputy Principal Secretary|Ministry of Lakes']);
  });

  it('ends a post after a name at the first lower-case word that joins nothing', () => {
    const x = extract(
      'Leaders\n\nHonourable Jane Mokoena is the Minister of Lakes and International Rivers succeeding Honourable Tom Phiri. Mr Lekhela served in the Ministry of Lakes and International Rivers. He led the Ministry of Lakes in crafting policy.\n',
      'news.txt',
    );
    // The post ends before "succeeding", whose object held it before (a predecessor).
    expect(posts(x)).toEqual([
      'Jane Mokoena|Minister of Lakes and International Rivers|Ministry of Lakes and International Rivers',
      'Tom Phiri|Minister of Lakes and International Rivers|Ministry of Lakes and International Rivers',
    ]);
  });

  it('gives no post to a name whose comma is followed by a verb', () => {
    const x = extract(
      'Water News\n\nThe board met. Dr. Jane Okoro, said the Director of the Water Board, will retire. It agreed.\n',
      'news.txt',
    );
    expect(posts(x)).toEqual([]);
  });

  it('keeps a body whole when what it is of is a title word or joined by a capitalised "And"', () => {
    const x = extract(
      'Court News\n\nThe Ministry of Justice met. So did the Department of Justice. The Office of the Attorney General wrote to the Office of the Secretary General. The Ministry of Lakes And Coastal Resources agreed.\n',
    );
    expect(namesOf(x, 'Agency').sort()).toEqual([
      'Department of Justice',
      'Ministry of Justice',
      'Ministry of Lakes And Coastal Resources',
      'Office of the Attorney General',
      'Office of the Secretary General',
    ]);
  });

  it('keeps a ministry whole when what it is of ends in a body word', () => {
    const x = extract('He goes to the Ministry of Local Government and to the Department of the Ministry of Trade.\n');
    expect(namesOf(x, 'Agency').sort()).toEqual(['Ministry of Local Government', 'Ministry of Trade']);
  });
});

describe('flattened encyclopaedia pages', () => {
  const page = (subHeading: string, items: string[]): string =>
    [
      'Government ministries of Freedonia',
      '',
      'Ministry of Lakes (MOL)[edit]',
      '',
      'Ministry for Harbours (MFH)[edit]',
      '',
      'The Ministry for Harbours was set up in 2014.',
      '',
      `${subHeading}[edit]`,
      '',
      ...items.map((i) => `  • ${i}`),
      '',
      'Ministry of Roads (MOR)[edit]',
      '',
    ].join('\n');

  it("gives a sub-section that sits beside a body's heading to that body, units and duties alike", () => {
    const units = extract(page('Divisions', ['Pilotage Division', 'Dredging Division', 'Corporate Services Division']));
    expect(triples(units).filter((t) => t.startsWith('HAS_DEPARTMENT'))).toEqual([
      'HAS_DEPARTMENT Ministry for Harbours -> Corporate Services Division',
      'HAS_DEPARTMENT Ministry for Harbours -> Dredging Division',
      'HAS_DEPARTMENT Ministry for Harbours -> Pilotage Division',
    ]);
    const duties = extract(page('Functions', ['Licensing harbour pilots', 'Maintaining shipping channels']));
    expect(triples(duties).filter((t) => t.startsWith('HAS_RESPONSIBILITY'))).toEqual([
      'HAS_RESPONSIBILITY Ministry for Harbours -> Licensing harbour pilots',
      'HAS_RESPONSIBILITY Ministry for Harbours -> Maintaining shipping channels',
    ]);
  });
});

describe('encyclopaedia prose about a body', () => {
  const prose = [
    'The Ministry of Lakes (MoL) is the government department which oversees lakes.',
    'The Ministry of Lakes was established on 23 August 1995 with the adoption of Proclamation 4-1995 which also established the other 14 original Ministries. On 13 January 2004, Proclamation No. 300/2004 merged this Ministry with the Ministry of Rivers. The current Minister is Ana Reyl (PhD).',
    '',
  ].join('\n');

  it('reads the instrument that founded the body and the one that reorganised it, active or passive', () => {
    expect(triples(extract(prose, 'mol.txt')).filter((t) => t.startsWith('GOVERNED_BY'))).toEqual([
      'GOVERNED_BY Ministry of Lakes -> Proclamation 4-1995',
      'GOVERNED_BY Ministry of Lakes -> Proclamation No. 300/2004',
    ]);
  });

  it('reads "The current Minister is Name" as the post in the page body', () => {
    expect(posts(extract(prose, 'mol.txt'))).toEqual(['Ana Reyl|Minister|Ministry of Lakes']);
  });
});

describe('tables with a column of bodies', () => {
  it('names a body in each cell, short form or not, and puts the row post in it', () => {
    const x = extract(
      [
        '# Cabinet of Freedonia',
        '',
        '| Office | Ministry | Incumbent |',
        '|---|---|---|',
        '| Prime Minister | PMO | Ana Reyl |',
        '| Minister of Lakes and Rivers | Minlak | Tomas Vell |',
        '',
      ].join('\n'),
      'cabinet.md',
    );
    expect(posts(x)).toEqual(['Ana Reyl|Prime Minister|PMO', 'Tomas Vell|Minister of Lakes and Rivers|Minlak']);
  });
});

describe('names spelled out by their acronym', () => {
  it('takes the whole name its bracketed initials spell over a shorter body name inside it', () => {
    for (const item of [
      'Freedonia Government Communications and Information System (FGCIS)',
      'Freedonia Government Data Service Hub (FGDSH)',
    ]) {
      const x = extract(`Units of the Ministry\n  • ${item}\n  • National Disaster Management Office\n`, 'units.txt');
      const full = item.replace(/\s*\(.*$/, '');
      expect(namesOf(x, 'Department')).toContain(full);
      expect(namesOf(x, 'Agency')).not.toContain('Freedonia Government');
    }
  });
});

describe('a parliament and its service', () => {
  const page = [
    'The Clerk to the National Assembly is the Chief Executive of the National Assembly Service.',
    '',
    'Clerk to the National Assembly - Mrs. Ana Reyl',
    'Deputy Clerk to the National Assembly',
    'Ms. Iris Dunmore',
    '',
    'The National Assembly Service is the administrative body headed by the Clerk.',
    '',
  ].join('\n');

  it('keeps the arm named after a body apart from the body, and reads clerks as posts', () => {
    const x = extract(page, 'assembly.txt');
    expect(namesOf(x, 'Agency')).toEqual(expect.arrayContaining(['National Assembly', 'National Assembly Service']));
    expect(posts(x)).toEqual(
      expect.arrayContaining(['Ana Reyl|Clerk|National Assembly', 'Iris Dunmore|Deputy Clerk|National Assembly']),
    );
  });
});

describe("a government's office named in the possessive", () => {
  it('reads "the Government\'s Office" as a body, and keeps a complement\'s own name', () => {
    for (const apostrophe of ["'", '’']) {
      const x = extract(
        `Decree\n\nThe Government${apostrophe}s Office is a ministerial-level agency, an assisting apparatus of the Government. The Government${apostrophe}s Department of Lakes advises it.\n`,
        'decree.txt',
      );
      expect(namesOf(x, 'Agency').sort()).toEqual(['Department of Lakes', `Government${apostrophe}s Office`]);
    }
  });
});

describe('decree titles in translation', () => {
  const preamble = [
    'Royal Decree 12/2020 Amending the Name of the Ministry of Lakes to the Ministry of Lakes, Rivers, and Wetlands, Determining Its Competences, and Adopting Its Organisational Structure',
    '',
    'after perusal of the Basic Statute of the State,',
    '',
    'Royal Decree 6/2002 Determining the Competences of the Ministry of Lakes and Adopting Its Organisational Structure,',
    '',
    'Royal Decree 54/2005 Establishing the Harbour Council and Determining Its Competences,',
    '',
  ].join('\n');

  it('keeps what a numbered decree does as part of its title, commas and all, but not the verb in a body name', () => {
    const x = extract(preamble, 'decree.txt');
    expect(namesOf(x, 'Law')).toEqual(
      expect.arrayContaining([
        'Royal Decree 12/2020 Amending the Name of the Ministry of Lakes to the Ministry of Lakes, Rivers, and Wetlands, Determining Its Competences, and Adopting Its Organisational Structure',
        'Royal Decree 54/2005 Establishing the Harbour Council and Determining Its Competences',
        'Royal Decree 6/2002 Determining the Competences of the Ministry of Lakes and Adopting Its Organisational Structure',
      ]),
    );
    expect(namesOf(x, 'Agency')).not.toContain('Ministry of Lakes and Adopting');
  });

  it('reads a body for a post written without "the"', () => {
    expect(namesOf(extract('The Ministry of Prime Minister met the Ministry of Lakes Minister.\n'), 'Agency')).toEqual([
      'Ministry of Lakes',
      'Ministry of Prime Minister',
    ]);
  });
});

describe('letters closed by a bracket only, run into one paragraph', () => {
  it('splits "a) ...; b) ...; c) ..." into duties as "(a) (b) (c)" would be', () => {
    const statute = (open: string): string =>
      `Lakes Act\n\nArticle 2.- The Lakes Board shall in particular: ${open}a) Keep the register of lakes; ${open}b) Issue fishing permits; ${open}c) Monitor water quality.\n`;
    const expected = namesOf(extract(statute('('), 'act.txt'), 'Responsibility');
    expect(expected).toHaveLength(3);
    expect(namesOf(extract(statute(''), 'act.txt'), 'Responsibility')).toEqual(expected);
  });

  it('does not read parts of a document listed under a unit heading as units', () => {
    const x = extract(
      'Ministry of Lakes\n\nOur divisions\n\n- Chapter 2\n- Part Three\n- Pilotage Division\n',
      'm.txt',
    );
    expect(namesOf(x, 'Department')).toEqual(['Pilotage Division']);
  });
});

describe('restructuring decrees with nested units', () => {
  it('reads a unit item that leads into its own sub-list, and letters closed by a dash', () => {
    const decree = (dash: string): string =>
      [
        'Royal Decree No. 9 of 2023 restructuring the Ministry of Lakes',
        '',
        'The Minister of Lakes is responsible for the following:',
        '',
        'First: The Directorate of Planning.',
        '',
        'Second: The General Secretariat of the Lakes Council is headed by a Secretary-General and undertakes:',
        '',
        `A${dash} Directorate of Sessions.`,
        '',
        `B${dash} Directorate of Archives.`,
        '',
      ].join('\n');
    for (const dash of ['-', ' –']) {
      const units = triples(extract(decree(dash), 'decree.txt')).filter((t) =>
        t.startsWith('HAS_DEPARTMENT Ministry of Lakes'),
      );
      expect(units).toEqual(
        expect.arrayContaining([
          'HAS_DEPARTMENT Ministry of Lakes -> Directorate of Planning',
          'HAS_DEPARTMENT Ministry of Lakes -> General Secretariat of the Lakes Council',
        ]),
      );
      expect(namesOf(extract(decree(dash), 'decree.txt'), 'Department')).toEqual(
        expect.arrayContaining(['Directorate of Archives', 'Directorate of Sessions']),
      );
    }
  });

  it('keeps a statute citation out of the instrument name', () => {
    expect(namesOf(extract('The Department of Lakes Act (1995, c. 11) applies.\n'), 'Law')).toEqual([
      'Department of Lakes Act',
    ]);
  });
});

describe('more kinds of body', () => {
  it('reads chancelleries, presidencies, treasuries and communities of states as bodies', () => {
    const x = extract(
      'The Grand Chancellery of National Orders reports to the Presidency of the Republic. The Lakes Treasury pays the East Lakes Community.\n',
    );
    expect(namesOf(x, 'Agency')).toEqual([
      'East Lakes Community',
      'Grand Chancellery of National Orders',
      'Lakes Treasury',
      'Presidency of the Republic',
    ]);
  });
});

describe('a decree flattened into one paragraph', () => {
  const decree = [
    'Republic of Lakeland',
    '',
    'DECREE No. 2019/68 of 26 December 2019 to reorganize the Grand Chancellery of Lakes THE PRESIDENT, Mindful of the Constitution, HEREBY DECREES: Article 1: This decree relates to the Grand Chancellery of Lakes. Article 3: The Grand Chancellor shall: - preside over the Councils of the Orders; - administer the Orders and Medals; - sign certificates of Officers. Article 4: For the purposes of its mandate, the Grand Chancellery shall have: - a Private Secretariat; - a Secretariat General.',
    '',
  ].join('\n');

  it('reads the dashes after "shall:" as duties and those after "shall have:" as units', () => {
    const x = extract(decree, 'decree.txt');
    expect(namesOf(x, 'Responsibility')).toEqual([
      'administer the Orders and Medals',
      'preside over the Councils of the Orders',
      'sign certificates of Officers.',
    ]);
    expect(triples(x).filter((t) => t.startsWith('HAS_DEPARTMENT'))).toEqual([
      'HAS_DEPARTMENT Grand Chancellery of Lakes -> Private Secretariat',
      'HAS_DEPARTMENT Grand Chancellery of Lakes -> Secretariat General',
    ]);
    expect(triples(x)).toContain('GOVERNED_BY Grand Chancellery of Lakes -> DECREE No. 2019/68 of 26 December 2019');
  });

  it('does not take a clause after a semicolon for a unit name', () => {
    const x = extract(
      'All holdings of the Lakes Council; its Secretariat General; and the Directorate General of Fisheries in the Ministry of Rivers are hereby transferred to the Ministry of Lakes.\n',
    );
    expect(namesOf(x, 'Department').filter((n) => n.includes('transferred'))).toEqual([]);
  });
});

describe('a profile page flattened from a PDF', () => {
  const page = (bullet: string): string =>
    `The Lakeland Government publishes this page. PARLIAMENT OF LAKELAND All legislative powers are vested in Parliament. Functions Parliament is responsible for: ${bullet} Making laws for the country ${bullet} Passing the national budget each year ${bullet} Confirmation of nominees for public office\n`;

  it('splits glyph bullets run into the paragraph and gives them to the body the lead-in names', () => {
    for (const bullet of ['•', '▪']) {
      const x = extract(page(bullet), 'profile.txt');
      expect(triples(x).filter((t) => t.startsWith('HAS_RESPONSIBILITY'))).toEqual([
        'HAS_RESPONSIBILITY PARLIAMENT OF LAKELAND -> Confirmation of nominees for public office',
        'HAS_RESPONSIBILITY PARLIAMENT OF LAKELAND -> Making laws for the country',
        'HAS_RESPONSIBILITY PARLIAMENT OF LAKELAND -> Passing the national budget each year',
      ]);
      expect(namesOf(x, 'Agency')).not.toContain('Functions Parliament');
    }
  });
});

describe('a commission announcing appointments to other ministries', () => {
  const news = [
    'The Lakes Service Commission has finalised the appointment of Permanent Secretaries.',
    'The successful candidates are:',
    '1. Mr Tom Vell - Permanent Secretary Prime Minister’s Office',
    '2. Mr Ana Reyl - Permanent Secretary for Public Enterprises',
    '3. Dr Iris Dunmore - Permanent Secretary for Health and Medical Services',
    '',
  ].join('\n');

  it('puts no one in the commission whose post names another portfolio, and cuts the post off the office', () => {
    const x = extract(news, 'news.txt');
    expect(namesOf(x, 'Agency')).toEqual(['Lakes Service Commission', 'Prime Minister’s Office']);
    expect(posts(x).filter((p) => p.endsWith('|Lakes Service Commission'))).toEqual([]);
  });

  it('keeps a post inside the page body when its "of" names an area of that body', () => {
    const x = extract('Lakes Quality Authority\n\nDirector of Regulation - Aoife Marsh\n', 'authority.txt');
    expect(posts(x)).toEqual(['Aoife Marsh|Director of Regulation|Lakes Quality Authority']);
  });
});
