// name: most-connected
// description: Entities with the most extracted relationships (MENTIONED_IN not counted), optionally of one type
// param: type string? = null
// param: limit integer = 10
MATCH (entity:Entity)
WHERE $type IS NULL OR $type IN labels(entity)
WITH entity,
     COUNT { (entity)-[:HAS_DEPARTMENT|SUBORDINATE_TO|HOLDS_POSITION|HAS_RESPONSIBILITY|GOVERNED_BY]-() } AS degree
WHERE degree > 0
RETURN entity.name AS entity,
       [label IN labels(entity) WHERE label <> 'Entity'][0] AS type,
       degree,
       COUNT { (entity)-[:MENTIONED_IN]->() } AS mentions,
       COUNT { MATCH (entity)-[:MENTIONED_IN]->(document:Document) RETURN DISTINCT document } AS documents
ORDER BY degree DESC, entity
LIMIT $limit
