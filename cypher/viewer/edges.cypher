// Links between the given entities, one per (source, target, type): a typed link weighs its evidence
// relationships (one per sentence stating it), a co-mention its stored weight.
// (MENTIONED_IN and AUTHORED end at articles, so they stay out.)
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r]->(t:Entity)
WHERE t.id IN $ids
RETURN s.id AS source, t.id AS target, type(r) AS type, sum(coalesce(r.weight, 1)) AS weight
