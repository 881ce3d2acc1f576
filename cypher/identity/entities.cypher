// Every entity the suggestion finder weighs: its id, display name, type and how many articles name it.
// Read-only. Params: $minArticles (entities named in fewer articles are left out)
MATCH (e:Entity)
WHERE e.articleCount >= $minArticles
RETURN e.id AS id, e.name AS name, e.type AS type, e.articleCount AS articles
