// Persons named in running text without a post pattern (prose-names.ts), names that carry a
// generational suffix or an initial, and given names that are also instrument words. All
// names are invented; each shape is checked over several wordings.
import { describe, expect, it } from 'vitest';
import { findProseNames } from '../../../extractors/prose-names.ts';
import { extract, namesOf, posts } from './helpers.ts';

const found = (sentence: string): string[] =>
  findProseNames(sentence, { start: 0, end: sentence.length }).map((m) => sentence.slice(m.range.start, m.range.end));

describe('findProseNames', () => {
  it('reads a name after an honorific, whatever the honorific and the sentence around it', () => {
    expect(found('The board met when Alhaji Musa Dangote was Minister.')).toEqual(['Musa Dangote']);
    expect(found('Guests were welcomed by Dr. Ilse Varga Moreno at the gate.')).toEqual(['Ilse Varga Moreno']);
    expect(found('Mrs Petra Lind and Sir Owen Faraday spoke.')).toEqual(['Petra Lind', 'Owen Faraday']);
  });

  it('reads a name glossed in its own script, with or without a title before it', () => {
    expect(found('The tour was led by Governor Lin Wen-hao (林文豪) on Monday.')).toEqual(['Lin Wen-hao']);
    expect(found('Park Ji-su (박지수) spoke first.')).toEqual(['Park Ji-su']);
    expect(found('The investor Kenji Mori (森健二) attended.')).toEqual(['Kenji Mori']);
  });

  it('does not read a body or place glossed in its own script as a person', () => {
    expect(
      found('He toured the Bureau of Coastal Works (海岸工程局) and the Office of Tide Records (潮汐记录办公室).'),
    ).toEqual([]);
    expect(found('The Ministry of River Affairs (河務部) opened.')).toEqual([]);
    expect(found('Delegates came from New Harbour (新港).')).toEqual([]);
  });

  it('reads a name after a naval rank of one or two words', () => {
    expect(found('The current Acting Commander is Rear Admiral Tevita Nakoro since May.')).toEqual(['Tevita Nakoro']);
    expect(found('He succeeded Commodore John Vatuvei after ten years.')).toEqual(['John Vatuvei']);
  });

  it('needs a name of at least two words after the honorific', () => {
    expect(found('Mr. Dangote said the plan was ready.')).toEqual([]);
  });
});

describe('persons in running text in a whole document', () => {
  it('keeps the persons a news page names by honorific or gloss, with no post they were not given', () => {
    const x = extract(
      'Harbour Data Agency opens\n\nThe Harbour Data Agency opened on Monday. Its head welcomed Premier Tomas Eberle and Governor Lin Wen-hao (林文豪). The agency was founded when Mr Bill Harrow was the Minister of Ports.\n',
    );
    expect(namesOf(x, 'Person').sort()).toEqual(['Bill Harrow', 'Lin Wen-hao', 'Tomas Eberle']);
    // A title in prose is a post at the body written right before it, or at none: the
    // premier and the governor hold no post at the agency.
    expect(posts(x).filter((p) => /Eberle|Lin Wen-hao|Harrow/.test(p))).toEqual([]);
  });

  it('gives a title in prose the body written right before it', () => {
    const x = extract(
      'Opening day\n\nThe Harbour Data Agency opened. Guests included Tide Records Office Director Amelia Brandt, and Premier Tomas Eberle.\n',
    );
    expect(posts(x)).toEqual(['Amelia Brandt|Director|Tide Records Office']);
  });

  it('keeps a generational suffix and initials in the name, in a directory and in a label line', () => {
    for (const doc of [
      'Canal Authority of Wexmoor\n\nVice-Presidents:\nOperations: C. Martin Reyes, Jr.\nFinance: Anil K. Varma\n',
      'Canal Authority of Wexmoor\n\nVice-President: C. Martin Reyes, Jr.\nVice-President: Anil K. Varma\n',
    ]) {
      expect(namesOf(extract(doc), 'Person').sort()).toEqual(['Anil K. Varma', 'C. Martin Reyes, Jr.']);
    }
  });
});

describe('instruments named after a body', () => {
  it('reads "Department of X Act" as one law, not as a department', () => {
    for (const doc of [
      'Canal Board\n\nConstituent Act\n\nDepartment of Canals and Locks Act (R.S., 1985, c. C-4)\n',
      'Canal Board\n\nThe Board was set up under the Ministry of Canals Act 1999.\n',
    ]) {
      const x = extract(doc);
      expect(namesOf(x, 'Law').filter((n) => /Canals/.test(n)).length).toBe(1);
      expect([...namesOf(x, 'Department'), ...namesOf(x, 'Agency')].filter((n) => /Act/.test(n))).toEqual([]);
    }
  });

  it('keeps a unit whose name ends in a plural instrument word a unit', () => {
    const x = extract(
      'Ministry of Canals\n\nInternal departments:\n- Department of Policies and Regulations\n- Department of Locks\n',
    );
    expect(namesOf(x, 'Department')).toContain('Department of Policies and Regulations');
  });
});
