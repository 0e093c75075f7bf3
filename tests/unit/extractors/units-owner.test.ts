// A body named without a head word ("Lakeland Customs") whose units a sentence introduces
// ("The Roles of the Divisions of Lakeland Customs are as follows:"), each division heading
// its own section under a title that names no body: the body is the page's subject and owns
// the divisions; the divisions are units, not peer agencies.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

const DIVISIONS = [
  [
    'Trade Division',
    ['Procedures Branch', 'Schemes Branch'],
    ['Administering the trade schemes', 'Engagement and partnership with traders'],
  ],
  [
    'Compliance Division',
    ['Permits Branch', 'Audit Branch'],
    ['Conducting compliance checks on permits', 'Auditing declared values'],
  ],
  [
    'Checkpoints Division',
    ['Air Checkpoints Branch', 'Sea Checkpoints Branch'],
    ['Clearing goods at the checkpoints', 'Inspecting cargo at the ports'],
  ],
] as const;

function markdownPage(intro: string): string {
  const sections = DIVISIONS.map(
    ([name, branches, duties]) =>
      `## ${name}\n\n${branches.map((b) => `-   ${b}`).join('\n')}\n\nThe main roles of the ${name} include:\n\n${duties.map((d) => `-   ${d}`).join('\n')}\n`,
  );
  return `# Divisions and Branches\n\n${intro}\n\n${sections.join('\n')}`;
}

function textPage(intro: string): string {
  const sections = DIVISIONS.map(
    ([name, branches, duties]) =>
      `${name}\n\n${branches.map((b) => `• ${b}`).join('\n')}\n\nThe main roles of the ${name} include:\n\n${duties.map((d) => `• ${d}`).join('\n')}\n`,
  );
  return `Divisions and Branches\n\n${intro}\n\n${sections.join('\n')}`;
}

const OWNED = DIVISIONS.map(([name]) => `HAS_DEPARTMENT Lakeland Customs -> ${name}`).sort();

describe('the divisions of a body named without a head word', () => {
  it.each([
    [
      'markdown, "the Divisions of X"',
      'page.md',
      markdownPage('The Roles of the Divisions of Lakeland Customs are as follows:'),
    ],
    [
      'text, "the Divisions of X"',
      'page.txt',
      textPage('The Roles of the Divisions of Lakeland Customs are as follows:'),
    ],
    [
      'markdown, "X\'s divisions"',
      'page.md',
      markdownPage("Lakeland Customs' divisions and their roles are set out below."),
    ],
  ])('%s: the body owns every division, each division its branches and duties', (_, id, page) => {
    const x = extract(page, id);
    expect(namesOf(x, 'Agency')).toEqual(['Lakeland Customs']);
    expect(namesOf(x, 'Department')).toEqual(
      expect.arrayContaining(['Trade Division', 'Compliance Division', 'Checkpoints Division', 'Permits Branch']),
    );
    expect(triplesOf(x, 'HAS_DEPARTMENT').filter((t) => t.includes('Lakeland Customs'))).toEqual(OWNED);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toContain('HAS_DEPARTMENT Compliance Division -> Permits Branch');
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toContain(
      'HAS_RESPONSIBILITY Compliance Division -> Conducting compliance checks on permits',
    );
  });

  // (The first heading of a page whose title names no body is read as the page's own body.)
  it('without the sentence naming their owner the divisions are still units, no peer agencies', () => {
    const x = extract(markdownPage('Each division has branches of its own.'), 'page.md');
    expect(namesOf(x, 'Department')).toEqual(expect.arrayContaining(['Compliance Division', 'Checkpoints Division']));
  });

  it('the class a body belongs to ("Constituent departments of the X") is not its units', () => {
    const x = extract(
      'Overview\n\nConstituent departments of the State Council\n\nThe Ministry of Lakes is a constituent department of the State Council. It manages the lakes.\n\nInternal organisation\n\n(1) General Office\n(2) Planning Division\n(3) Finance Division\n',
    );
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT Ministry of Lakes -> Finance Division',
      'HAS_DEPARTMENT Ministry of Lakes -> General Office',
      'HAS_DEPARTMENT Ministry of Lakes -> Planning Division',
    ]);
  });

  it('a name of a government or a place whose departments a sentence names is no body', () => {
    const x = extract(
      'The departments of Lakeland Province are listed below.\n\nThe Ministry of Lakes manages the lakes.\n',
    );
    expect(namesOf(x, 'Agency')).toEqual(['Ministry of Lakes']);
  });
});
