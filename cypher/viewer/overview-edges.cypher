// The typed links among the first screen's entities, one per (source, target, type), weighing the
// evidence relationships behind them; within a time window only those from articles published in it.
// Params: $ids, $types, $from, $to, $windowed
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r:$any($types)]->(t:Entity)
WHERE t.id IN $ids
OPTIONAL MATCH (a:Article {id: r.article})
WITH s, t, r, substring(a.published, 0, 10) AS day
WHERE NOT $windowed OR (day >= $from AND ($to = '' OR day <= $to))
RETURN s.id AS source, t.id AS target, type(r) AS type, count(r) AS weight
