// The entities that carry any of the given surfaces as name or alias, in at least $minArticles articles:
// what an evaluation list of real-world entities finds in the graph. Read-only.
// Params: $surfaces, $minArticles
MATCH (e:Entity)
WHERE e.articleCount >= $minArticles AND (e.name IN $surfaces OR any(a IN e.aliases WHERE a IN $surfaces))
RETURN e.id AS id, e.name AS name, e.type AS type, e.articleCount AS articles, e.aliases AS aliases
