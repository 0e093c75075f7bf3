// explain.ts: the outline of one document with node roles, the subject at each heading and
// the rule behind each fact; the walk is iterative, so deep nesting cannot overflow.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../extractors/extract-document.ts';
import { explainDocument, explainStages } from '../../../extractors/explain.ts';
import { sourceOf } from './helpers.ts';

const DOC =
  'Lantern Archives Bureau\n\nFunctions\n\n- Preserve public records of the republic\n- Advise ministries on record keeping\n- Publish an annual catalogue of holdings\n';

describe('explainStages', () => {
  it('lists the stages extractDocument runs, numbered in order, with what each decides', () => {
    const lines = explainStages();
    expect(lines[0]).toMatch(/^stages /);
    expect(lines.slice(1).map((l) => /^ {2}(\d+)\. ([a-z-]+): /.exec(l)?.slice(1, 3).join(' '))).toEqual(
      EXTRACTION.stages.map((s, k) => `${k + 1} ${s.name}`),
    );
    expect(lines[1]).toContain('[stages/structure.ts, structure.ts');
  });
});

describe('explainDocument', () => {
  const lines = explainDocument(sourceOf(DOC, 'archives.txt'));

  it('opens with the document and its counts', () => {
    expect(lines[0]).toMatch(/^document archives\.txt \(text\): \d+ entities, 3 relations$/);
  });

  it('shows the outline with the subject at a heading that names a body', () => {
    expect(lines).toContain('  heading L1 "Lantern Archives Bureau"  subject: Lantern Archives Bureau');
    expect(lines.some((l) => /^ {4}heading L\d "Functions" {2}subject: Lantern Archives Bureau$/.test(l))).toBe(true);
  });

  it('gives a verb-initial list the role "duties"', () => {
    expect(lines.some((l) => /^\s+list bullet x3 {2}role: duties {2}subject: Lantern Archives Bureau$/.test(l))).toBe(
      true,
    );
  });

  it('prints each fact under its item with the rule that made it', () => {
    const at = lines.findIndex((l) => l.trim() === 'item bullet:0 "Advise ministries on record keeping"');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]?.trim()).toBe(
      '-> Lantern Archives Bureau HAS_RESPONSIBILITY Advise ministries on record keeping  [responsibilities:function-list]',
    );
  });

  it('gives a list of unit names the role "units" and no duties', () => {
    const out = explainDocument(
      sourceOf(
        'Lantern Archives Bureau\n\nStructure\n\n- Records Division\n- Conservation Unit\n- Digitisation Office\n',
        'units.txt',
      ),
    );
    const list = out.find((l) => l.trim().startsWith('list bullet x3'));
    expect(list).toMatch(/role: units/);
    expect(out.some((l) => l.includes('HAS_RESPONSIBILITY'))).toBe(false);
  });

  it('walks a 1,000-deep nested list, printing every level', () => {
    const depth = 1000;
    const doc = Array.from({ length: depth }, (_, k) => `${' '.repeat(k * 2)}- level ${k}`).join('\n');
    const out = explainDocument(sourceOf(`${doc}\n`, 'deep.txt'));
    expect(out.filter((l) => l.trim().startsWith('item bullet:0 "level ')).length).toBe(depth);
    expect(out.some((l) => l.endsWith('item bullet:0 "level 999"'))).toBe(true);
  });

  // Markdown nesting is cut at the limit before parsing (nesting-limit.ts), so a 5,000-deep
  // list reaches explain's walk and extractDocument's as a list 32 levels deep, with a diagnostic.
  it('explains a 5,000-deep markdown list without overflowing the stack, and says it was cut', () => {
    const depth = 5000;
    const doc = Array.from({ length: depth }, (_, k) => `${' '.repeat(2 * k)}- Item ${k + 1} Unit`).join('\n');
    const out = explainDocument(sourceOf(`${doc}\n`, 'deep.md'));
    expect(out.some((line) => line.includes('KG_NESTING_TOO_DEEP'))).toBe(true);
    expect(out.filter((line) => /^\s*item bullet/.test(line)).length).toBe(depth);
  }, 120_000);
});
