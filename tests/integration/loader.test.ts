// The loader against the real Neo4j with hand-made extractions: idempotence, retraction,
// shared support, concurrent writers of one entity, dry-run predictions, literal data.
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../pipeline/ingest.ts';
import { testConnection, useEmptyDatabase, wipeDatabase } from './helpers/database.ts';
import { diffFingerprints, duplicateNodeIds, fingerprint } from './helpers/fingerprint.ts';
import { handCorpus, type HandDocument } from './helpers/hand-made.ts';
import { onDatabase } from '../../graph/driver.ts';

type HandEntity = HandDocument['entities'][number];
const miit: HandEntity = {
  id: 'agency-miit',
  type: 'Agency',
  name: 'Ministry of Industry and Information Technology',
  aliases: ['MIIT'],
};
const office: HandEntity = { id: 'department-general-office', type: 'Department', name: 'General Office' };
const radio: HandEntity = { id: 'department-radio', type: 'Department', name: 'Radio Administration Bureau' };
const jin: HandEntity = { id: 'person-jin', type: 'Person', name: 'Jin Zhuanglong' };

const docA: HandDocument = {
  id: 'a.txt',
  entities: [miit, office, radio, jin],
  relations: [
    { type: 'HAS_DEPARTMENT', from: miit.id, to: office.id },
    { type: 'HAS_DEPARTMENT', from: miit.id, to: radio.id },
    { type: 'HOLDS_POSITION', from: jin.id, to: miit.id, title: 'Minister' },
  ],
};
const docB: HandDocument = {
  id: 'b.txt',
  entities: [miit, office],
  relations: [{ type: 'HAS_DEPARTMENT', from: miit.id, to: office.id }],
};

