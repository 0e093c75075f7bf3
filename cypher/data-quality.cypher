// name: data-quality
// description: Entities mentioned only once, agencies with no responsibilities, departments with no parent agency, people with no post
// param: includeResponsibilities boolean = false
// Responsibilities are usually mentioned once by nature, so they are left out of the first
// check unless includeResponsibilities is true.
CALL () {
  MATCH (entity:Entity)
  WHERE COUNT { (entity)-[:MENTIONED_IN]->() } = 1
    AND ($includeResponsibilities OR NOT entity:Responsibility)
  RETURN 'mentioned once' AS check, entity
  UNION ALL
  MATCH (entity:Agency)
  WHERE NOT (entity)-[:HAS_RESPONSIBILITY]->()
  RETURN 'agency without responsibilities' AS check, entity
  UNION ALL
  MATCH (entity:Department)
  WHERE NOT ()-[:HAS_DEPARTMENT]->(entity)
  RETURN 'department without parent' AS check, entity
  UNION ALL
  MATCH (entity:Person)
  WHERE NOT (entity)-[:HOLDS_POSITION]->()
  RETURN 'person without post' AS check, entity
}
OPTIONAL MATCH (entity)-[:MENTIONED_IN]->(document:Document)
WITH check, entity, document ORDER BY document.id
RETURN check,
       [label IN labels(entity) WHERE label <> 'Entity'][0] AS type,
       entity.name AS entity,
       collect(DISTINCT document.id) AS documents
ORDER BY check, type, entity
