// name: search-responsibilities
// description: Full-text search over responsibilities (Lucene syntax: words, "phrases", wild*), ranked by score, with the bodies that hold them
// param: text string = "radio"
// param: limit integer = 10
// param: index string = "kg_entity_fulltext"
// `index` is the loader's full-text index over Entity nodes (graph/ schema); a parameter, never text.
CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
WHERE node:Responsibility
WITH node, score ORDER BY score DESC, node.name LIMIT $limit
OPTIONAL MATCH (holder:Entity)-[:HAS_RESPONSIBILITY]->(node)
WITH node, score, holder ORDER BY holder.name
RETURN round(score, 3) AS score,
       node.name AS responsibility,
       collect(holder.name) AS heldBy
ORDER BY score DESC, responsibility
