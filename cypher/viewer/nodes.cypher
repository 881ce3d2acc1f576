// Entities for the canvas, the most mentioned first; dates feed the viewer's date filter.
MATCH (e:Entity)
WITH e ORDER BY e.articleCount DESC, e.id LIMIT $limit
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
WITH e, collect(DISTINCT substring(a.published, 0, 10)) AS dates
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       coalesce(e.articleCount, 0) AS articleCount, dates
