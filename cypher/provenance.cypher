// name: provenance
// description: Where a fact comes from: an entity's mentions and its relationships' evidence, as document spans with the quoted text
// param: entity string = "Jin Zhuanglong"
// param: related string? = null
// quote: path sha256 start end -> quote
// `entity` is an id, name or alias (case-insensitive); `related` narrows to the relationships
// with one other entity. Spans are read back from the document file (Document.path below the
// folder its source was last ingested from; the graph stores no text); `kg query` adds the `quote` column, or marks it stale when the
// file's sha256 no longer matches the one ingested.
MATCH (entity:Entity)
WHERE entity.id = $entity
   OR toLower(entity.name) = toLower($entity)
   OR any(alias IN coalesce(entity.aliases, []) WHERE toLower(alias) = toLower($entity))
CALL (entity) {
  MATCH (entity)-[mention:MENTIONED_IN]->(document:Document)
  WHERE $related IS NULL
  RETURN 'mention' AS kind, entity.name AS fact, document.id AS documentId, mention.start AS start, mention.end AS end
  UNION ALL
  MATCH (entity)-[relation]-(other:Entity)
  WHERE $related IS NULL
     OR other.id = $related
     OR toLower(other.name) = toLower($related)
     OR any(alias IN coalesce(other.aliases, []) WHERE toLower(alias) = toLower($related))
  WITH relation, startNode(relation).name + ' -' + type(relation)
       + CASE WHEN relation.title IS NULL OR relation.title = '' THEN '' ELSE ' (' + relation.title + ')' END
       + '-> ' + endNode(relation).name AS fact
  UNWIND coalesce(relation.evidence, []) AS evidence
  // evidence is "<document>:<start>:<end>"; the document id may itself hold colons.
  WITH fact, evidence, split(evidence, ':') AS parts
  WITH fact, parts,
       left(evidence, size(evidence) - size(parts[-1]) - size(parts[-2]) - 2) AS documentId
  RETURN 'relationship' AS kind, fact, documentId, toInteger(parts[-2]) AS start, toInteger(parts[-1]) AS end
}
OPTIONAL MATCH (document:Document {id: documentId})
// Document.path is relative to its source's folder, which the Source node records (as last ingested).
OPTIONAL MATCH (source:Source {id: document.source})
RETURN kind, fact, documentId AS document,
       CASE WHEN size(coalesce(source.folders, [])) = 1 THEN source.folders[0] + '/' + document.path ELSE document.path END AS path,
       document.sha256 AS sha256, start, end
ORDER BY kind, fact, document, start
