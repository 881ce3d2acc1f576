// People and the posts they hold, with the institution or company and the sentence that says so.
// Params: $name, part of a person's or an organisation's name, or '' for everyone
MATCH (p:Person)-[r:WORKS_AT]->(org:Entity)
WHERE $name = '' OR p.name CONTAINS $name OR org.name CONTAINS $name
RETURN p.name AS person, r.post AS post, org.name AS organisation, r.sentences[0] AS evidence
ORDER BY organisation, person
