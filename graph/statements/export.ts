// The reads of `kg export`: the graph's shape (node and relationship groups, their counts,
// property names and value types), then every node and every relationship, streamed. An
// export covers the whole database, so these match every label, not only this tool's.
import { statement } from './statement.ts';

/** Per label set: how many nodes, how many with a string id, how many distinct ids. */
export const NODE_COUNTS = statement(
  'export-node-counts',
  `
MATCH (n)
RETURN labels(n) AS labels, count(*) AS nodes,
       count(CASE WHEN n.id IS :: STRING NOT NULL THEN 1 END) AS withId,
       count(DISTINCT CASE WHEN n.id IS :: STRING NOT NULL THEN n.id END) AS distinctIds
`,
);

/** Per label set and property name: the type of each value. */
export const NODE_PROPERTIES = statement(
  'export-node-properties',
  `
MATCH (n)
UNWIND keys(n) AS key
RETURN labels(n) AS labels, key, valueType(n[key]) AS valueType
`,
);

/** Per relationship type and end label sets: how many. */
export const RELATIONSHIP_COUNTS = statement(
  'export-relationship-counts',
  `
MATCH (a)-[r]->(b)
RETURN labels(a) AS from, type(r) AS type, labels(b) AS to, count(*) AS relationships
`,
);

/** Per relationship type, end label sets and property name: the types of its values. */
export const RELATIONSHIP_PROPERTIES = statement(
  'export-relationship-properties',
  `
MATCH (a)-[r]->(b)
UNWIND keys(r) AS key
RETURN DISTINCT labels(a) AS from, type(r) AS type, labels(b) AS to, key, valueType(r[key]) AS valueType
`,
);

/** Every node: labels, properties, and the element id that keys a node without a usable id. */
export const ALL_NODES = statement(
  'export-all-nodes',
  'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties, elementId(n) AS elementId',
);

/** Every relationship with its ends' labels, ids and element ids. */
export const ALL_RELATIONSHIPS = statement(
  'export-all-relationships',
  `
MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS properties,
       labels(a) AS fromLabels, a.id AS fromId, elementId(a) AS fromElementId,
       labels(b) AS toLabels, b.id AS toId, elementId(b) AS toElementId
`,
);
