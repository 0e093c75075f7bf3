// Stage "typing": names of one body share one key, and the type is decided by attachment: a
// unit of a list, "X of the Y", a placed unit or a unit heading its own section is a
// Department; a body attached to nothing is an Agency, however often it is named.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { normaliseName } from '../../../../extractors/normalise-name.ts';
import { typingStage } from '../../../../extractors/stages/typing.ts';
import { sourceOf } from '../helpers.ts';

function typed(doc: string, id = 'doc.txt') {
  const out = typingStage.run(EXTRACTION.stateBefore(typingStage, { source: sourceOf(doc, id) }));
  return { ...out, keyOf: (name: string): string | undefined => out.bodyKeys.get(normaliseName(name)) };
}

describe('typing stage', () => {
  it('types the units of an internal-organisation list as Departments and their owner as an Agency', () => {
    const { keyOf } = typed('Harbour Board\n\nOrganisational structure\n\n- Pilotage Division\n- Dredging Division\n');
    expect(keyOf('Harbour Board')).toBe('Agency:harbour board');
    expect(keyOf('Pilotage Division')).toBe('Department:pilotage division');
    expect(keyOf('Dredging Division')).toBe('Department:dredging division');
  });

  it('types X in "X of the Y" and a unit placed within a body as Departments', () => {
    const { keyOf, placements } = typed(
      'The Legal Office of the Harbour Board advises it. The Digital Services Unit at the Department of Finance builds online services.\n',
    );
    expect(keyOf('Legal Office of the Harbour Board')).toMatch(/^Department:/);
    expect(keyOf('Digital Services Unit')).toBe('Department:digital services unit');
    expect(keyOf('Department of Finance')).toBe('Agency:department of finance');
    expect(placements).toHaveLength(1);
  });

  it('gives a body and its declared acronym one key under the fullest name', () => {
    const { keyOf, canonicalNames } = typed(
      'The Inland Waterways Agency (IWA) keeps the canals open. IWA licenses boats.\n',
    );
    expect(keyOf('IWA')).toBe('Agency:inland waterways agency');
    expect(keyOf('Inland Waterways Agency')).toBe('Agency:inland waterways agency');
    expect(canonicalNames.get('Agency:inland waterways agency')).toBe('Inland Waterways Agency');
  });

  it('reads units heading their own sections under the document subject', () => {
    const { headingUnits, keyOf } = typed(
      '# Harbour Board\n\n## Pilotage Division\n\nLicenses pilots.\n\n## Dredging Division\n\nKeeps the channel open.\n',
      'board.md',
    );
    expect(headingUnits).toHaveLength(2);
    expect(keyOf('Pilotage Division')).toMatch(/^Department:/);
  });
});
