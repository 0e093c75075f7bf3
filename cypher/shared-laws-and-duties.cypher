// name: shared-laws-and-duties
// description: Pairs of bodies sharing the most laws (GOVERNED_BY) or duties (the same Responsibility)
// param: limit integer = 10
MATCH (a:Entity)-[first:GOVERNED_BY|HAS_RESPONSIBILITY]->(shared:Entity)<-[second:GOVERNED_BY|HAS_RESPONSIBILITY]-(b:Entity)
WHERE a.id < b.id AND type(first) = type(second)
WITH a, b, shared ORDER BY shared.name
WITH a, b,
     collect(DISTINCT CASE WHEN shared:Law THEN shared.name END) AS laws,
     collect(DISTINCT CASE WHEN shared:Responsibility THEN shared.name END) AS duties
RETURN a.name AS body,
       b.name AS otherBody,
       size(laws) AS sharedLaws,
       size(duties) AS sharedDuties,
       laws,
       duties
ORDER BY sharedLaws + sharedDuties DESC, body, otherBody
LIMIT $limit
