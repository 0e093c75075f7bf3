// item-roles.ts: a list is a list of duties when most item heads open with a verb, in any
// of the forms duty lists take (imperative, "to"-infinitive, gerund, third person with a
// dropped subject, "We provide", nominalisations); names, people and noun phrases are not.
import { describe, expect, it } from 'vitest';
import {
  DUTY_SHARE,
  isActivityPhrase,
  isDutyShaped,
  isVerbInitial,
  verbInitialShare,
} from '../../../extractors/item-roles.ts';
import { extract, triples } from './helpers.ts';
import type { ItemNode, ListNode } from '../../../extractors/types.ts';

/** A bullet list whose item heads are the given lines, laid out one per line in `text`. */
function listOf(heads: string[]): { text: string; list: ListNode } {
  let text = '';
  const items: ItemNode[] = [];
  for (const head of heads) {
    const start = text.length + 2;
    text += `- ${head}\n`;
    const range = { start, end: start + head.length };
    items.push({
      kind: 'item',
      marker: { style: 'bullet', value: 0, end: start },
      head: range,
      range: { start: start - 2, end: range.end },
      children: [],
    });
  }
  return { text, list: { kind: 'list', style: 'bullet', range: { start: 0, end: text.length }, items } };
}

describe('isVerbInitial', () => {
  it.each([
    ['imperative', 'Implement the national broadband plan'],
    ['imperative with hyphenated verb', 'Co-ordinate the work of regional offices'],
    ['"to"-infinitive', 'to advise the Minister on water quality'],
    ['gerund', 'Setting standards for school transport'],
    ['third person after a dropped subject', 'Serves as the lead agency for tidal defences'],
    ['third person before a determiner', 'Maintains the register of licensed ferries'],
    ['"We provide ..."', 'We provide grants to rural libraries'],
    ['"shall" before the verb', 'shall issue permits for river dredging'],
    ['nominalisation with "of"', 'Formulation of policies on coastal fishing'],
    ['nominalisation with the article', 'The issuance of pilot licences'],
    ['leftover marks before the verb', '“(Prepare the annual budget estimates'],
  ])('%s: %j is verb-initial', (_kind, phrase) => {
    expect(isVerbInitial(phrase)).toBe(true);
  });

  it.each([
    ['name of a body', 'Coastal Survey Office'],
    ['name of a body with an -ion head word', 'Commission for Fair Tariffs'],
    ['name of a body with "of"', 'Department of Inland Waterways'],
    ['person line', 'Marta Quillfeather, Director'],
    ['adjectives', 'reliable, consistent'],
    ['noun phrase', 'Information security'],
    ['preposition-led gerund', 'During the transition period'],
    ['number', '2024 annual report'],
  ])('%s: %j is not verb-initial', (_kind, phrase) => {
    expect(isVerbInitial(phrase)).toBe(false);
  });
});

describe('verbInitialShare and isDutyShaped', () => {
  it('reads a list of verb-initial items as duties', () => {
    const { text, list } = listOf([
      'Collect tolls on national roads',
      'to inspect bridges every year',
      'Publishing traffic statistics',
    ]);
    expect(verbInitialShare(text, list)).toBe(1);
    expect(isDutyShaped(text, list)).toBe(true);
  });

  it('does not read a list of body names as duties', () => {
    const { text, list } = listOf([
      'Department of Inland Waterways',
      'Department of Public Health',
      'Coastal Survey Office',
    ]);
    expect(verbInitialShare(text, list)).toBe(0);
    expect(isDutyShaped(text, list)).toBe(false);
  });

  it('counts the share of verb-initial items and decides at DUTY_SHARE', () => {
    const mostly = listOf(['Collect tolls on national roads', 'Inspect bridges every year', 'Annual traffic yearbook']);
    expect(verbInitialShare(mostly.text, mostly.list)).toBeCloseTo(2 / 3);
    expect(isDutyShaped(mostly.text, mostly.list)).toBe(2 / 3 >= DUTY_SHARE);
    const half = listOf(['Collect tolls on national roads', 'Annual traffic yearbook']);
    expect(verbInitialShare(half.text, half.list)).toBe(0.5);
    expect(isDutyShaped(half.text, half.list)).toBe(false);
  });

  it('does not read a one-item list as duties', () => {
    const { text, list } = listOf(['Collect tolls on national roads']);
    expect(verbInitialShare(text, list)).toBe(0);
    expect(isDutyShaped(text, list)).toBe(false);
  });
});

describe('isActivityPhrase', () => {
  it('reads a noun phrase headed by a nominalised verb or a noun of work as an activity', () => {
    for (const phrase of [
      'Exception management',
      'Corporate GIS management and coordination',
      'Information security',
      'GIS support, data maintenance, administration',
      'Project management for the canal works',
      'Towpath policy creation',
    ]) {
      expect(isActivityPhrase(phrase), phrase).toBe(true);
    }
  });

  it('does not read a body, an instrument, a quality or an experience as an activity', () => {
    for (const phrase of [
      'Records Division',
      'Data Protection Regulation',
      'reliable, consistent and easy to use',
      'a joined up digital experience',
      'Canal Works Agency',
      'Jane Roe',
    ]) {
      expect(isActivityPhrase(phrase), phrase).toBe(false);
    }
  });
});

describe('a list of activities under a neutral heading', () => {
  it('gives a unit its noun-phrase duties whatever the label above them says', () => {
    for (const label of ['Responsibilities:', 'Overview:', 'What the team covers:']) {
      const x = extract(
        `# Canal Bureau\n\n## Towpath Technology Division\n\nThe Division keeps the canal systems running.\n\n${label}\n\n- Exception management\n- Information security\n- Towpath GIS support and data maintenance\n`,
        'b.md',
      );
      expect(
        triples(x)
          .filter((t) => t.startsWith('HAS_RESPONSIBILITY'))
          .sort(),
        label,
      ).toEqual([
        'HAS_RESPONSIBILITY Towpath Technology Division -> Exception management',
        'HAS_RESPONSIBILITY Towpath Technology Division -> Information security',
        'HAS_RESPONSIBILITY Towpath Technology Division -> Towpath GIS support and data maintenance',
      ]);
    }
  });
});

describe('verbs the tagger reads as nouns out of context', () => {
  it('reads third-person duties after a subject lead-in and coordinated verbs as verb-initial', () => {
    for (const phrase of [
      'issues licences to boat operators',
      'sets canal tolls',
      'monitors towpath markets for abuse',
      'Plans and builds new locks',
      'Plants and maintains towpath trees',
    ]) {
      expect(isVerbInitial(phrase), phrase).toBe(true);
    }
  });

  it('reads capitalised imperatives that are also nouns as verb-initial', () => {
    for (const phrase of [
      'Plant and care for towpath trees',
      'Plan and build new lock facilities',
      'Run youth rowing leagues',
    ]) {
      expect(isVerbInitial(phrase), phrase).toBe(true);
    }
  });

  it('keeps section titles, plural nouns and unit names out', () => {
    for (const phrase of [
      'Reports by the Committee etc',
      'Functions of the Committee',
      'offices in the city',
      'Budget and finance',
      'Plant Health Inspection Service',
    ]) {
      expect(isVerbInitial(phrase), phrase).toBe(false);
    }
  });
});
