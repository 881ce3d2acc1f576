// The two ends of a path asked for, each with its name and type, or null where no entity has the id.
// Params: $ids [entity ids]
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, e.name AS name, e.type AS type
