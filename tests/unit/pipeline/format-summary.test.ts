// The dry run's report: a summary by default, each document's facts only with --verbose.
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../pipeline/commands/ingest.ts';
import type { IngestSummary } from '../../../pipeline/ingest.ts';

const noFacts = { entities: [], mentions: [], relations: [] };
const dry: IngestSummary = {
  isDryRun: true,
  source: 'mine',
  adopted: 0,
  documents: { new: 1, changed: 1, unchanged: 9, removed: 0, skipped: 0, failed: 0 },
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  seconds: 1.5,
  extractorVersion: 'v1',
  cachedDocuments: 9,
  extractedDocuments: 2,
  path: 'full',
  reports: [
    {
      id: 'mine/a.txt',
      outcome: 'changed',
      diff: {
        add: { entities: ['Agency:x'], mentions: ['m1', 'm2'], relations: ['r1'] },
        retract: { entities: [], mentions: ['m0'], relations: ['r0', 'r2'] },
      },
    },
    {
      id: 'mine/b.txt',
      outcome: 'new',
      diff: { add: { entities: ['Person:p'], mentions: [], relations: [] }, retract: noFacts },
    },
    { id: 'mine/c.txt', outcome: 'unchanged' },
  ],
  effect: {
    entitiesCreated: ['x', 'p'],
    entitiesDeleted: [],
    relationshipsCreated: ['r1'],
    relationshipsDeleted: ['r0', 'r2'],
  },
};

describe('formatSummary of a dry run', () => {
  it('summarises by default: counts, the documents that would change, facts added and retracted', () => {
    const lines = formatSummary(dry).split('\n');
    expect(lines[0]).toBe(
      'Dry run (nothing written): source mine: 1 new, 1 changed, 9 unchanged, 0 removed, 0 skipped, 0 failed',
    );
    expect(lines).toContain('  2 document(s) would change: changed mine/a.txt, new mine/b.txt');
    expect(lines).toContain('  facts: +3 -2 (entities and relations; --verbose lists them per document)');
    expect(lines.some((line) => line.includes('+ entity'))).toBe(false);
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe(
      '1.50 s (extractor v1, 2 document(s) extracted, 9 from the cache; full path, whole source resolved)',
    );
  });

  it('lists every fact with --verbose', () => {
    const text = formatSummary(dry, true);
    expect(text).toContain('    + entity Agency:x');
    expect(text).toContain('    - relation r2');
    expect(text).toContain('    + 2 mention(s)');
    expect(text).not.toContain('would change:');
  });
});
