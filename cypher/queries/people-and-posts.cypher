// People and the posts they hold, with the institution or company, how many sentences say so,
// when it was last said and the newest of those sentences (each WORKS_AT is one sentence, its post a fact of it).
// Params: $name, part of a person's or an organisation's name, or '' for everyone
MATCH (p:Person)-[r:WORKS_AT]->(org:Entity)
WHERE $name = '' OR p.name CONTAINS $name OR org.name CONTAINS $name
OPTIONAL MATCH (a:Article {id: r.article})
WITH p, r, org, a ORDER BY a.published DESC, r.start
WITH p, r.post AS post, org, count(r) AS sentences, max(a.published) AS lastSaid, collect(r.sentence)[0] AS evidence
RETURN p.name AS person, post, org.name AS organisation, sentences, lastSaid, evidence
ORDER BY organisation, person, post
