// One entity and the newest articles that mention it (at most $articleLimit); mergedFrom holds one
// JSON text per node merged into it ({id, name, source, evidence}, written by the identity stage).
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
  WITH m, a ORDER BY a.published DESC, a.id LIMIT $articleLimit
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title, published: a.published, source: a.source, count: m.count} END) AS articles
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       coalesce(e.articleCount, 0) AS articleCount, coalesce(e.mergedFrom, []) AS mergedFrom, articles
