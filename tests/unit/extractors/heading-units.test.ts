// heading-units.ts: unit-headed bodies that head sections of a page about another body are
// its Departments; peers of one kind, and bodies under a subordinate-bodies heading, are not.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triples } from './helpers.ts';

const rel = (type: string, doc: string): string[] =>
  triples(extract(doc, 'page.md'))
    .filter((t) => t.startsWith(`${type} `))
    .sort();

describe('heading units', () => {
  it('makes unit-headed section headings Departments of the title body', () => {
    const doc =
      '# Trade Development Bank of Oskia\n\n## Legal Division\n\nDrafts contracts.\n\n## Export Credit Bureau\n\nInsures exports.\n';
    expect(rel('HAS_DEPARTMENT', doc)).toEqual([
      'HAS_DEPARTMENT Trade Development Bank of Oskia -> Export Credit Bureau',
      'HAS_DEPARTMENT Trade Development Bank of Oskia -> Legal Division',
    ]);
  });

  it('peers rule: three bodies of one kind under a title that names no body are not units', () => {
    const doc =
      '# Directory of Ministries\n\n## Department of Finance\n\nHandles money.\n\n## Department of Defence\n\nHandles the army.\n\n## Department of Health\n\nHandles hospitals.\n';
    expect(rel('HAS_DEPARTMENT', doc)).toEqual([]);
  });

  it("peers rule: bodies of the title body's own kind are not its units", () => {
    const doc =
      '# Oskia Customs Bureau\n\n## Oskia Tax Bureau\n\nCollects taxes.\n\n## Legal Division\n\nDrafts rules.\n';
    expect(rel('HAS_DEPARTMENT', doc)).toEqual(['HAS_DEPARTMENT Oskia Customs Bureau -> Legal Division']);
  });

  it('subordinate-heading guard: a body under "Directly affiliated institutions" is subordinate, not a unit', () => {
    const doc =
      '# Trade Development Bank of Oskia\n\n## Directly affiliated institutions\n\n### Export Credit Bureau\n\nInsures exports.\n\n## Legal Division\n\nDrafts contracts.\n';
    expect(rel('HAS_DEPARTMENT', doc)).toEqual(['HAS_DEPARTMENT Trade Development Bank of Oskia -> Legal Division']);
    expect(rel('SUBORDINATE_TO', doc)).toEqual([
      'SUBORDINATE_TO Export Credit Bureau -> Trade Development Bank of Oskia',
    ]);
  });
});

describe('a heading on the organisation of the page body', () => {
  it.each(['Organisation of the Department', 'Organization of the Ministry', 'Structure of the Department'])(
    '%j is a topic, not a body',
    (heading) => {
      const x = extract(
        `# Department of Lakes\n\n## ${heading}\n\nThe Minister for Lakes leads the Department.\n`,
        'a.md',
      );
      expect(namesOf(x, 'Agency')).toEqual(['Department of Lakes']);
      expect(namesOf(x, 'Department')).toEqual([]);
    },
  );
});
