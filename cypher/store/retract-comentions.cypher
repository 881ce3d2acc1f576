// Takes the given articles' share off the co-mention weights. Each article lists what it added in
// `comentions`, one entry per pair: `<sourceId>\t<targetId>\t<start>:<end>,<start>:<end>…`, a span per
// sentence naming both; a pair whose weight comes to 0 goes. Runs before the articles are deleted.
// MERGE, not MATCH: Neo4j plans it as an expansion into the pair whatever its statistics, where a
// MATCH is planned as an expansion of every co-mention of the first entity (a hub has thousands).
// Params: $ids (article ids); the store writes CO_MENTIONED in for $($type)
MATCH (a:Article) WHERE a.id IN $ids
UNWIND coalesce(a.comentions, []) AS entry
WITH split(entry, '\t') AS field
WITH field[0] AS source, field[1] AS target, sum(size(split(field[2], ','))) AS n
MATCH (s:Entity {id: source})
MATCH (t:Entity {id: target})
MERGE (s)-[r:$($type)]->(t)
SET r.weight = coalesce(r.weight, 0) - n
WITH r WHERE r.weight <= 0
DELETE r
