// Co-mentions, the weak layer: one relationship per pair (lower id first) whose weight is the
// number of sentences, over all articles, naming both. One row per pair for the whole batch; each
// article keeps its own share in Article.comentions, so retraction is exact.
// Params: $comentions [{source, target (the entities' element ids), n}]; the store writes CO_MENTIONED in for $($type)
UNWIND $comentions AS row
MATCH (s:Entity) WHERE elementId(s) = row.source
MATCH (t:Entity) WHERE elementId(t) = row.target
MERGE (s)-[r:$($type)]->(t)
SET r.weight = coalesce(r.weight, 0) + row.n
