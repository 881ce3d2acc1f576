// The nodes most articles mention, most first, with every surface they carry: what the identity
// evaluation reads for names that are no entity (markup, datelines, words). Read-only.
// Params: $limit
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.articleCount AS articles, e.aliases AS aliases
ORDER BY articles DESC, name
LIMIT toInteger($limit)
