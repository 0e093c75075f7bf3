// Issue 5's acceptance criteria 1, 2 and 6 on the real extractors and the real Neo4j:
// re-runs change nothing, edits and removals are retracted exactly (as --dry-run
// predicted), and Cypher-looking text is stored as data.
import { readFileSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationKey } from '../../graph/rows.ts';
import { extractCorpus } from '../../pipeline/corpus-extraction.ts';
import { runIngest } from '../../pipeline/ingest.ts';
import { testConnection, useEmptyDatabase, wipeDatabase } from './helpers/database.ts';
import { tempCorpus, writeDocument } from './helpers/cli.ts';
import {
  cleanFingerprint,
  diffFingerprints,
  duplicateNodeIds,
  fingerprint,
  type Fingerprint,
} from './helpers/fingerprint.ts';
import { onDatabase } from '../../graph/driver.ts';

describe('kg ingest on the seeds (acceptance 1, 2, 6)', () => {
  const db = useEmptyDatabase();
  const ingest = (paths: string[], extra: { isDryRun?: boolean } = {}) =>
    runIngest({ database: { driver: db.driver, settings: testConnection() }, paths, ...extra });
  /** The graph a clean ingest of `paths` gives. */
  const cleanFingerprintOf = (paths: string[]): Promise<Fingerprint> =>
    cleanFingerprint(db.driver, () => ingest(paths));

  it('1. ingesting the seeds twice gives the same graph, and the second run writes nothing', async () => {
    const corpus = tempCorpus();
    const first = await ingest([corpus]);
    expect(first.documents.new).toBe(5);
    expect(first.nodesCreated).toBeGreaterThan(5);
    const once = await fingerprint(db.driver);
    const second = await ingest([corpus]);
    expect(second.documents).toMatchObject({ new: 0, changed: 0, unchanged: 5, removed: 0, failed: 0 });
    expect([
      second.nodesCreated,
      second.nodesDeleted,
      second.relationshipsCreated,
      second.relationshipsDeleted,
      second.propertiesSet,
    ]).toEqual([0, 0, 0, 0, 0]);
    expect(await fingerprint(db.driver)).toEqual(once);
    expect(await duplicateNodeIds(db.driver)).toEqual([]);
    const runs = await db.driver.executeQuery(
      'MATCH (r:IngestRun) RETURN count(r) AS runs',
      {},
      onDatabase(testConnection().database),
    );
    expect(runs.records[0]?.get('runs').toNumber()).toBe(2);
  });

  it('2. an edit that drops a department and a leader retracts exactly them, as --dry-run predicted; removal and restore are exact', async () => {
    const corpus = tempCorpus();
    const source = basename(corpus);
    const extraction = (await extractCorpus({ paths: [corpus], source, cacheDir: undefined })).extraction;
    // A department and a person (holding a post) that only one document mentions.
    const only = (type: string) =>
      extraction.entities.filter(
        (entity) =>
          entity.type === type &&
          entity.mentions.length > 0 &&
          new Set(entity.mentions.map((m) => m.document)).size === 1,
      );
    const holders = new Set(
      extraction.relations.filter((relation) => relation.type === 'HOLDS_POSITION').map((relation) => relation.from),
    );
    const people = only('Person').filter((person) => holders.has(person.id));
    const target = people
      .map((person) => person.mentions[0]!.document)
      .find((document) => only('Department').some((department) => department.mentions[0]!.document === document));
    expect(target, 'a seed with a department and a leader of its own').toBeDefined();
    const department = only('Department').find((entity) => entity.mentions[0]!.document === target)!;
    const leader = people.find((entity) => entity.mentions[0]!.document === target)!;

    // Drop every line that mentions either of them.
    const path = join(corpus, target!.slice(source.length + 1));
    const original = readFileSync(path, 'utf8');
    const spans = [...department.mentions, ...leader.mentions];
    let offset = 0;
    const kept = original.split('\n').filter((line) => {
      const start = offset;
      offset += line.length + 1;
      return !spans.some((span) => span.start < start + line.length + 1 && span.end > start);
    });
    const edited = kept.join('\n');

    const baseline = await cleanFingerprintOf([corpus]);
    writeFileSync(path, edited);
    const expected = await cleanFingerprintOf([corpus]);
    writeFileSync(path, original);
    await wipeDatabase(db.driver);
    await ingest([corpus]);
    expect(await fingerprint(db.driver)).toEqual(baseline);

    writeFileSync(path, edited);
    const dry = await ingest([corpus], { isDryRun: true });
    expect(await fingerprint(db.driver), '--dry-run wrote nothing').toEqual(baseline);
    expect(dry.documents).toMatchObject({ changed: 1, unchanged: 4 });
    const changed = await ingest([corpus]);
    expect(changed.documents).toMatchObject({ changed: 1, unchanged: 4 });
    const after = await fingerprint(db.driver);
    expect(after).toEqual(expected);

    const ids = async () =>
      (
        await db.driver.executeQuery(
          'MATCH (n:Entity) RETURN collect(n.id) AS ids',
          {},
          onDatabase(testConnection().database),
        )
      ).records[0]?.get('ids') as string[];
    expect(await ids()).not.toContain(department.id);
    expect(await ids()).not.toContain(leader.id);
    // The prediction names exactly the entities and relationships that disappeared or appeared.
    const entityIds = (lines: string[]) =>
      lines
        .map((line) => JSON.parse(line) as { labels: string[]; id: string })
        .filter((node) => node.labels.includes('Entity'))
        .map((node) => node.id);
    const change = diffFingerprints(baseline, after);
    const deleted = entityIds(change.removed.nodes)
      .filter((id) => !entityIds(change.added.nodes).includes(id))
      .sort();
    const created = entityIds(change.added.nodes)
      .filter((id) => !entityIds(change.removed.nodes).includes(id))
      .sort();
    expect(dry.effect?.entitiesDeleted).toEqual(deleted);
    expect(dry.effect?.entitiesCreated).toEqual(created);
    expect(dry.effect?.entitiesDeleted).toEqual(expect.arrayContaining([department.id, leader.id]));
    const relationshipKeys = (lines: string[]) =>
      lines
        .map((line) => JSON.parse(line) as { type: string; from: string; to: string; properties: { title?: string } })
        .filter((relationship) => relationship.type !== 'MENTIONED_IN')
        .map((relationship) =>
          relationKey(
            relationship.type as never,
            relationship.from,
            relationship.to,
            relationship.properties.title ?? '',
          ),
        );
    const goneKeys = relationshipKeys(change.removed.relationships)
      .filter((key) => !relationshipKeys(change.added.relationships).includes(key))
      .sort();
    expect(dry.effect?.relationshipsDeleted).toEqual(goneKeys);
    const report = dry.reports.find((entry) => entry.id === target);
    expect(report?.diff?.retract.entities).toEqual(
      expect.arrayContaining([`Department:${department.id}`, `Person:${leader.id}`]),
    );

    // Removing the file retracts its facts; restoring it restores the first graph exactly.
    writeFileSync(path, original);
    const aside = `${path}.away`;
    renameSync(path, aside);
    const withoutFile = await ingest([corpus]);
    expect(withoutFile.documents).toMatchObject({ removed: 1 });
    const removed = await fingerprint(db.driver);
    expect(removed.nodes.some((node) => node.includes(`"id":${JSON.stringify(target)}`))).toBe(false);
    expect(
      removed.relationships.some(
        (line) => line.includes(`${target}:`) || line.includes(`"to":${JSON.stringify(target)}`),
      ),
    ).toBe(false);
    renameSync(aside, path);
    await ingest([corpus]);
    expect(await fingerprint(db.driver)).toEqual(baseline);
  });

  it('6. a document with "}) DETACH DELETE n //, backticks and quotes is stored as data and deletes nothing', async () => {
    const corpus = tempCorpus();
    await ingest([corpus]);
    const before = await fingerprint(db.driver);
    const nasty = '"}) DETACH DELETE n //';
    const name = "evil `x` 'q' \"}) MATCH (m) DETACH DELETE m.txt";
    writeDocument(
      corpus,
      name,
      `The Ministry of Quotes ${nasty} \`Backtick\` Affairs ('MQA') is directly under the State Council.\n\nThe main responsibilities of the Ministry of Quotes are:\n(1) Delete ${nasty} nothing; quote "everything" and \`escape\` 'it'.\n`,
    );
    const result = await ingest([corpus]);
    expect(result.documents).toMatchObject({ new: 1, unchanged: 5, failed: 0 });
    const after = await fingerprint(db.driver);
    const { removed } = diffFingerprints(before, after);
    expect(removed.nodes).toEqual([]);
    const documentIds = (
      await db.driver.executeQuery('MATCH (d:Document) RETURN d.id AS id', {}, onDatabase(testConnection().database))
    ).records.map((record) => record.get('id'));
    expect(documentIds).toContain(`${basename(corpus)}/${name}`);
    // Anything extracted from the text keeps it verbatim.
    const withText = await db.driver.executeQuery(
      'MATCH (n:Entity) WHERE n.name CONTAINS $nasty RETURN n.name AS name',
      { nasty: 'DETACH DELETE' },
      onDatabase(testConnection().database),
    );
    for (const record of withText.records) expect(record.get('name')).toContain('DETACH DELETE');
    rmSync(join(corpus, name));
    await ingest([corpus]);
    expect(await fingerprint(db.driver)).toEqual(before);
  });
});
