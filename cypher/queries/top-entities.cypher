// Entities by the number of articles that mention them; $type narrows to one kind
// (Company, Institution, Person, Place), or pass null for all.
// Params: $type, e.g. :param type => 'Company'   (or null)
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
RETURN e.name AS name, e.type AS type, e.articleCount AS articles, e.aliases AS aliases
ORDER BY articles DESC, name
LIMIT 50
