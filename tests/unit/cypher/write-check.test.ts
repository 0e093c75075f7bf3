// The static write check: write and admin clauses are found as clauses, not inside strings,
// comments, property keys, labels, parameters or procedure names.
import { describe, expect, it } from 'vitest';
import { blankLiteralsAndComments, findWriteClause } from '../../../cypher/write-check.ts';

describe('findWriteClause', () => {
  it.each([
    ['CREATE (n:Agency {id: "x"})', 'CREATE'],
    ['match (n) merge (m:X)', 'MERGE'],
    ['MATCH (n) DETACH DELETE n', 'DETACH'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['MATCH (n) SET n.name = "x"', 'SET'],
    ['MATCH (n) REMOVE n:Agency', 'REMOVE'],
    ['DROP INDEX kg_entity_fulltext', 'DROP'],
    ['LOAD CSV FROM "file:///x.csv" AS row RETURN row', 'LOAD CSV'],
    ['MATCH (n) CALL (n) { RETURN 1 AS x } IN TRANSACTIONS RETURN x', 'IN TRANSACTIONS'],
    ['MATCH (n) CALL { CREATE (:X) } RETURN n', 'CREATE'],
    ['UNWIND [1] AS x FOREACH (i IN [1] | MERGE (:X))', 'FOREACH'],
    ['ALTER USER neo4j SET PASSWORD "x"', 'ALTER'],
    ['GRANT ROLE admin TO bob', 'GRANT'],
    ['STOP DATABASE neo4j', 'STOP DATABASE'],
    ['MATCH (n)\n  /* a comment */ SET n.x = 1', 'SET'],
  ])('finds the write in %j', (cypher, clause) => {
    expect(findWriteClause(cypher)?.clause).toBe(clause);
  });

  it.each([
    'MATCH (n:Agency) RETURN n.name',
    'MATCH (n) WHERE n.name = "CREATE (x) DELETE n" RETURN n',
    "MATCH (n) WHERE n.name = 'it\\'s SET' RETURN n",
    'MATCH (n) // DELETE n\nRETURN n',
    'MATCH (n) /* MERGE (m) */ RETURN n',
    'MATCH (n) RETURN n.create, n.set AS set, {delete: 1} AS m',
    'MATCH (n:Create) RETURN n',
    'MATCH (n) WHERE n.x = $set RETURN n',
    'MATCH (`SET`) RETURN `SET`',
    'CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node',
    'MATCH (n) RETURN n.dataset, n.offset, n.settled',
  ])('finds nothing in %j', (cypher) => {
    expect(findWriteClause(cypher)).toBeUndefined();
  });

  it('reports line and column', () => {
    expect(findWriteClause('MATCH (n)\nWITH n\n  SET n.x = 1')).toMatchObject({ clause: 'SET', line: 3, column: 3 });
  });
});

describe('blankLiteralsAndComments', () => {
  it('keeps every offset', () => {
    const text = 'RETURN "a\\"b" AS x // c\n, `q``r` /* d */';
    const blanked = blankLiteralsAndComments(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe('RETURN "    " AS x     \n, `    `        ');
  });
});
