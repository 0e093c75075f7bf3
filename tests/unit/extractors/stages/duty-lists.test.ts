// Stage "duty-lists": a list of duties gives one HAS_RESPONSIBILITY per item to the body its
// lead-in names, else the innermost heading that names one, else the subject; unit lists and
// reports of what happened give none.
import { describe, expect, it } from 'vitest';
import { dutyListsStage } from '../../../../extractors/stages/duty-lists.ts';
import { factsAddedBy } from './graph-facts.ts';

describe('duty-lists stage', () => {
  it('gives a verb-initial list to the body its lead-in names', () => {
    const doc =
      'Harbour Board\n\nThe Pilotage Division of the Harbour Board shall:\n\n1. license pilots for the port\n2. keep a register of pilots\n';
    expect(factsAddedBy(dutyListsStage, doc)).toEqual([
      'HAS_RESPONSIBILITY Pilotage Division of the Harbour Board -> keep a register of pilots [responsibilities:function-list]',
      'HAS_RESPONSIBILITY Pilotage Division of the Harbour Board -> license pilots for the port [responsibilities:function-list]',
    ]);
  });

  it('gives a cued list to the document subject when nothing nearer names a body', () => {
    const doc = 'Harbour Board\n\nFunctions\n\n- Pilot licensing\n- The channel register\n';
    expect(factsAddedBy(dutyListsStage, doc)).toEqual([
      'HAS_RESPONSIBILITY Harbour Board -> Pilot licensing [responsibilities:function-list]',
      'HAS_RESPONSIBILITY Harbour Board -> The channel register [responsibilities:function-list]',
    ]);
  });

  it('takes the duties of numbered provisions, not a provision beside them that states a condition', () => {
    const markdown = (heading: string): string =>
      `# Harbour Board\n\nThe Harbour Board is established by the Harbour Board Act 1990.\n\n## 8 ${heading}\n\n*   (1) The Harbour Board has the following functions:\n\n    *   (a) to license pilots for the port;\n\n    *   (b) to keep a register of pilots.\n\n*   (2) The exercise of the Board's functions is subject to the control of the Minister.\n`;
    const text = `Harbour Board\n\nThe Harbour Board is established by the Harbour Board Act 1990.\n\nFunctions of Board\n\n(1) The Harbour Board has the following functions:\n\n    (a) to license pilots for the port;\n    (b) to keep a register of pilots.\n\n(2) The exercise of the Board's functions is subject to the control of the Minister.\n`;
    for (const [doc, id] of [
      [markdown('Functions of Board'), 'act.md'],
      [markdown('Overview of Board'), 'act.md'],
      [text, 'act.txt'],
    ] as const) {
      const facts = factsAddedBy(dutyListsStage, doc, id);
      expect(facts.filter((f) => f.includes('pilots'))).toHaveLength(2);
      expect(facts.filter((f) => f.includes('subject to the control'))).toEqual([]);
    }
  });

  it('takes no duties from a unit list or from a report of what happened', () => {
    expect(
      factsAddedBy(
        dutyListsStage,
        'Harbour Board\n\nOrganisational structure\n\n- Pilotage Division\n- Dredging Division\n',
      ),
    ).toEqual([]);
    const items = '- Dredge the channel to 12 metres\n- License forty new pilots\n';
    expect(
      factsAddedBy(
        dutyListsStage,
        `Harbour Board\n\nNews\n\nOver the year the Harbour Board has delivered the following:\n\n${items}`,
      ),
    ).toEqual([]);
    expect(factsAddedBy(dutyListsStage, `Harbour Board\n\nNews\n\nThe Harbour Board will:\n\n${items}`)).toHaveLength(
      2,
    );
  });
});
