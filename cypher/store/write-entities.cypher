// The batch's entities, one row each however many of its articles link them: made if new, with the
// label of their type and their scalar facts. name, aliases and articleCount follow from their
// links to articles (extend-entities.cypher, refresh-entities.cypher). A node keeps the type it was
// created with, unless the row retypes it (a type the identity map decides, or given back when that
// decision is undone): then its type label is replaced.
// Returns each node's element id (by which the batch's links, evidence and co-mentions find it) and
// its name state as it stands under the write lock the SET took, for the store to
// extend with the batch's links (extend-entities.cypher).
// Params: $entities [{id, name, type, props, retype}]
UNWIND $entities AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.articleCount = 0
SET n:$(row.type)
SET n += row.props
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.retype AND n.type <> row.type
  REMOVE n:$(n.type)
  SET n.type = row.type
}
RETURN n.id AS id, elementId(n) AS node, n.name AS name, n.type AS type, n.aliases AS aliases, n.articleCount AS articleCount, n.nameForms AS forms, n.nameUses AS uses
