// Deletes the given articles with their links; returns the entities they touched, to refresh.
// Params: $ids (article ids)
MATCH (a:Article) WHERE a.id IN $ids
OPTIONAL MATCH (a)<-[:MENTIONED_IN|DERIVED_FROM|AUTHORED]-(n:Entity)
WITH a, collect(n.id) AS touched
DETACH DELETE a
WITH touched UNWIND touched AS id
RETURN DISTINCT id
