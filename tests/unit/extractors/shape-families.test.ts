// Shape families: one fact family read the same way from documents that differ in wording
// and format. Each case is a small invented document; the assertions name the entity and
// relation that matter for the family, not a snapshot of the whole extraction.
import { describe, expect, it } from 'vitest';
import { extract, posts, triples } from './helpers.ts';

const BODY = 'Peat Bog Authority of Arlow';
const of = (type: string, doc: string, id: string): string[] =>
  triples(extract(doc, id))
    .filter((t) => t.startsWith(`${type} `))
    .sort();
// Duties compare without a leading "to" and closing punctuation, which some shapes keep.
const duty = (t: string): string =>
  t
    .replace(/^HAS_RESPONSIBILITY .* -> /, '')
    .replace(/^to\s+/i, '')
    .replace(/[.;]+$/, '')
    .toLowerCase();

describe('duties lists', () => {
  it.each([
    [
      'led in by "X undertakes to:"',
      'duties.txt',
      `${BODY}\n\nThe Peat Bog Authority undertakes to:\n- survey bogs every five years;\n- restore drained peatland;\n- advise farmers on grazing.\n`,
    ],
    [
      '"The X shall have the following functions:" in a statute',
      'act.txt',
      `Peat Bog Authority Act 2030\n\n1. There is established the ${BODY}.\n\n2. The Authority shall have the following functions:\n(a) to survey bogs every five years;\n(b) to restore drained peatland;\n(c) to advise farmers on grazing.\n`,
    ],
    [
      'a neutral "Overview" heading over verb-initial bullets',
      'overview.md',
      `# ${BODY}\n\n## Overview\n\n- Survey bogs every five years\n- Restore drained peatland\n- Advise farmers on grazing\n`,
    ],
  ])('%s: the body owns one duty per item', (_shape, id, doc) => {
    const duties = of('HAS_RESPONSIBILITY', doc, id);
    expect(duties.every((t) => t.startsWith(`HAS_RESPONSIBILITY ${BODY} -> `))).toBe(true);
    expect(duties.map(duty).sort()).toEqual([
      'advise farmers on grazing',
      'restore drained peatland',
      'survey bogs every five years',
    ]);
  });

  it('does not read a list of "Department of X" names as duties', () => {
    const doc =
      'Federal Cabinet Office of Norvania\n\nOverview\n\n- Department of Inland Waterways\n- Department of Public Health\n- Department of Rural Schools\n';
    expect(of('HAS_RESPONSIBILITY', doc, 'cabinet.txt')).toEqual([]);
  });
});

describe('office-holder lines', () => {
  it.each([
    ['a "Post: Name" line', 'holder.txt', `${BODY}\n\nChief Executive: Orla Menzies\n`],
    [
      'a profile block, name line above post line',
      'holder.md',
      `# ${BODY}\n\n## Leadership\n\nOrla Menzies\nChief Executive\n`,
    ],
    [
      'a post and a name in apposition in a news sentence',
      'news.txt',
      `${BODY}\n\nNews\n\nThe Chief Executive, Orla Menzies, opened the new visitor centre.\n`,
    ],
  ])('%s: the person holds the post at the page body', (_shape, id, doc) => {
    expect(posts(extract(doc, id))).toEqual([`Orla Menzies|Chief Executive|${BODY}`]);
  });
});

describe('unit-name lines', () => {
  const units = ['Legal Services Office', 'Restoration Unit', 'Survey Division'].map(
    (u) => `HAS_DEPARTMENT ${BODY} -> ${u}`,
  );

  it.each([
    [
      'a bullet list under "Structure"',
      'units.txt',
      `${BODY}\n\nStructure\n\n- Survey Division\n- Restoration Unit\n- Legal Services Office\n`,
    ],
    [
      'one line of names separated by semicolons',
      'line.txt',
      `${BODY}\n\nSurvey Division; Restoration Unit; Legal Services Office\n`,
    ],
    [
      'section headings that name units',
      'sections.md',
      `# ${BODY}\n\n## Survey Division\n\nMaps every bog.\n\n## Restoration Unit\n\nRe-wets drained land.\n\n## Legal Services Office\n\nHandles permits.\n`,
    ],
  ])('%s: each unit is a Department of the page body', (_shape, id, doc) => {
    expect(of('HAS_DEPARTMENT', doc, id)).toEqual(units);
  });
});
