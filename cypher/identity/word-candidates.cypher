// The names the word finder weighs: those of entities named in at least $minArticles articles, each
// with the types of every node that carries it. Read-only. Params: $minArticles
MATCH (e:Entity)
WHERE e.articleCount >= $minArticles
WITH DISTINCT e.name AS surface
RETURN surface, COLLECT { MATCH (n:Entity {name: surface}) RETURN DISTINCT n.type } AS types
