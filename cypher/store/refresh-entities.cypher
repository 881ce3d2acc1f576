// Recomputes name, aliases and articleCount of the given entities from their links to articles,
// so the result never depends on the order articles were built in. Entities left with no article go.
// Params: $ids (entity ids)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[m:MENTIONED_IN|DERIVED_FROM|AUTHORED]->(a:Article)
WITH n, count(DISTINCT a) AS articleCount, collect(m.name) AS names,
     reduce(all = [], s IN collect(m.surfaces) | all + s) AS surfaces
WITH n, articleCount, names, surfaces,
     reduce(best = null, x IN names |
       CASE WHEN best IS NULL OR size(x) > size(best) OR (size(x) = size(best) AND x < best) THEN x ELSE best END) AS name
SET n.articleCount = articleCount, n.name = coalesce(name, n.name)
WITH n, [x IN names + surfaces WHERE x <> n.name] AS others
CALL (n, others) {
  UNWIND others AS other
  WITH DISTINCT other ORDER BY other
  RETURN collect(other) AS aliases
}
SET n.aliases = aliases
WITH n WHERE n.articleCount = 0
DETACH DELETE n
