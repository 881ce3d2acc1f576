// What each merged node was merged from: one JSON text per merge, {id, name, source, evidence}.
// Params: $nodes [{id, mergedFrom}]
UNWIND $nodes AS row
MATCH (n:Entity {id: row.id})
SET n.mergedFrom = row.mergedFrom
