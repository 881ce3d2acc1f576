// One entity and the articles that mention it, newest first.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, m, a ORDER BY a.published DESC, a.id
WITH e, collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title, published: a.published, source: a.source, count: m.count} END)[0..$articleLimit] AS articles
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       coalesce(e.articleCount, 0) AS articleCount, articles
