// Every entity the suggestion finder weighs: its id, type, how many articles name it, and the full
// form most of them use (the order of store/refresh-entities.cypher, read afresh so a graph built
// before that rule is weighed by the names its articles use, not by its longest surface).
// Read-only. Params: $minArticles (entities named in fewer articles are left out)
MATCH (e:Entity)
WHERE e.articleCount >= $minArticles
CALL (e) {
  OPTIONAL MATCH (e)-[m:MENTIONED_IN|DERIVED_FROM|AUTHORED]->(:Article)
  WITH m.name AS name, count(m) AS uses
  ORDER BY CASE WHEN name =~ '.*\\p{IsHan}\\s+\\p{IsHan}.*' THEN 1 ELSE 0 END, uses DESC, size(name) DESC, name
  LIMIT 1
  RETURN name
}
RETURN e.id AS id, coalesce(name, e.name) AS name, e.type AS type, e.articleCount AS articles
