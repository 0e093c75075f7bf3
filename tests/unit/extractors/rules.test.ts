// rules.ts: the closed list of rule names. Every listed rule must still fire somewhere (no
// dead entries): on a seed or an eval-dev page, or else on the one hand-written fixture
// named for it below. Every rule the extractors write must be listed, and the compiler
// must reject a rule that is not.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OrganisationMention } from '../../../extractors/agencies.ts';
import type { AliasPair } from '../../../extractors/aliases.ts';
import { extractDocument } from '../../../extractors/index.ts';
import type { LawMention } from '../../../extractors/laws.ts';
import type { LocalGraph } from '../../../extractors/local-graph.ts';
import type { PersonMention } from '../../../extractors/people.ts';
import { EXTRACTOR_RULES, type ExtractorRule } from '../../../extractors/rules.ts';
import { sourceOf } from './helpers.ts';

const ROOT = new URL('../../../', import.meta.url);
const CORPORA = ['seeds', 'tests/fixtures/eval-dev'];

// Rules that no seed or eval-dev page exercises, each with the fixture (under
// tests/fixtures/) that reaches it.
const REACHED_BY_FIXTURE: Partial<Record<ExtractorRule, string>> = {
  'agencies:acronym-body': 'rules/agencies-acronym-body.txt',
  'agencies:roster-body': 'rules/agencies-roster-body.txt',
  'agencies:lower-case-head': 'rules/agencies-lower-case-head.txt',
  'people:given-name': 'rules/people-given-name.txt',
  'people:nomination': 'rules/people-nomination.txt',
  'people:vice': 'rules/people-nomination.txt',
  'people:other-members': 'rules/people-other-members.txt',
  'people:body-post-name': 'rules/people-body-post-name.txt',
  'people:posted-to': 'rules/people-posted-to.txt',
  'people:biography': 'rules/people-biography.md',
  'agencies:bare-subject': 'rules/agencies-bare-subject.md',
  'agencies:acronym-expansion': 'rules/agencies-acronym-expansion.md',
  'agencies:body-column': 'rules/agencies-body-column.md',
  'agencies:established-body': 'rules/agencies-established-body.txt',
  'agencies:name-list-line': 'rules/agencies-name-list-line.txt',
  'agencies:typed-subject': 'rules/agencies-typed-subject.txt',
  'agencies:units-owner': 'rules/agencies-units-owner.txt',
  'agencies:lower-case-founding': 'rules/agencies-lower-case-founding.txt',
  'agencies:sentence-case-heading': 'rules/agencies-lower-case-name.txt',
  'agencies:lower-case-name': 'rules/agencies-lower-case-name.txt',
  'agencies:plural-subject': 'rules/agencies-plural-subject.md',
  'agencies:post-body': 'rules/agencies-post-body.md',
  'agencies:unit-table-cell': 'shape/unit-head-table.md',
  'aliases:acronym-before': 'rules/aliases-acronym-before.txt',
  'aliases:quoted-short-name': 'rules/aliases-quoted-short-name.txt',
  'aliases:former-name': 'rules/aliases-former-name.txt',
  'aliases:coded-unit': 'rules/aliases-coded-unit.txt',
  'people:body-label': 'rules/people-body-label.txt',
  'people:bracketed-post': 'rules/people-bracketed-post.txt',
  'people:info-box-field': 'rules/info-box-fields.txt',
  'agencies:info-box-field': 'rules/info-box-fields.txt',
  'relations:info-box-field': 'rules/info-box-fields.txt',
  'people:holders-table': 'rules/people-holders-table.md',
  'people:holders-list': 'rules/people-holders-list.md',
  'people:roster-line': 'rules/people-roster-line.txt',
  'people:post-apposition': 'rules/people-post-apposition.txt',
  'people:appointed-member': 'rules/people-appointed-member.txt',
  'people:appointed': 'rules/people-appointed.txt',
  'people:post-label': 'rules/people-post-label.md',
  'people:post-initials': 'rules/people-post-initials.txt',
  'people:predecessor': 'rules/people-predecessor.txt',
  'people:successor': 'rules/people-successor.txt',
  'people:post-at-body': 'rules/people-post-at-body.txt',
  'people:listed-member': 'rules/people-listed-member.md',
  'people:name-bracket-post': 'rules/people-name-bracket-post.txt',
  'people:title-before-name': 'rules/people-title-before-name.txt',
  'responsibilities:remit-paragraph': 'rules/responsibilities-remit-paragraph.txt',
  'relations:moved-to': 'rules/people-post-initials.txt',
  'people:profile-block': 'rules/people-profile-block.txt',
  'people:table-person-column': 'rules/people-table-person-column.md',
  'people:honorific-name': 'rules/people-honorific-name.txt',
  'people:script-gloss': 'rules/people-script-gloss.txt',
  'relations:legal-basis-line': 'rules/relations-legal-basis-line.txt',
  'relations:placement': 'rules/relations-placement.txt',
  'relations:statute-title': 'rules/relations-statute-title.txt',
  'relations:statute-duty': 'rules/relations-statute-duty.txt',
  'relations:supervises-list': 'generalise/subordination.txt',
  'relations:directs-bodies': 'rules/relations-directs-bodies.txt',
  'relations:agencies-under-lead': 'rules/relations-agencies-under-lead.txt',
  'laws:subject-title': 'rules/laws-subject-title.txt',
};

