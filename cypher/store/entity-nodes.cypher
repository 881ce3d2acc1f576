// The element ids of stored entities, for the batch's statements that find their nodes by element id.
// Params: $ids (entity ids)
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, elementId(n) AS node
