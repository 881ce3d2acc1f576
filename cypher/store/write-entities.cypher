// The batch's entities, one row each however many of its articles link them: made if new, with the
// label of their type and their scalar facts. name, aliases and articleCount follow from their
// links to articles (extend-entities.cypher, refresh-entities.cypher).
// Params: $entities [{id, name, type, props}]
UNWIND $entities AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.articleCount = 0
SET n:$(row.type)
SET n += row.props
