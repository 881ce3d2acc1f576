// Nodes no longer merged from anything lose their `mergedFrom`.
// Params: $ids (the nodes that are merged)
MATCH (n:Entity) WHERE n.mergedFrom IS NOT NULL AND NOT n.id IN $ids
REMOVE n.mergedFrom
