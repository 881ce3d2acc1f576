// One page of the neighbours of one entity and the links that reach them (one per source, target
// and type), for expanding the canvas: typed links first, then co-mentions, each strongest first.
// Params: $id, $skip, $limit
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WITH o, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, sum(coalesce(r.weight, 1)) AS weight
ORDER BY CASE type WHEN 'CO_MENTIONED' THEN 1 ELSE 0 END, weight DESC, type, o.id
SKIP $skip LIMIT $limit
RETURN o.id AS id, o.name AS name, o.type AS type, coalesce(o.aliases, []) AS aliases,
       coalesce(o.articleCount, 0) AS articleCount, source, target, type AS edgeType, weight
