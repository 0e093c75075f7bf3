// name: chain-of-command
// description: Every body an agency is transitively subordinate to, and every agency and department under it (at most 12 steps)
// param: agency string = "Ministry of Industry and Information Technology"
// The 12-step bound keeps a pathological graph from exploding; real hierarchies are shallower.
MATCH (agency:Agency)
WHERE toLower(agency.name) = toLower($agency)
   OR any(alias IN coalesce(agency.aliases, []) WHERE toLower(alias) = toLower($agency))
CALL (agency) {
  MATCH path = (agency)-[:SUBORDINATE_TO*1..12]->(other:Agency)
  RETURN 'above' AS direction, other, path
  UNION ALL
  MATCH path = (agency)<-[:SUBORDINATE_TO*1..12]-(other:Agency)
  RETURN 'below' AS direction, other, path
  UNION ALL
  MATCH path = (agency)<-[:SUBORDINATE_TO*0..12]-(:Agency)-[:HAS_DEPARTMENT]->(other:Department)
  RETURN 'below' AS direction, other, path
}
WITH agency, direction, other, path ORDER BY length(path)
WITH agency, direction, other, collect(path)[0] AS shortest
RETURN agency.name AS agency,
       direction,
       length(shortest) AS depth,
       [label IN labels(other) WHERE label <> 'Entity'][0] AS type,
       other.name AS body,
       [node IN nodes(shortest) | node.name] AS via
ORDER BY direction, depth, body