describe('loader (hand-made extractions)', () => {
  const db = useEmptyDatabase();
  const ingest = (documents: HandDocument[], extra: { isDryRun?: boolean; concurrency?: number } = {}) =>
    runIngest({
      database: { driver: db.driver, settings: testConnection() },
      extractCorpus: handCorpus(documents),
      cacheDir: null,
      ...extra,
    });

  it('writes once, and a re-run writes nothing', async () => {
    const first = await ingest([docA, docB]);
    expect(first.documents.new).toBe(2);
    expect(first.nodesCreated).toBe(6); // 4 entities + 2 documents
    const before = await fingerprint(db.driver);
    const second = await ingest([docA, docB]);
    expect(second.documents.unchanged).toBe(2);
    expect([
      second.nodesCreated,
      second.nodesDeleted,
      second.relationshipsCreated,
      second.relationshipsDeleted,
      second.propertiesSet,
    ]).toEqual([0, 0, 0, 0, 0]);
    expect(await fingerprint(db.driver)).toEqual(before);
    const shared = await db.driver.executeQuery(
      "MATCH (:Agency {id: 'agency-miit'})-[r:HAS_DEPARTMENT]->(:Department {id: 'department-general-office'}) RETURN r.documents AS documents, r.evidence AS evidence",
      {},
      onDatabase(testConnection().database),
    );
    expect(shared.records.map((record) => record.get('documents'))).toEqual([['a.txt', 'b.txt']]);
    expect(shared.records[0]?.get('evidence')).toEqual(['a.txt:1000:1100', 'b.txt:1000:1100']);
  });

  it('retracts what a document no longer says, keeps what another supports, and restores exactly', async () => {
    await ingest([docA, docB]);
    const original = await fingerprint(db.driver);
    const edited: HandDocument = {
      id: 'a.txt',
      entities: [miit, office],
      relations: [{ type: 'HAS_DEPARTMENT', from: miit.id, to: office.id }],
    };
    const dry = await ingest([edited, docB], { isDryRun: true });
    expect(await fingerprint(db.driver)).toEqual(original);
    expect(dry.effect).toEqual({
      entitiesCreated: [],
      entitiesDeleted: [radio.id, jin.id].sort(),
      relationshipsCreated: [],
      relationshipsDeleted: [
        JSON.stringify(['HAS_DEPARTMENT', miit.id, radio.id, '']),
        JSON.stringify(['HOLDS_POSITION', jin.id, miit.id, 'Minister']),
      ],
    });
    const changed = await ingest([edited, docB]);
    expect(changed.documents).toMatchObject({ changed: 1, unchanged: 1 });
    const ids = (
      await db.driver.executeQuery(
        'MATCH (n:Entity) RETURN n.id AS id ORDER BY id',
        {},
        onDatabase(testConnection().database),
      )
    ).records.map((r) => r.get('id'));
    expect(ids).toEqual([office.id, miit.id].sort());
    const removed = await ingest([docB]);
    expect(removed.documents).toMatchObject({ removed: 1, unchanged: 1 });
    const onlyB = await fingerprint(db.driver);
    expect(onlyB.nodes.some((node) => node.includes('"a.txt"'))).toBe(false);
    expect(onlyB.relationships.every((relationship) => !relationship.includes('a.txt'))).toBe(true);
    await ingest([docA, docB]);
    expect(await fingerprint(db.driver)).toEqual(original);
  });

  it('refreshes corpus-level properties a retracted document leaves behind', async () => {
    const renamed: HandDocument = { id: 'c.txt', entities: [{ ...miit, aliases: ['MIIT', 'Ministry of IT'] }] };
    await ingest([docA, docB, renamed]);
    const withC = await db.driver.executeQuery(
      "MATCH (n:Agency {id: 'agency-miit'}) RETURN n.aliases AS aliases",
      {},
      onDatabase(testConnection().database),
    );
    expect(withC.records[0]?.get('aliases')).toEqual(['MIIT', 'Ministry of IT']);
    await ingest([docA, docB]);
    const fresh = await fingerprint(db.driver);
    await wipeDatabase(db.driver);
    await ingest([docA, docB]);
    expect(fresh).toEqual(await fingerprint(db.driver));
  });

  it('writes many documents naming the same entities concurrently without duplicates', async () => {
    const many: HandDocument[] = Array.from({ length: 24 }, (_, index) => ({
      ...docA,
      id: `copy-${String(index).padStart(2, '0')}.txt`,
    }));
    const result = await ingest(many, { concurrency: 8 });
    expect(result.documents.new).toBe(24);
    expect(await duplicateNodeIds(db.driver)).toEqual([]);
    const counts = await db.driver.executeQuery(
      'MATCH ()-[r:HAS_DEPARTMENT|HOLDS_POSITION]->() RETURN count(r) AS relationships, min(size(r.documents)) AS fewest',
      {},
      onDatabase(testConnection().database),
    );
    expect(counts.records[0]?.get('relationships').toNumber()).toBe(3);
    expect(counts.records[0]?.get('fewest').toNumber()).toBe(24);
  });

  it('stores Cypher-looking names as literal data and deletes nothing', async () => {
    await ingest([docB]);
    const before = await fingerprint(db.driver);
    const nasty = "\"}) DETACH DELETE n // `x` 'y' {z}";
    const evil: HandDocument = {
      id: 'evil `"}) DETACH DELETE n //.txt',
      entities: [{ id: `agency-${nasty}`, type: 'Agency', name: nasty, aliases: [`${nasty} (short)`] }, office],
      relations: [{ type: 'HAS_DEPARTMENT', from: `agency-${nasty}`, to: office.id }],
    };
    await ingest([docB, evil]);
    const after = await fingerprint(db.driver);
    const { added, removed } = diffFingerprints(before, after);
    expect(removed.nodes).toEqual([]);
    expect(added.nodes.some((node) => node.includes(JSON.stringify(nasty).slice(1, -1)))).toBe(true);
    const stored = await db.driver.executeQuery(
      'MATCH (n:Agency {name: $name}) RETURN n.aliases AS aliases',
      { name: nasty },
      onDatabase(testConnection().database),
    );
    expect(stored.records[0]?.get('aliases')).toEqual([`${nasty} (short)`]);
    const documents = await db.driver.executeQuery(
      'MATCH (d:Document) RETURN d.id AS id ORDER BY id',
      {},
      onDatabase(testConnection().database),
    );
    expect(documents.records.map((record) => record.get('id'))).toEqual(['b.txt', evil.id].sort());
  });
});
