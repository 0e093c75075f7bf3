// name: graph-summary
// description: How many nodes of each label and relationships of each type the graph holds
CALL () {
  MATCH (node)
  UNWIND labels(node) AS name
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[relationship]->()
  RETURN 'relationship' AS kind, type(relationship) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
