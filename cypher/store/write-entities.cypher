// Entities and their link to the article. row.link is MENTIONED_IN for a mention in the text,
// DERIVED_FROM for an entity the article implies (a parent place from the gazetteer),
// AUTHORED for a byline author. name and aliases are refreshed afterwards from these links.
// A node keeps the type it was created with, unless the row retypes it (a type the identity map
// decides, or given back when that decision is undone): then its type label is replaced.
// Params: $links [{articleId, entityId, type, name, link, count, surfaces, starts, ends, props, retype}]
UNWIND $links AS row
MATCH (a:Article {id: row.articleId})
MERGE (n:Entity {id: row.entityId})
  ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.articleCount = 0
SET n:$(row.type)
SET n += row.props
WITH n, a, row
CALL (n, row) {
  WITH n, row WHERE row.retype AND n.type <> row.type
  REMOVE n:$(n.type)
  SET n.type = row.type
}
CALL (n, a, row) {
  WITH row WHERE row.link = 'AUTHORED'
  MERGE (n)-[m:AUTHORED]->(a)
  SET m.name = row.name, m.surfaces = row.surfaces
}
CALL (n, a, row) {
  WITH row WHERE row.link <> 'AUTHORED'
  MERGE (n)-[m:$(row.link)]->(a)
  SET m.count = row.count, m.name = row.name, m.surfaces = row.surfaces, m.starts = row.starts, m.ends = row.ends
}
