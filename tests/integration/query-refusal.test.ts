// `kg query` never changes the database: write clauses are refused before they reach the
// server, writes hidden in subqueries or procedures are refused by EXPLAIN, and the server
// itself refuses writes in the READ transactions the query runs in.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDatabase, neo4j, neo4jErrorCode, type Driver } from '../../graph/driver.ts';
import { runReadQuery } from '../../graph/read-query.ts';
import { isKgError } from '../../pipeline/errors.ts';
import { runQuery } from '../../pipeline/query.ts';
import { openTestDriver, testConnection, wipeDatabase } from './helpers/database.ts';

describe('kg query refuses writes', () => {
  let driver: Driver;
  const folder = mkdtempSync(join(tmpdir(), 'kg-refusal-'));
  const database = () => testConnection().database;

  const snapshot = async () => {
    const result = await driver.executeQuery(
      `MATCH (n) WITH count(n) AS nodes
       OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS relationships
       CALL db.labels() YIELD label
       RETURN nodes, relationships, collect(label) AS labels,
              COLLECT { MATCH (a:Agency) RETURN a.name ORDER BY a.name } AS names`,
      {},
      onDatabase(database()),
    );
    return result.records[0]!.toObject();
  };

  const refusal = async (cypher: string) => {
    const file = join(folder, `q${Math.random().toString(36).slice(2)}.cypher`);
    writeFileSync(file, cypher);
    return runQuery({ driver, database: database(), analysis: file }).then(
      () => undefined,
      (error: unknown) => error,
    );
  };

  beforeAll(async () => {
    driver = openTestDriver();
    await wipeDatabase(driver);
    // A small graph following docs/graph-model.md.
    await driver.executeQuery(
      `UNWIND $agencies AS row
       MERGE (a:Agency:Entity {id: row.id}) SET a.name = row.name, a.aliases = row.aliases, a.extractors = ['test']`,
      {
        agencies: [
          { id: 'agency-state-council', name: 'State Council', aliases: [] },
          { id: 'agency-miit', name: 'Ministry of Industry and Information Technology', aliases: ['MIIT'] },
        ],
      },
      onDatabase(database()),
    );
    await driver.executeQuery(
      `MATCH (a:Agency {id: $from}), (b:Agency {id: $to})
       MERGE (a)-[r:SUBORDINATE_TO]->(b) SET r.documents = ['d.txt'], r.evidence = ['d.txt:0:10'], r.extractors = ['test']`,
      { from: 'agency-miit', to: 'agency-state-council' },
      onDatabase(database()),
    );
  });
  afterAll(async () => {
    await wipeDatabase(driver);
    await driver.close();
  });

  it.each([
    ['CREATE', "CREATE (:Agency:Entity {id: 'x', name: 'Injected'})"],
    ['MERGE', "MERGE (:Agency:Entity {id: 'x', name: 'Injected'})"],
    ['DELETE', 'MATCH (a:Agency) DETACH DELETE a'],
    ['SET', "MATCH (a:Agency) SET a.name = 'Renamed'"],
    ['REMOVE', 'MATCH (a:Agency) REMOVE a:Agency'],
    [
      'CALL { CREATE }',
      "MATCH (a:Agency) CALL (a) { CREATE (:Agency:Entity {id: 'y', name: 'Sneaky'}) } RETURN a.name",
    ],
    ['IN TRANSACTIONS', 'MATCH (a:Agency) CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 1 ROWS'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/hosts' AS row RETURN row"],
    ['DROP', 'DROP INDEX kg_entity_fulltext IF EXISTS'],
  ])('refuses %s statically, with KG_QUERY_REFUSED, and changes nothing', async (_name, cypher) => {
    const before = await snapshot();
    const error = await refusal(cypher);
    expect(isKgError(error, 'KG_QUERY_REFUSED')).toBe(true);
    expect((error as Error).message).toMatch(/line 1, column \d+: .* writes to the database; kg query only reads/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a writing procedure call through EXPLAIN (the static check cannot know procedures)', async () => {
    const before = await snapshot();
    const error = await refusal("CALL db.createLabel('Sneaky')");
    expect(isKgError(error, 'KG_QUERY_REFUSED')).toBe(true);
    expect((error as Error).message).toMatch(/query type "w"/);
    expect(await snapshot()).toEqual(before);
    expect(before.labels).not.toContain('Sneaky');
  });

  it('runs a read that merely mentions write words in strings and comments', async () => {
    const error = await refusal(
      "// DELETE everything\nMATCH (a:Agency) WHERE a.name <> 'CREATE (x)' RETURN a.name AS name ORDER BY name",
    );
    expect(error).toBeUndefined();
  });

  it('relies on a READ transaction the server refuses to write in', async () => {
    // The last guard on its own, without the static check and EXPLAIN in front of it.
    const session = driver.session({ ...onDatabase(database()), defaultAccessMode: neo4j.session.READ });
    const before = await snapshot();
    try {
      const error = await session
        .executeRead((tx) => tx.run("CREATE (:Agency:Entity {id: 'z', name: 'Direct'})"))
        .then(
          () => undefined,
          (failure: unknown) => failure,
        );
      expect(neo4jErrorCode(error)).toBe('Neo.ClientError.Statement.AccessMode');
    } finally {
      await session.close();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('passes parameters as parameters: a value that looks like Cypher is only data', async () => {
    const result = await runReadQuery(
      driver,
      'MATCH (a:Agency) WHERE a.name = $name RETURN a.name AS name',
      { name: "x' DETACH DELETE a //" },
      { database: database(), source: 'test' },
    );
    expect(result).toEqual({ columns: ['name'], rows: [] });
    expect((await snapshot()).nodes).toEqual(neo4j.int(2));
  });
});
