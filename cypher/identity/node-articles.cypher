// Articles that give the given nodes a link: what lands again when those nodes change.
// Params: $nodes (entity ids)
UNWIND $nodes AS id
MATCH (:Entity {id: id})-[:MENTIONED_IN|DERIVED_FROM|AUTHORED]->(a:Article)
RETURN DISTINCT a.id AS id
