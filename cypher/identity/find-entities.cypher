// Nodes a user may mean by a name: by id, by name, or by one of its aliases.
// Params: $q
MATCH (e:Entity) WHERE e.id = $q OR e.name = $q OR $q IN e.aliases
RETURN e.id AS id, e.name AS name, e.type AS type, e.articleCount AS articles, e.id = $q OR e.name = $q AS exact
ORDER BY exact DESC, articles DESC, id
