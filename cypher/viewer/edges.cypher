// Relationships between the given entities (MENTIONED_IN and AUTHORED end at articles, so they stay out).
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r]->(t:Entity)
WHERE t.id IN $ids
RETURN elementId(r) AS id, s.id AS source, t.id AS target, type(r) AS type, coalesce(r.weight, 1) AS weight
