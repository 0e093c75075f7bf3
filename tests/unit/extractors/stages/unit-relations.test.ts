// Stage "unit-relations": every attached unit gets its HAS_DEPARTMENT from the body it is
// attached to, and its remit becomes its own responsibilities.
import { describe, expect, it } from 'vitest';
import { unitRelationsStage } from '../../../../extractors/stages/unit-relations.ts';
import { factsAddedBy } from './graph-facts.ts';

describe('unit-relations stage', () => {
  it('attaches list units to the owner the heading names, each with its remit', () => {
    const facts = factsAddedBy(
      unitRelationsStage,
      'Harbour Board\n\nOrganisational structure\n\n- Pilotage Division – Licenses pilots for the port\n- Dredging Division\n',
    );
    expect(facts).toEqual([
      'HAS_DEPARTMENT Harbour Board -> Dredging Division [relations:internal-organisation-list]',
      'HAS_DEPARTMENT Harbour Board -> Pilotage Division [relations:internal-organisation-list]',
      'HAS_RESPONSIBILITY Pilotage Division -> Licenses pilots for the port [responsibilities:unit-body]',
    ]);
  });

  it('attaches "X of the Y" to Y and a placed unit to the body it sits in', () => {
    const facts = factsAddedBy(
      unitRelationsStage,
      'The Legal Office of the Harbour Board advises it. The Digital Services Unit at the Department of Finance builds online services.\n',
    );
    expect(facts).toEqual([
      'HAS_DEPARTMENT Department of Finance -> Digital Services Unit [relations:placement]',
      'HAS_DEPARTMENT Harbour Board -> Legal Office of the Harbour Board [relations:x-of-the-y]',
    ]);
  });

  it('attaches units heading their own sections to the subject, with their remit paragraph', () => {
    const facts = factsAddedBy(
      unitRelationsStage,
      '# Harbour Board\n\n## Pilotage Division\n\nGuides ships into the port.\n\n## Dredging Division\n\nKeeps the channel open.\n',
      'board.md',
    );
    expect(facts).toEqual([
      'HAS_DEPARTMENT Harbour Board -> Dredging Division [relations:heading-unit]',
      'HAS_DEPARTMENT Harbour Board -> Pilotage Division [relations:heading-unit]',
      'HAS_RESPONSIBILITY Dredging Division -> Keeps the channel open. [responsibilities:unit-body]',
      'HAS_RESPONSIBILITY Pilotage Division -> Guides ships into the port. [responsibilities:unit-body]',
    ]);
  });

  it('attaches table units, each with its duty cell', () => {
    const doc =
      '# Harbour Board\n\n## Our divisions\n\n| Division | Functions |\n| --- | --- |\n| Pilotage Division | Licenses pilots |\n| Dredging Team | Keeps the channel open |\n';
    expect(factsAddedBy(unitRelationsStage, doc, 'board.md')).toEqual([
      'HAS_DEPARTMENT Harbour Board -> Dredging Team [relations:internal-organisation-table]',
      'HAS_DEPARTMENT Harbour Board -> Pilotage Division [relations:internal-organisation-table]',
      'HAS_RESPONSIBILITY Dredging Team -> Keeps the channel open [responsibilities:unit-table]',
      'HAS_RESPONSIBILITY Pilotage Division -> Licenses pilots [responsibilities:unit-table]',
    ]);
  });
});
