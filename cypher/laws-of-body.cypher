// name: laws-of-body
// description: Laws governing a body (agency or department, by name or alias, case-insensitive)
// param: body string = "Ministry of Industry and Information Technology"
MATCH (body:Entity)
WHERE (body:Agency OR body:Department)
  AND (toLower(body.name) = toLower($body)
       OR any(alias IN coalesce(body.aliases, []) WHERE toLower(alias) = toLower($body)))
MATCH (body)-[governed:GOVERNED_BY]->(law:Law)
RETURN body.name AS body,
       law.name AS law,
       law.aliases AS lawAliases,
       governed.documents AS documents
ORDER BY body, law
