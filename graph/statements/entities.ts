// The reads of `kg serve`'s entity pages: one entity with its relationships and mentions,
// the files behind evidence spans, full-text search, and a body's organisation.
import { EXTRACTED_TYPES, statement } from './statement.ts';

/** One entity by id: its type, name and aliases; no row when there is none. */
export const READ_ENTITY = statement(
  'read-entity',
  `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type, n.name AS name, coalesce(n.aliases, []) AS aliases
`,
);

/** An entity's extracted relationships, both ways, with the entity at the other end and the evidence spans. */
export const READ_ENTITY_RELATIONSHIPS = statement(
  'read-entity-relationships',
  `
MATCH (n:Entity {id: $id})-[r:${EXTRACTED_TYPES}]-(other:Entity)
RETURN type(r) AS type, startNode(r) = n AS outgoing, coalesce(r.title, '') AS title,
       other.id AS otherId, [label IN labels(other) WHERE label <> 'Entity'][0] AS otherType, other.name AS otherName,
       coalesce(r.evidence, []) AS evidence
ORDER BY type, outgoing DESC, otherName, title
`,
);

/** An entity's first $limit mentions (document and span, in document order) and how many it has. */
export const READ_ENTITY_MENTIONS = statement(
  'read-entity-mentions',
  `
MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document)
// Document.path is relative to its source's folder, which the Source node records.
OPTIONAL MATCH (source:Source {id: d.source})
WITH d, m, CASE WHEN size(coalesce(source.folders, [])) = 1 THEN source.folders[0] + '/' + d.path ELSE d.path END AS path
ORDER BY d.id, m.start, m.end
WITH collect({document: d.id, path: path, sha256: d.sha256, start: m.start, end: m.end}) AS mentions
RETURN size(mentions) AS total, mentions[0..$limit] AS mentions
`,
);

/** Path and sha256 of the given documents (for quoting evidence spans). */
export const READ_DOCUMENT_FILES = statement(
  'read-document-files',
  `
MATCH (d:Document)
WHERE d.id IN $ids
OPTIONAL MATCH (source:Source {id: d.source})
RETURN d.id AS id, CASE WHEN size(coalesce(source.folders, [])) = 1 THEN source.folders[0] + '/' + d.path ELSE d.path END AS path, d.sha256 AS sha256
`,
);

/** Full-text search over entity names and aliases ($index is the loader's index name, a parameter). */
export const SEARCH_ENTITIES = statement(
  'search-entities',
  `
CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
WITH node, score ORDER BY score DESC, node.name LIMIT $limit
RETURN node.id AS id, [label IN labels(node) WHERE label <> 'Entity'][0] AS type, node.name AS name, score
`,
);

/**
 * The organisation of a body: its departments and the agencies directly under it, and the
 * posts (person and title) held in the body and in each of its departments.
 */
export const READ_ORGANISATION = statement(
  'read-organisation',
  `
MATCH (root:Entity {id: $id})
CALL (root) {
  OPTIONAL MATCH (root)-[:HAS_DEPARTMENT]->(department:Department)
  RETURN collect(DISTINCT department) AS departments
}
CALL (root) {
  OPTIONAL MATCH (root)<-[:SUBORDINATE_TO]-(agency:Agency)
  RETURN collect(DISTINCT agency) AS agencies
}
UNWIND [root] + departments AS body
OPTIONAL MATCH (person:Person)-[post:HOLDS_POSITION]->(body)
WITH root, departments, agencies, body, person, post ORDER BY person.name, post.title
WITH root, departments, agencies, body,
     [x IN collect({id: person.id, name: person.name, title: coalesce(post.title, '')}) WHERE x.id IS NOT NULL] AS posts
RETURN root.id AS rootId,
       [label IN labels(root) WHERE label <> 'Entity'][0] AS rootType,
       root.name AS rootName,
       [d IN departments | {id: d.id, name: d.name}] AS departments,
       [a IN agencies | {id: a.id, name: a.name}] AS agencies,
       collect({bodyId: body.id, posts: posts}) AS posts
`,
);
