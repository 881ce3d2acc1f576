// Deletes the given articles' links to entities, and the articles in $gone (those not written again
// in the same transaction); returns the entities that were linked, to refresh.
// Params: $ids (article ids), $gone (the ids among them to delete)
MATCH (a:Article) WHERE a.id IN $ids
OPTIONAL MATCH (a)<-[m:MENTIONED_IN|DERIVED_FROM|AUTHORED]-(n:Entity)
DELETE m
WITH a, collect(DISTINCT n.id) AS touched
CALL (a) {
  WITH a WHERE a.id IN $gone
  DETACH DELETE a
}
UNWIND touched AS id
RETURN DISTINCT id
