// When one entity was mentioned and with whom: per month of publication, its articles and the
// entities it is linked to by typed evidence from them, the strongest first (at most $withLimit).
// Params: $id, $types, $withLimit
MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(a:Article)
WHERE a.published IS NOT NULL
WITH e, substring(a.published, 0, 7) AS month, collect(a.id) AS ids
CALL (e, ids) {
  OPTIONAL MATCH (e)-[r:$any($types)]-(o:Entity)
  WHERE r.article IN ids
  WITH o, count(r) AS weight WHERE o IS NOT NULL
  ORDER BY weight DESC, o.name LIMIT $withLimit
  RETURN collect({id: o.id, name: o.name, weight: weight}) AS partners
}
RETURN month, size(ids) AS articles, partners
ORDER BY month
