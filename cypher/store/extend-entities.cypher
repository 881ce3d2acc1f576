// Name, aliases, articleCount and the name tally (nameForms, nameUses: one count per link) of
// entities whose links to articles only grew in this batch, as the store worked them out from the
// state write-entities.cypher returned and the new links alone (src/store/entity-names.ts, the rule
// of refresh-entities.cypher), so a hub's thousands of older links are not read. Only what changed
// is in a row's props. Entities that lost links go through refresh-entities.cypher instead.
// Params: $entities [{id, props {name?, aliases?, articleCount, nameForms, nameUses}}]
UNWIND $entities AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