/** The rules named by the entities and relations of one document. */
function rulesOf(path: string): Set<string> {
  const x = extractDocument(sourceOf(readFileSync(new URL(path, ROOT)), path));
  return new Set([...x.entities, ...x.relations].flatMap((fact) => fact.extractors));
}

const corpusRules = new Set(
  CORPORA.flatMap((folder) =>
    readdirSync(new URL(`${folder}/`, ROOT))
      .filter((name) => /\.(txt|md)$/.test(name))
      .flatMap((name) => [...rulesOf(`${folder}/${name}`)]),
  ),
);

describe('EXTRACTOR_RULES', () => {
  const listed = Object.keys(EXTRACTOR_RULES) as ExtractorRule[];

  it.each(listed)('%s fires on a seed, an eval-dev page or its named fixture', (rule) => {
    if (corpusRules.has(rule)) return;
    const fixture = REACHED_BY_FIXTURE[rule];
    expect(
      fixture,
      `${rule} fires on no seed or eval-dev page: name a fixture that reaches it, or drop the rule`,
    ).toBeDefined();
    expect([...rulesOf(`tests/fixtures/${fixture}`)]).toContain(rule);
  });

  it('names a fixture only for rules the seeds and eval-dev pages do not reach', () => {
    const redundant = Object.keys(REACHED_BY_FIXTURE).filter((rule) => corpusRules.has(rule));
    expect(redundant).toEqual([]);
  });

  it('lists every rule the extractors write', () => {
    const unlisted = [...corpusRules].filter((rule) => !(rule in EXTRACTOR_RULES));
    expect(unlisted).toEqual([]);
  });

  it('describes each rule in one line', () => {
    for (const [rule, does] of Object.entries(EXTRACTOR_RULES)) {
      expect(rule).toMatch(/^(agencies|aliases|laws|people|relations|responsibilities):[a-z]+(-[a-z]+)*$/);
      expect(does.length).toBeGreaterThan(10);
      expect(does).not.toContain('\n');
    }
  });

  it('is the type of every field that names a rule (checked by npm run typecheck)', () => {
    expectTypeOf<'agencies:made-up'>().not.toExtend<ExtractorRule>();
    expectTypeOf<Parameters<LocalGraph['addEntity']>[4]>().toEqualTypeOf<ExtractorRule>();
    expectTypeOf<Parameters<LocalGraph['addRelation']>[4]>().toEqualTypeOf<ExtractorRule>();
    expectTypeOf<OrganisationMention['extractor']>().toEqualTypeOf<ExtractorRule>();
    expectTypeOf<AliasPair['extractor']>().toEqualTypeOf<ExtractorRule>();
    expectTypeOf<LawMention['extractor']>().toEqualTypeOf<ExtractorRule>();
    expectTypeOf<PersonMention['extractor']>().toEqualTypeOf<ExtractorRule>();
  });
});
