// extractor-version.ts: the version covers every extractor source, the stage modules under
// extractors/stages/ included, so editing any of them invalidates the extraction cache.
import { describe, expect, it } from 'vitest';
import { extractorSources, extractorVersion } from '../../../pipeline/extractor-version.ts';

describe('extractorVersion', () => {
  it('hashes the top-level rule modules and the stage modules in subfolders', () => {
    const sources = extractorSources();
    expect(sources).toContain('types.ts');
    expect(sources).toContain('stages/structure.ts');
    expect(sources).toEqual([...sources].sort());
    expect(sources.every((s) => s.endsWith('.ts'))).toBe(true);
  });

  it('is the human version plus 12 hex digits', () => {
    expect(extractorVersion()).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });
});
