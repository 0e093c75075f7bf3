// name: bodies-governed-by-law
// description: Agencies and departments governed by a law whose name or alias contains the given text (case-insensitive)
// param: law string = "Network Security Law"
MATCH (law:Law)
WHERE toLower(law.name) CONTAINS toLower($law)
   OR any(alias IN coalesce(law.aliases, []) WHERE toLower(alias) CONTAINS toLower($law))
MATCH (body:Entity)-[governed:GOVERNED_BY]->(law)
RETURN law.name AS law,
       body.name AS body,
       [label IN labels(body) WHERE label <> 'Entity'][0] AS bodyType,
       governed.documents AS documents
ORDER BY law, body
