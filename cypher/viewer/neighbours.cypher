// The neighbours of one entity and the links that reach them (one per source, target and type),
// strongest first, for expanding the canvas.
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WITH o, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, sum(coalesce(r.weight, 1)) AS weight
ORDER BY weight DESC, type, o.id LIMIT $limit
RETURN o.id AS id, o.name AS name, o.type AS type, coalesce(o.aliases, []) AS aliases,
       coalesce(o.articleCount, 0) AS articleCount, source, target, type AS edgeType, weight
