// Name, aliases and articleCount of entities whose links to articles only grew in this batch, from
// what they hold and the new links alone (a hub's thousands of older links are not read): the name
// is the best of the name held and the new links' names (longest, then first in order, as in
// refresh-entities.cypher), the aliases every other name or surface, and articleCount grows by the
// new articles. Entities that lost links go through refresh-entities.cypher instead.
// Params: $entities [{id, articles (new articles linked), names (the new links' names), surfaces}]
UNWIND $entities AS row
MATCH (n:Entity {id: row.id})
WITH n, row, reduce(best = n.name, x IN row.names |
       CASE WHEN size(x) > size(best) OR (size(x) = size(best) AND x < best) THEN x ELSE best END) AS name
WITH n, row, name, [x IN n.aliases + [n.name] + row.names + row.surfaces WHERE x <> name] AS others
CALL (n, others) {
  UNWIND others AS other
  WITH DISTINCT other ORDER BY other
  RETURN collect(other) AS aliases
}
SET n.name = name, n.aliases = aliases, n.articleCount = n.articleCount + row.articles
