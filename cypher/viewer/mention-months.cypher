// When one entity was mentioned and with whom: per month of publication, its articles and the
// entities its typed evidence from that month links it to, the strongest first (at most $withLimit).
// Each evidence item is dated once through its article (no per-month pass over a hub's links).
// Params: $id, $types, $withLimit
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:$any($types)]-(o:Entity)
  MATCH (a:Article {id: r.article})
  WHERE a.published IS NOT NULL
  WITH substring(a.published, 0, 7) AS month, o, count(r) AS weight
  ORDER BY weight DESC, o.name
  WITH month, collect({id: o.id, name: o.name, weight: weight})[0..$withLimit] AS partners
  RETURN collect({month: month, partners: partners}) AS byMonth
}
MATCH (e)-[:MENTIONED_IN]->(a:Article)
WHERE a.published IS NOT NULL
WITH byMonth, substring(a.published, 0, 7) AS month, count(a) AS articles
RETURN month, articles, coalesce([m IN byMonth WHERE m.month = month | m.partners][0], []) AS partners
ORDER BY month
