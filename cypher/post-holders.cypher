// name: post-holders
// description: Who holds which post, optionally only in one body (by name or alias, case-insensitive)
// param: body string? = null
MATCH (person:Person)-[post:HOLDS_POSITION]->(body:Entity)
WHERE $body IS NULL
   OR toLower(body.name) = toLower($body)
   OR any(alias IN coalesce(body.aliases, []) WHERE toLower(alias) = toLower($body))
RETURN person.name AS person,
       post.title AS title,
       body.name AS body,
       [label IN labels(body) WHERE label <> 'Entity'][0] AS bodyType
ORDER BY body, person, title
