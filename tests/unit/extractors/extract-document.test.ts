// extract-document.ts: the ordered stage list is the composition. Every stage module runs in
// it (none is left out, none listed twice), each names modules that exist, and STAGES (what
// --explain prints) is that same list.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACTION, extractDocument } from '../../../extractors/extract-document.ts';
import { STAGES } from '../../../extractors/index.ts';
import { sourceOf } from './helpers.ts';

const EXTRACTORS = new URL('../../../extractors/', import.meta.url);

describe('EXTRACTION', () => {
  it('runs one stage per module of extractors/stages/, named after its file', () => {
    const files = readdirSync(new URL('stages/', EXTRACTORS))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(EXTRACTION.stages.map((s) => s.name).sort()).toEqual(files.sort());
    for (const stage of EXTRACTION.stages) expect(stage.modules[0]).toBe(`stages/${stage.name}.ts`);
  });

  it('names only modules that exist', () => {
    const missing = EXTRACTION.stages.flatMap((s) =>
      s.modules.filter((m) => !existsSync(new URL(m, EXTRACTORS))).map((m) => `${s.name}: ${m}`),
    );
    expect(missing).toEqual([]);
  });

  it('reads layout first and freezes the extraction last', () => {
    const names = EXTRACTION.stages.map((s) => s.name);
    expect(names[0]).toBe('structure');
    expect(names[names.length - 1]).toBe('identity');
    expect(names.indexOf('typing')).toBeLessThan(names.indexOf('entities'));
    expect(names.indexOf('entities')).toBeLessThan(names.indexOf('unit-relations'));
  });

  it('is what index.ts exports as STAGES', () => {
    expect(STAGES).toEqual(EXTRACTION.stages);
  });

  it("is what extractDocument runs: its result is the last stage's extraction", () => {
    const source = sourceOf(
      'Harbour Board\n\nFunctions\n\n- License pilots for the port\n- Keep the channel dredged\n',
    );
    const state = EXTRACTION.run({ source });
    expect(extractDocument(source)).toEqual(state.extraction);
    expect(state.extraction.relations.map((r) => r.extractors)).toEqual([
      ['responsibilities:function-list'],
      ['responsibilities:function-list'],
    ]);
  });
});
