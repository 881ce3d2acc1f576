// Deletes the given articles' evidence of one typed relationship type: a plain delete, found by the
// index on `article` that the schema gives each type (evidence-index.cypher).
// Params: $ids (article ids); the store writes the type in for $($type)
MATCH ()-[r:$($type)]->() WHERE r.article IN $ids
DELETE r
