// Names as translations write them: instruments cited by number with a quoted subject title
// ('Decree No. 42 "On the X"'), and one body's name written with "for" and with "of" in turn.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, posts, triplesOf } from './helpers.ts';

describe('instruments cited by their designation and a quoted subject title', () => {
  it.each([
    ['a decree with a date and a number', 'Decree of the Cabinet of Ministers of 12.03.2004 № 311'],
    ['a law of a country', 'the Law of Lowland'],
    ['a resolution with "No."', 'Resolution No. 87 of the Government'],
    ['an order dated in words', 'Order of the Minister of 4 May 2019 No. 15'],
  ])('%s: the subject in quotes is the instrument, the designation no instrument of its own', (_, designation) => {
    for (const [id, layout] of [
      ['decree.txt', (s: string) => `History\n\n${s}`],
      ['decree.md', (s: string) => `## History\n\n${s}`],
    ] as const) {
      const x = extract(
        layout(
          `By ${designation} "On the Lowland Water Inspectorate" the Lowland Water Inspectorate was established as a central body.`,
        ),
        id,
      );
      expect(namesOf(x, 'Law')).toEqual(['On the Lowland Water Inspectorate']);
      expect(triplesOf(x, 'GOVERNED_BY')).toEqual([
        'GOVERNED_BY Lowland Water Inspectorate -> On the Lowland Water Inspectorate',
      ]);
    }
  });

  it('keeps two decrees of one issuer apart when each has its subject title', () => {
    const x = extract(
      'History\n\nThe Decree of the Cabinet of 01.02.2006 № 75 "On liquidation of the Lowland Fish Service" dissolved it. ' +
        'The Decree of the Cabinet of 24.01.2007 № 42 "On approval of the Regulation on the Lowland Fish Committee" followed.',
      'history.txt',
    );
    expect(namesOf(x, 'Law').sort()).toEqual([
      'On approval of the Regulation on the Lowland Fish Committee',
      'On liquidation of the Lowland Fish Service',
    ]);
  });

  it('reads no subject title without a designation before it', () => {
    const x = extract(
      'Campaigns\n\nThe Lowland Water Inspectorate ran a campaign "On the safety of wells" in 2019.',
      'c.txt',
    );
    expect(namesOf(x, 'Law')).toEqual([]);
  });
});

describe('one name written with "for" and with "of"', () => {
  it.each([
    ['text', 'agency.txt', (t: string) => `STATE AGENCY FOR WATER RESOURCES\n\n${t}`],
    ['markdown', 'agency.md', (t: string) => `# State Agency for Water Resources\n\n${t}`],
  ])('%s: the two forms are one body, and its head holds a post there', (_, id, layout) => {
    const x = extract(
      layout(
        'The State Agency of Water Resources implements the state policy on water use.\n\n' +
          'On 8 April 2015 Jane Roe was appointed the Chairman of the State Agency of Water Resources.',
      ),
      id,
    );
    expect(namesOf(x, 'Agency')).toHaveLength(1);
    expect(posts(x)).toEqual([`Jane Roe|Chairman|${namesOf(x, 'Agency')[0]}`]);
  });

  it('keeps two listed units apart when they differ only in "for" and "of"', () => {
    const x = extract(
      'Lowland Water Agency\n\nThe Agency consists of the following divisions:\n\n- Division for Planning\n- Division of Planning\n',
      'units.txt',
    );
    expect(namesOf(x, 'Department').sort()).toEqual(['Division for Planning', 'Division of Planning']);
  });
});

describe('an instrument a body acts "based on"', () => {
  it.each([
    ['text', 'office.txt', 'Lowland Delivery Office\n\n'],
    ['markdown', 'office.md', '# Lowland Delivery Office\n\n'],
  ])('%s: each decree the sentence cites governs the body, its number written with a spaced slash', (_, id, head) => {
    const x = extract(
      `${head}The Lowland Delivery Office reports to the President. Previously, the office was set up based on the Presidential Decree No.29/ 2014. ` +
        'The Lowland Delivery Office has worked based on the Presidential Decree No.26/2015 since 2015.',
      id,
    );
    expect(namesOf(x, 'Law').sort()).toEqual(['Presidential Decree No.26/2015', 'Presidential Decree No.29/ 2014']);
    expect(triplesOf(x, 'GOVERNED_BY')).toEqual([
      'GOVERNED_BY Lowland Delivery Office -> Presidential Decree No.26/2015',
      'GOVERNED_BY Lowland Delivery Office -> Presidential Decree No.29/ 2014',
    ]);
  });
});

describe('a place before a name and after it', () => {
  it.each([
    ['text', 'council.txt', 'Council of Ministers of Lowland\n\n'],
    ['markdown', 'council.md', '# Council of Ministers of Lowland\n\n'],
  ])('%s: "Lowlandic Council of Ministers" and "Council of Ministers of Lowland" are one body', (_, id, head) => {
    const x = extract(
      `${head}The Lowlandic Council of Ministers is the cabinet of the kingdom. The Council of Ministers of Lowland was established in 1953.`,
      id,
    );
    expect(namesOf(x, 'Agency')).toEqual(['Council of Ministers of Lowland']);
  });

  it('keeps a body of another place apart', () => {
    const x = extract(
      'Councils\n\nThe Upland Council of Ministers met the Council of Ministers of Lowland in 1953.',
      'c.txt',
    );
    expect(namesOf(x, 'Agency').sort()).toEqual(['Council of Ministers of Lowland', 'Upland Council of Ministers']);
  });
});
