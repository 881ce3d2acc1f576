// The neighbours of one entity and the relationships that reach them, for expanding the canvas.
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WITH r, o ORDER BY coalesce(r.weight, 1) DESC LIMIT $limit
RETURN o.id AS id, o.name AS name, o.type AS type, coalesce(o.aliases, []) AS aliases,
       coalesce(o.articleCount, 0) AS articleCount,
       elementId(r) AS edgeId, startNode(r).id AS source, endNode(r).id AS target, type(r) AS edgeType,
       coalesce(r.weight, 1) AS weight
