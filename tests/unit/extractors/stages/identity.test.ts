// Stage "identity": the graph becomes the document's extraction, with spans in the ORIGINAL
// text (CRLF kept), the structure stage's diagnostics, and a unit's key scoped by its parent.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { identityStage } from '../../../../extractors/stages/identity.ts';
import { sourceOf } from '../helpers.ts';

function identityOf(doc: string, id = 'doc.txt') {
  const source = sourceOf(doc, id);
  const input = EXTRACTION.stateBefore(identityStage, { source });
  return { source, input, ...identityStage.run(input) };
}

describe('identity stage', () => {
  const doc = 'Ministry of Finance\r\n\r\nOrganisational structure\r\n\r\n- General Office\r\n- Budget Division\r\n';

  it('scopes a unit by its parent and leaves an agency unscoped', () => {
    const { extraction, input } = identityOf(doc);
    expect([...input.graph.entities.keys()]).toContain('Department:general office');
    const keys = extraction.entities.map((e) => e.key);
    expect(keys).toContain('Agency:ministry of finance');
    const office = keys.find((k) => k.startsWith('Department:general office'));
    expect(office).not.toBe('Department:general office');
    expect(office).toContain('ministry of finance');
    const relation = extraction.relations.find((r) => r.type === 'HAS_DEPARTMENT' && r.to === office);
    expect(relation?.from).toBe('Agency:ministry of finance');
  });

  it('maps every span back to the original text, line breaks as written', () => {
    const { extraction, source } = identityOf(doc);
    expect(source.originalText).not.toBe(source.text);
    for (const entity of extraction.entities) {
      for (const span of entity.mentions) expect(source.originalText.slice(span.start, span.end)).toBe(entity.name);
    }
  });

  it('carries the structure stage diagnostics', () => {
    const deep = Array.from({ length: 200 }, (_, k) => `${'  '.repeat(k)}- Level ${k} Division`).join('\n');
    const { extraction, input } = identityOf(`# Ministry of Finance\n\n${deep}\n`, 'deep.md');
    expect(input.model.diagnostics.length).toBeGreaterThan(0);
    expect(extraction.diagnostics).toEqual(input.model.diagnostics);
  });
});
